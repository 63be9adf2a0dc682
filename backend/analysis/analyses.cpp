#include "analysis/analyses.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace omega::analysis {

namespace {
constexpr double kOutlierZ = 5.0;            // robust z at least this ...
constexpr double kOutlierRatio = 2.0;        // ... and at least this times the peers' median
constexpr double kMadToSigma = 1.4826;       // MAD of a normal distribution times this = sigma
constexpr int kMinSegment = 15;              // change points: points on each side at least
constexpr std::int64_t kWarmUpUs = 20'000'000;   // the feed's first seconds are not searched
constexpr double kMinStepT = 8.0;
constexpr double kMinStepChange = 0.25;      // 25 % of the larger level
constexpr double kStepVsTrend = 0.5;         // a step must explain the series twice as well as a line

// Mean of each column over the window; NaN where a group had no data.
std::vector<double> columnMeans(const model::SeriesTable::Matrix& m, std::size_t columns, std::vector<int>* samples)
{
    std::vector<double> out(columns, std::numeric_limits<double>::quiet_NaN());
    samples->assign(columns, 0);
    const std::size_t t = m.times.size();
    if (t == 0 || m.values.size() < columns * t)
        return out;
    for (std::size_t c = 0; c < columns; ++c) {
        double sum = 0;
        int n = 0;
        for (std::size_t k = 0; k < t; ++k) {
            const float v = m.values[c * t + k];
            if (!std::isnan(v)) {
                sum += v;
                ++n;
            }
        }
        if (n > 0)
            out[c] = sum / n;
        (*samples)[c] = n;
    }
    return out;
}

struct Outlier {
    int index;
    double value, median, mad, z;
    int samples;
};

std::vector<Outlier> findOutliers(const std::vector<double>& values, const std::vector<int>& samples)
{
    std::vector<double> present;
    for (const double v : values)
        if (std::isfinite(v) && v > 0)
            present.push_back(v);
    std::vector<Outlier> out;
    if (present.size() < 5)
        return out;   // too few peers to call anyone an outlier
    const double m = median(present);
    std::vector<double> dev;
    dev.reserve(present.size());
    for (const double v : present)
        dev.push_back(std::abs(v - m));
    // A floor on the spread: identical peers would make any difference "infinitely" significant.
    const double mad = std::max(median(dev), 0.02 * m);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!std::isfinite(v) || m <= 0)
            continue;
        const double z = (v - m) / (kMadToSigma * mad);
        if (z >= kOutlierZ && v >= kOutlierRatio * m)
            out.push_back({static_cast<int>(i), v, m, mad, z, samples.empty() ? 0 : samples[i]});
    }
    return out;
}

Finding outlierFinding(const Outlier& o, ScopeKind kind, const QString& name, const AnalysisInput& in)
{
    Finding f;
    f.kind = FindingKind::Outlier;
    f.scope.kind = kind;
    f.scope.index = o.index;
    f.scopeName = name;
    f.metric = QStringLiteral("latency_p99");
    // Stage latency is mostly the wait for shared pools: a latency outlier alone explains no
    // measurable loss (docs/analysis.md). It stays as information; the root-cause ranking judges
    // the agents' own service time instead (docs/root-cause.md).
    f.severity = 1;
    f.score = (o.value - o.median) / o.value;
    // More seconds of evidence and a clearer margin give more confidence.
    const double coverage = std::min(1.0, o.samples / 10.0);
    f.confidence = std::clamp(0.5 + 0.4 * coverage + 0.01 * (o.z - kOutlierZ), 0.0, 0.99);
    f.evidence.toSimUs = in.snapshot->simTimeUs;
    f.evidence.fromSimUs = f.evidence.toSimUs - in.outlierWindowUs;
    f.evidence.set({{Quantity::ValueMs, o.value},      {Quantity::PeerMedianMs, o.median},
                    {Quantity::PeerMadMs, o.mad},      {Quantity::RobustZ, o.z},
                    {Quantity::Ratio, o.value / o.median}, {Quantity::Seconds, double(o.samples)}});
    return f;
}
} // namespace

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    double m = *mid;
    if (v.size() % 2 == 0)
        m = (m + *std::max_element(v.begin(), mid)) / 2.0;
    return m;
}

AnalysisInput gatherInput(const model::IngestPipeline& pipeline, model::SnapshotPtr snapshot, const AnalysisOptions& options)
{
    AnalysisInput in;
    in.snapshot = std::move(snapshot);
    in.outlierWindowUs = options.outlierWindowUs;
    if (!in.snapshot)
        return in;
    const std::int64_t now = in.snapshot->simTimeUs;
    using model::ScopeKind;
    using model::Metric;
    using model::Resolution;
    in.domainLatency = pipeline.groupMatrix(ScopeKind::Domain, Metric::LatencyP99, Resolution::OneSecond,
                                            now - options.outlierWindowUs, now);
    in.teamLatency = pipeline.groupMatrix(ScopeKind::Team, Metric::LatencyP99, Resolution::OneSecond,
                                          now - options.outlierWindowUs, now);
    in.tasksPerS = pipeline.fleetSeries(model::FleetSeries::TasksPerS, Resolution::OneSecond,
                                        now - options.changeWindowUs, now);
    in.taskLatencyP99 = pipeline.fleetSeries(model::FleetSeries::TaskLatencyP99Ms, Resolution::OneSecond,
                                             now - options.changeWindowUs, now);
    return in;
}

std::vector<Finding> poolSaturation(const model::FleetSnapshot& s)
{
    std::vector<Finding> out;
    for (std::size_t i = 0; i < s.pools.size(); ++i) {
        const model::PoolView& p = s.pools[i];
        if (p.limit == 0 || p.inUse < p.limit || p.waiting == 0)
            continue;
        Finding f;
        f.kind = FindingKind::Saturation;
        f.scope.kind = ScopeKind::Pool;
        f.scope.index = static_cast<int>(i);
        f.scopeName = QString::fromStdString(p.name);
        f.metric = QStringLiteral("in_use");
        f.evidence.fromSimUs = f.evidence.toSimUs = s.simTimeUs;
        const double lambda = p.completedPerS;            // calls finished per second
        const double serviceS = p.latencyP50Ms / 1000.0;  // one call's time in the pool
        f.evidence.set({{Quantity::Limit, double(p.limit)},
                        {Quantity::InUse, double(p.inUse)},
                        {Quantity::Waiting, double(p.waiting)},
                        {Quantity::CompletedPerS, lambda},
                        {Quantity::ServiceMs, p.latencyP50Ms},
                        {Quantity::ThrottledPerS, p.throttledPerS}});
        f.evidence.series = {{f.scope, QStringLiteral("in_use")}, {f.scope, QStringLiteral("waiting")}};
        if (lambda > 0) {
            // Little's law on the queue: W = L / lambda.
            const double waitS = p.waiting / lambda;
            f.evidence.set(Quantity::QueueWaitMs, waitS * 1000.0);
            // ... and on the pool: calls in service = lambda x service time; far from the limit
            // means the p50 is a poor stand-in for the mean, so trust the wait less.
            const double busy = lambda * serviceS;
            f.evidence.set(Quantity::LittlesLawInService, busy);
            const bool consistent = std::abs(busy - p.inUse) <= 0.5 * p.inUse;
            f.confidence = consistent ? 0.9 : 0.6;
            f.score = serviceS + waitS > 0 ? waitS / (serviceS + waitS) : 0.0;
            f.severity = waitS >= 10 * serviceS ? 3 : waitS >= serviceS ? 2 : 1;
        } else {
            f.confidence = 0.4;   // full and queued, but nothing finished yet to measure the wait by
            f.score = 0.5;
            f.severity = 2;
        }
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<Finding> latencyOutliers(const AnalysisInput& in)
{
    std::vector<Finding> out;
    if (!in.snapshot || !in.snapshot->topology)
        return out;
    const model::FleetSnapshot& s = *in.snapshot;
    const model::Topology& topo = *s.topology;
    auto means = [&](const model::SeriesTable::Matrix& m, const std::vector<model::GroupStats>& now,
                     std::vector<int>* samples) {
        if (!m.times.empty())
            return columnMeans(m, now.size(), samples);
        // No history yet (the feed just started): the current values, one sample each.
        std::vector<double> v(now.size());
        for (std::size_t i = 0; i < now.size(); ++i)
            v[i] = now[i].latencyP99;
        samples->assign(now.size(), 1);
        return v;
    };
    std::vector<int> teamSamples, domainSamples;
    const auto teams = means(in.teamLatency, s.rollups.teams, &teamSamples);
    const auto domains = means(in.domainLatency, s.rollups.domains, &domainSamples);
    const auto domainOutliers = findOutliers(domains, domainSamples);
    auto teamOfDomain = [&](int d) -> int {
        const auto i = static_cast<std::size_t>(d);
        return i < topo.domainPrime.size() ? static_cast<int>(topo.primeTeam[topo.domainPrime[i]]) : -1;
    };
    // A team is the finding when most of its domains are slow (a slow team); when only a few are,
    // the team is merely carrying its hot domains, and the domains are the findings.
    std::vector<int> domainsOfTeam(teams.size(), 0), hotDomainsOfTeam(teams.size(), 0);
    for (std::size_t d = 0; d < domains.size(); ++d)
        if (const int t = teamOfDomain(static_cast<int>(d)); t >= 0 && t < static_cast<int>(teams.size()))
            ++domainsOfTeam[static_cast<std::size_t>(t)];
    for (const Outlier& o : domainOutliers)
        if (const int t = teamOfDomain(o.index); t >= 0 && t < static_cast<int>(teams.size()))
            ++hotDomainsOfTeam[static_cast<std::size_t>(t)];
    std::vector<bool> slowTeam(teams.size(), false);
    for (const Outlier& o : findOutliers(teams, teamSamples)) {
        const auto t = static_cast<std::size_t>(o.index);
        if (2 * hotDomainsOfTeam[t] < domainsOfTeam[t])
            continue;
        slowTeam[t] = true;
        Finding f = outlierFinding(o, ScopeKind::Team, topo.teams.value(o.index), in);
        f.evidence.set(Quantity::DomainsHigh, double(hotDomainsOfTeam[t]));
        f.evidence.set(Quantity::Domains, double(domainsOfTeam[t]));
        out.push_back(std::move(f));
    }
    for (const Outlier& o : domainOutliers) {
        const int t = teamOfDomain(o.index);
        if (t >= 0 && t < static_cast<int>(slowTeam.size()) && slowTeam[static_cast<std::size_t>(t)])
            continue;
        out.push_back(outlierFinding(o, ScopeKind::Domain, topo.domains.value(o.index), in));
    }
    return out;
}

std::vector<Finding> changePoints(const std::vector<model::SeriesPoint>& series, const QString& metric)
{
    std::vector<double> x;
    std::vector<std::int64_t> t;
    const std::int64_t start = series.empty() ? 0 : series.front().timeUs;
    for (const auto& p : series) {
        if (p.count == 0 || p.timeUs < start + kWarmUpUs)
            continue;
        x.push_back(p.mean);
        t.push_back(p.timeUs);
    }
    const auto n = static_cast<int>(x.size());
    if (n < 2 * kMinSegment)
        return {};
    std::vector<double> s1(static_cast<std::size_t>(n) + 1, 0), s2(static_cast<std::size_t>(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        s1[static_cast<std::size_t>(i) + 1] = s1[static_cast<std::size_t>(i)] + x[static_cast<std::size_t>(i)];
        s2[static_cast<std::size_t>(i) + 1] = s2[static_cast<std::size_t>(i)] + x[static_cast<std::size_t>(i)] * x[static_cast<std::size_t>(i)];
    }
    auto sse = [&](int a, int b) {   // sum of squared deviations from the mean on [a, b)
        const double sum = s1[static_cast<std::size_t>(b)] - s1[static_cast<std::size_t>(a)];
        const double sq = s2[static_cast<std::size_t>(b)] - s2[static_cast<std::size_t>(a)];
        return std::max(0.0, sq - sum * sum / (b - a));
    };
    int best = -1;
    double bestSse = std::numeric_limits<double>::infinity();
    for (int k = kMinSegment; k <= n - kMinSegment; ++k) {
        const double e = sse(0, k) + sse(k, n);
        if (e < bestSse) {
            bestSse = e;
            best = k;
        }
    }
    // The straight line through the same points: a trend is not a step.
    const double mt = (n - 1) / 2.0, mx = s1[static_cast<std::size_t>(n)] / n;
    double sxy = 0, sxx = 0;
    for (int i = 0; i < n; ++i) {
        sxy += (i - mt) * (x[static_cast<std::size_t>(i)] - mx);
        sxx += (i - mt) * (i - mt);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    double lineSse = 0;
    for (int i = 0; i < n; ++i) {
        const double r = x[static_cast<std::size_t>(i)] - (mx + slope * (i - mt));
        lineSse += r * r;
    }
    const double before = s1[static_cast<std::size_t>(best)] / best;
    const double after = (s1[static_cast<std::size_t>(n)] - s1[static_cast<std::size_t>(best)]) / (n - best);
    const double level = std::max(std::abs(before), std::abs(after));
    const double change = level > 0 ? (after - before) / level : 0.0;
    const double sigma = std::sqrt(bestSse / std::max(1, n - 2));
    const double tStat = sigma > 0 ? std::abs(after - before) / (sigma * std::sqrt(1.0 / best + 1.0 / (n - best)))
                                   : std::numeric_limits<double>::infinity();
    if (std::abs(change) < kMinStepChange || tStat < kMinStepT || bestSse > kStepVsTrend * lineSse)
        return {};
    Finding f;
    f.kind = FindingKind::ChangePoint;
    f.scope.kind = ScopeKind::Fleet;
    f.scopeName = QStringLiteral("fleet");
    f.metric = metric;
    f.atSimUs = t[static_cast<std::size_t>(best)];
    f.evidence.fromSimUs = t.front();
    f.evidence.toSimUs = t.back();
    const bool worse = metric.contains(QLatin1String("latency")) ? after > before : after < before;
    f.severity = worse ? 2 : 1;
    f.confidence = std::min(0.95, 0.5 + tStat / 40.0);
    f.score = std::min(1.0, std::abs(change)) * (worse ? 0.6 : 0.2);
    f.evidence.set({{Quantity::Before, before},
                    {Quantity::After, after},
                    {Quantity::ChangePct, 100.0 * (after - before) / (before != 0 ? std::abs(before) : 1.0)},
                    {Quantity::TStat, std::isfinite(tStat) ? tStat : 1e9}});
    return {f};
}

std::vector<Finding> analyse(const AnalysisInput& in, const std::atomic<bool>* cancelled)
{
    std::vector<Finding> out;
    if (!in.snapshot)
        return out;
    auto stop = [&] { return cancelled && cancelled->load(std::memory_order_relaxed); };
    auto take = [&](std::vector<Finding> found) {
        for (Finding& f : found)
            out.push_back(std::move(f));
    };
    take(poolSaturation(*in.snapshot));
    if (stop())
        return {};
    take(latencyOutliers(in));
    if (stop())
        return {};
    take(changePoints(in.tasksPerS, QStringLiteral("tasks_per_s")));
    take(changePoints(in.taskLatencyP99, QStringLiteral("task_latency_p99")));
    if (stop())
        return {};
    rankFindings(out);
    return out;
}

void rankFindings(std::vector<Finding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return a.severity != b.severity ? a.severity > b.severity : a.score > b.score;
    });
}

std::vector<Finding> throttling(const CapacityReport& capacity, const model::FleetSnapshot& snapshot)
{
    std::vector<Finding> out;
    if (capacity.windows.empty())
        return out;
    const OperatingWindow& w = capacity.windows.back();
    const double attempts = w.cloudThrottledPerS + w.cloudCallsPerS;
    if (attempts <= 0 || w.cloudThrottledPerS <= std::max(0.5, 0.02 * w.cloudCallsPerS))
        return out;
    Finding f;
    f.kind = FindingKind::Throttling;
    f.scope.kind = ScopeKind::Pool;
    f.scopeName = QStringLiteral("cloud");
    for (std::size_t i = 0; i < snapshot.pools.size(); ++i)
        if (snapshot.pools[i].kind == model::PoolKind::Cloud) {
            f.scope.index = static_cast<int>(i);
            f.scopeName = QString::fromStdString(snapshot.pools[i].name);
            break;
        }
    f.metric = QStringLiteral("throttled_per_s");
    const double share = w.cloudThrottledPerS / attempts;
    const CloudModel& cloud = capacity.models.cloud;
    const bool binds = capacity.current.valid && capacity.current.binding == Station::CloudQuota;
    f.severity = share >= 0.2 || binds ? 3 : 2;
    f.score = binds ? 1.0 : std::min(1.0, share * 2);
    f.confidence = cloud.quotaSeen ? std::clamp(1.0 - 3 * cloud.quotaPerSSe / std::max(1.0, cloud.quotaPerS), 0.5, 0.95)
                                   : 0.5;
    f.evidence.fromSimUs = w.fromUs;
    f.evidence.toSimUs = w.toUs;
    f.evidence.set({{Quantity::ThrottledPerS, w.cloudThrottledPerS},
                    {Quantity::CallsPerS, w.cloudCallsPerS},
                    {Quantity::ThrottledShare, share},
                    {Quantity::Limit, static_cast<double>(w.knobs.cloudLimit)}});
    f.evidence.series = {{f.scope, QStringLiteral("throttled_per_s")}, {model::Scope::fleet(), QStringLiteral("tasks_per_s")}};
    if (cloud.quotaSeen) {
        f.evidence.set(Quantity::QuotaPerS, cloud.quotaPerS);
        const double callMs = cloud.callMs(std::max<std::uint32_t>(1, w.knobs.cloudBatch)).value;
        if (callMs > 0)
            f.evidence.set(Quantity::SlotsQuotaKeepsBusy, cloud.quotaPerS * callMs / 1000);
    }
    out.push_back(std::move(f));
    return out;
}

} // namespace omega::analysis
