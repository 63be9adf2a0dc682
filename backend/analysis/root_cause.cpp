#include "analysis/root_cause.h"

#include "analysis/analyses.h"

#include <algorithm>
#include <limits>
#include <cmath>
#include <map>

namespace omega::analysis {

namespace {

constexpr std::int64_t kSecondUs = 1'000'000;
constexpr std::int64_t kSettleUs = 5'000'000;   // after a configuration change, queues re-balance
constexpr double kRateSmoothingS = 2.1;         // the model's per-agent rates: time constant + tick

// Work of a group over a window: agent-seconds with a unit in service, and units finished.
struct Work {
    double busyS = 0, units = 0;
    double serviceS() const { return units > 0 ? busyS / units : 0; }
    void add(const Work& w)
    {
        busyS += w.busyS;
        units += w.units;
    }
};

// A span of simulated time, both ends included.
struct Window {
    std::int64_t fromUs, toUs;
};

// Per window, per domain: the work over the points of the matrices in the window. One pass over
// each domain's points (running sums), then each window from its two ends.
std::vector<std::vector<Work>> domainWork(const RootCauseInput& in, const std::vector<Window>& windows)
{
    const std::size_t nd = in.snapshot->rollups.domains.size();
    std::vector<std::vector<Work>> out(windows.size(), std::vector<Work>(nd));
    const model::SeriesTable::Matrix& u = in.domainUtilisation;
    const model::SeriesTable::Matrix& x = in.domainThroughput;
    const std::size_t t = u.times.size();
    if (t == 0 || x.times.size() != t || u.values.size() < nd * t || x.values.size() < nd * t)
        return out;
    std::vector<std::size_t> first(windows.size()), end(windows.size());
    for (std::size_t w = 0; w < windows.size(); ++w) {
        first[w] = static_cast<std::size_t>(std::lower_bound(u.times.begin(), u.times.end(), windows[w].fromUs) - u.times.begin());
        end[w] = static_cast<std::size_t>(std::upper_bound(u.times.begin(), u.times.end(), windows[w].toUs) - u.times.begin());
    }
    // busy[k], units[k]: sums over the points before k; rate[k]: the last valid rate before k.
    std::vector<double> busy(t + 1), units(t + 1), rate(t + 1);
    for (std::size_t d = 0; d < nd; ++d) {
        const double agents = in.snapshot->rollups.domains[d].agents;
        const float* util = &u.values[d * t];
        const float* done = &x.values[d * t];
        for (std::size_t k = 0; k < t; ++k) {
            const bool valid = !std::isnan(util[k]) && !std::isnan(done[k]);
            busy[k + 1] = busy[k] + (valid ? util[k] / 100.0 * agents : 0.0);   // 1 s points
            units[k + 1] = units[k] + (valid ? done[k] : 0.0);
            rate[k + 1] = valid ? done[k] : rate[k];
        }
        for (std::size_t w = 0; w < windows.size(); ++w) {
            if (end[w] <= first[w])
                continue;
            Work& work = out[w][d];
            work.busyS = busy[end[w]] - busy[first[w]];
            work.units = units[end[w]] - units[first[w]];
            const double rateBefore = rate[first[w]], rateLast = rate[end[w]];
            // The rate is smoothed (dy/dt = (x - y) / tau): the units that finished in the window
            // are the integral of y plus tau times its change, so a burst cut by the window's edge
            // counts where it happened, not where its smoothed tail lies. From 1 s means that is
            // approximate for a burst at an edge; the larger of the two counts keeps the service
            // estimate cautious.
            work.units = std::max(work.units, work.units + kRateSmoothingS * (rateLast - rateBefore));
        }
    }
    return out;
}

// A group judged against its peers: how much slower it serves a unit and how sure that is.
struct Judged {
    double ratio = 0, z = 0;
    bool slow = false;
};

// How much work a group must have finished, and how far above its peers it must be, to be slow.
struct Bar {
    double minUnits, ratio, z;
};

Bar groupBar(const RootCauseOptions& o) { return {o.minUnits, o.slowRatio, o.slowZ}; }
Bar domainBar(const RootCauseOptions& o) { return {o.domainMinUnits, o.slowRatio, o.domainSlowZ}; }

Judged judge(const Work& w, double peerS, const Bar& bar)
{
    Judged j;
    if (w.units < bar.minUnits || peerS <= 0)
        return j;
    const double s = w.serviceS();
    j.ratio = s / peerS;
    // Standard error of a mean of `units` service times, taking their spread as large as their
    // mean (a mix of short local stages and long cloud calls, with heavy-tailed noise).
    j.z = (s - peerS) / (peerS / std::sqrt(w.units));
    j.slow = j.ratio >= bar.ratio && j.z >= bar.z;
    return j;
}

double peerMedian(const std::vector<Work>& works, const std::vector<int>& members, double minUnits, int exclude = -1)
{
    std::vector<double> s;
    for (const int i : members)
        if (i != exclude && works[static_cast<std::size_t>(i)].units >= minUnits)
            s.push_back(works[static_cast<std::size_t>(i)].serviceS());
    return s.size() >= 3 ? median(std::move(s)) : 0.0;
}

// Median of the members' own service p50 (protocol 1.1), 0 when the publisher does not send it.
double agentServiceP50(const model::AgentColumns& a, const std::vector<std::uint32_t>& groupOf, int group)
{
    if (!a.hasServiceTime || a.serviceP50Ms.size() != groupOf.size())
        return 0;
    std::vector<double> v;
    for (std::size_t i = 0; i < groupOf.size(); ++i)
        if (static_cast<int>(groupOf[i]) == group && a.serviceP50Ms[i] > 0)
            v.push_back(a.serviceP50Ms[i]);
    return median(std::move(v));
}

Finding slowFinding(ScopeKind kind, int index, const QString& name, const Work& w, double peerS, const Judged& j,
                    double fleetBusyS, std::int64_t fromUs, std::int64_t toUs, const RootCauseOptions& o)
{
    Finding f;
    f.kind = FindingKind::SlowService;
    f.scope.kind = kind;
    f.scope.index = index;
    f.scopeName = name;
    f.metric = QStringLiteral("service_ms");
    f.severity = j.ratio >= o.criticalRatio ? 3 : 2;
    const double extraS = std::max(0.0, w.busyS - w.units * peerS);   // work time beyond the peers' pace
    f.score = fleetBusyS > 0 ? std::min(1.0, extraS / fleetBusyS) : 0.0;
    f.confidence = std::clamp(0.5 + 0.04 * j.z, 0.0, 0.95);
    f.evidence.fromSimUs = fromUs;
    f.evidence.toSimUs = toUs;
    f.evidence.set({{Quantity::ServiceMs, 1000 * w.serviceS()},
                    {Quantity::PeerServiceMs, 1000 * peerS},
                    {Quantity::Ratio, j.ratio},
                    {Quantity::Z, j.z},
                    {Quantity::Units, w.units},
                    {Quantity::ExtraBusyS, extraS},
                    {Quantity::Share, f.score}});
    return f;
}

void slowGroups(const RootCauseInput& in, const RootCauseOptions& o, std::vector<Finding>& out)
{
    const model::FleetSnapshot& s = *in.snapshot;
    const model::Topology& topo = *s.topology;
    const std::int64_t now = s.simTimeUs;
    const auto nd = static_cast<std::size_t>(topo.domainCount());
    if (s.rollups.domains.size() != nd || topo.primeTeam.empty())
        return;
    // The first seconds of a feed are not comparable between groups: some have finished only
    // short local stages, others already their long cloud calls.
    if (in.domainUtilisation.times.empty() || now - in.domainUtilisation.times.front() < o.warmUpUs)
        return;
    // Windows ending now: the team window, then the domain window and its multiples up to the
    // longest; then the same domain windows one cycle earlier: a domain must be slow in both (one
    // cycle's bad luck among 363 domains is not a finding; a hot domain stays slow).
    const int lengths = std::max(1, static_cast<int>(o.domainMaxWindowUs / std::max<std::int64_t>(1, o.domainWindowUs)));
    std::vector<Window> windows{{now - o.teamWindowUs, now}};
    for (int k = 1; k <= lengths; ++k)
        windows.push_back({now - k * o.domainWindowUs, now});
    for (int k = 1; k <= lengths; ++k)
        windows.push_back({now - o.confirmUs - k * o.domainWindowUs, now - o.confirmUs});
    const std::vector<std::vector<Work>> works = domainWork(in, windows);
    const std::vector<Work>& domShort = works[0];
    const std::vector<Work>& dom = works[1];
    const std::vector<Work>& domBefore = works[1 + static_cast<std::size_t>(lengths)];
    // A domain is judged on the shortest of those windows that holds as many units as a group
    // needs: at the baseline load a domain finishes a few units a minute, some only one or two.
    auto judgedWindow = [&](std::size_t d, std::size_t firstWindow) {
        std::size_t w = firstWindow;
        while (w + 1 < firstWindow + static_cast<std::size_t>(lengths) && works[w][d].units < o.minUnits)
            ++w;
        return w;
    };
    std::vector<int> teamOf(nd), primeOf(nd), all;
    std::vector<std::vector<int>> teamDomains(static_cast<std::size_t>(topo.teamCount())),
        primeDomains(static_cast<std::size_t>(topo.primeCount()));
    double fleetBusy = 0, fleetBusyShort = 0;
    for (std::size_t d = 0; d < nd; ++d) {
        primeOf[d] = static_cast<int>(topo.domainPrime[d]);
        teamOf[d] = static_cast<int>(topo.primeTeam[topo.domainPrime[d]]);
        teamDomains[static_cast<std::size_t>(teamOf[d])].push_back(static_cast<int>(d));
        primeDomains[static_cast<std::size_t>(primeOf[d])].push_back(static_cast<int>(d));
        all.push_back(static_cast<int>(d));
        fleetBusy += dom[d].busyS;
        fleetBusyShort += domShort[d].busyS;
    }
    const double domainPeer = peerMedian(dom, all, o.minUnits);
    if (domainPeer <= 0)
        return;   // too little work finished to judge anyone
    const double domainPeerBefore = peerMedian(domBefore, all, o.minUnits);
    const std::int64_t domFrom = now - o.domainWindowUs, teamFrom = now - o.teamWindowUs;

    // Domains: slower than the fleet's domains and than the other domains of their own team (a
    // slow team makes all its domains slow; that is the team's finding, not theirs).
    // The agents' own service time (protocol 1.1, without 429 back-offs, which the busy time
    // includes) must agree: some agent of a slow domain served a unit far slower than is usual.
    std::vector<float> domainServiceP99Max(nd, 0.0f);
    const double fleetServiceP99 = in.fleetAgentServiceP99Ms;
    if (fleetServiceP99 > 0)
        for (std::size_t i = 0; i < topo.agentDomain.size(); ++i) {
            float& m = domainServiceP99Max[topo.agentDomain[i]];
            m = std::max(m, s.agents.serviceP99Ms[i]);
        }
    std::vector<bool> domainSlow(nd, false);
    std::vector<Judged> domainJudged(nd);
    std::vector<std::size_t> domainWindow(nd, 1);
    for (std::size_t d = 0; d < nd; ++d) {
        const std::size_t w = judgedWindow(d, 1);
        const Work& work = works[w][d];
        const Judged j = judge(work, domainPeer, domainBar(o));
        if (!j.slow || (fleetServiceP99 > 0 && domainServiceP99Max[d] < o.slowRatio * fleetServiceP99))
            continue;
        if (o.confirmUs > 0 &&
            (domainPeerBefore <= 0 ||
             !judge(works[judgedWindow(d, 1 + static_cast<std::size_t>(lengths))][d], domainPeerBefore, domainBar(o)).slow))
            continue;
        const double teamPeer = peerMedian(dom, teamDomains[static_cast<std::size_t>(teamOf[d])], 1, static_cast<int>(d));
        if (teamPeer > 0 && work.serviceS() < o.slowRatio * teamPeer)
            continue;
        domainSlow[d] = true;
        domainJudged[d] = j;
        domainWindow[d] = w;
    }
    // Teams and primes: judged on their work without their slow domains, so that one hot domain
    // does not make its team look slow.
    auto without = [&](const std::vector<int>& members, const std::vector<Work>& works) {
        Work w;
        for (const int d : members)
            if (!domainSlow[static_cast<std::size_t>(d)])
                w.add(works[static_cast<std::size_t>(d)]);
        return w;
    };
    std::vector<Work> teams(teamDomains.size()), primes(primeDomains.size());
    std::vector<int> teamIdx, primeIdx;
    for (std::size_t t = 0; t < teams.size(); ++t) {
        teams[t] = without(teamDomains[t], domShort);
        teamIdx.push_back(static_cast<int>(t));
    }
    for (std::size_t p = 0; p < primes.size(); ++p) {
        primes[p] = without(primeDomains[p], dom);
        primeIdx.push_back(static_cast<int>(p));
    }
    std::vector<bool> teamSlow(teams.size(), false);
    for (std::size_t t = 0; t < teams.size(); ++t) {
        const double peer = peerMedian(teams, teamIdx, o.minUnits, static_cast<int>(t));
        const Judged j = judge(teams[t], peer, groupBar(o));
        if (!j.slow)
            continue;
        teamSlow[t] = true;
        Finding f = slowFinding(ScopeKind::Team, static_cast<int>(t), topo.teams.value(static_cast<int>(t)), teams[t], peer,
                                j, fleetBusyShort, teamFrom, now, o);
        f.evidence.set(Quantity::Domains, double(teamDomains[t].size()));
        out.push_back(std::move(f));
    }
    std::vector<std::vector<int>> teamPrimes(teams.size());
    for (std::size_t p = 0; p < primes.size(); ++p)
        teamPrimes[topo.primeTeam[p]].push_back(static_cast<int>(p));
    std::vector<bool> primeSlow(primes.size(), false);
    for (std::size_t p = 0; p < primes.size(); ++p) {
        const auto team = static_cast<std::size_t>(topo.primeTeam[p]);
        if (teamSlow[team] || primeDomains[p].size() < 2)
            continue;
        const double peer = peerMedian(primes, primeIdx, o.minUnits, static_cast<int>(p));
        const Judged j = judge(primes[p], peer, groupBar(o));
        // ... and slower than the other primes of its team (a slow team makes them all slow).
        const double teamPeer = peerMedian(primes, teamPrimes[team], 1, static_cast<int>(p));
        if (!j.slow || (teamPeer > 0 && primes[p].serviceS() < o.slowRatio * teamPeer))
            continue;
        primeSlow[p] = true;
        Finding f = slowFinding(ScopeKind::Prime, static_cast<int>(p), topo.primes.value(static_cast<int>(p)), primes[p],
                                peer, j, fleetBusy, domFrom, now, o);
        f.evidence.set(Quantity::Domains, double(primeDomains[p].size()));
        out.push_back(std::move(f));
    }
    const double fleetAgentP50 = in.fleetAgentServiceP50Ms;
    for (std::size_t d = 0; d < nd; ++d) {
        if (!domainSlow[d] || teamSlow[static_cast<std::size_t>(teamOf[d])] || primeSlow[static_cast<std::size_t>(primeOf[d])])
            continue;
        // Its share: of the fleet's busy time over the window it was judged on.
        const std::vector<Work>& judged = works[domainWindow[d]];
        double busy = 0;
        for (const Work& w : judged)
            busy += w.busyS;
        Finding f = slowFinding(ScopeKind::Domain, static_cast<int>(d), topo.domains.value(static_cast<int>(d)), judged[d],
                                domainPeer, domainJudged[d], busy, windows[domainWindow[d]].fromUs, now, o);
        f.evidence.set(Quantity::Agents, double(s.rollups.domains[d].agents));
        // Corroboration from the agents' own service time (protocol 1.1), when it is sent.
        if (const double p50 = agentServiceP50(s.agents, topo.agentDomain, static_cast<int>(d)); p50 > 0 && fleetAgentP50 > 0) {
            f.evidence.set(Quantity::AgentServiceP50Ms, p50);
            f.evidence.set(Quantity::FleetAgentServiceP50Ms, fleetAgentP50);
        }
        out.push_back(std::move(f));
    }
}

void crashedAgents(const model::FleetSnapshot& s, std::vector<Finding>& out)
{
    const model::Topology& topo = *s.topology;
    const model::AgentColumns& a = s.agents;
    if (a.size() != topo.agentDomain.size())
        return;
    std::map<std::uint32_t, std::pair<int, double>> byDomain;   // failed agents, failed units
    double failedUnits = 0;
    int failedAgents = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a.state[i] != omega::v1::AGENT_STATE_FAILED)
            continue;
        auto& e = byDomain[topo.agentDomain[i]];
        ++e.first;
        e.second += a.failed[i];
        failedUnits += a.failed[i];
        ++failedAgents;
    }
    for (const auto& [d, e] : byDomain) {
        const int agents = d < s.rollups.domains.size() ? s.rollups.domains[d].agents : 0;
        if (agents <= 0)
            continue;
        Finding f;
        f.kind = FindingKind::CrashedAgents;
        f.scope.kind = ScopeKind::Domain;
        f.scope.index = static_cast<int>(d);
        f.scopeName = topo.domains.value(static_cast<int>(d));
        f.metric = QStringLiteral("failed_agents");
        // Down agents lose their share of the domain's work even when they held none at the crash.
        f.severity = e.second > 0 || e.first >= 2 || 4 * e.first >= agents ? 3 : 2;
        // The share of the failed units that this domain's crashed agents held (of the down agents
        // when none held work).
        f.score = failedUnits > 0 ? e.second / failedUnits : double(e.first) / double(failedAgents);
        f.confidence = 0.95;   // the publisher says they failed
        f.evidence.fromSimUs = f.evidence.toSimUs = s.simTimeUs;
        f.evidence.set({{Quantity::FailedAgents, double(e.first)},
                        {Quantity::Agents, double(agents)},
                        {Quantity::FailedUnits, e.second},
                        {Quantity::TasksFailed, double(s.totals.tasksFailed)},
                        {Quantity::Share, f.score}});
        out.push_back(std::move(f));
    }
}

// Mean of the points in [from, to) of a series.
double meanOver(const std::vector<model::SeriesPoint>& series, std::int64_t fromUs, std::int64_t toUs)
{
    double sum = 0;
    int n = 0;
    for (const auto& p : series)
        if (p.count > 0 && p.timeUs >= fromUs && p.timeUs < toUs) {
            sum += p.mean;
            ++n;
        }
    return n > 0 ? sum / n : 0;
}

void capacityLoss(const RootCauseInput& in, const RootCauseOptions& o, std::vector<Finding>& out)
{
    const auto steps = changePoints(in.localServiceMs, QStringLiteral("local_service_ms"));
    if (steps.empty())
        return;
    const Finding& step = steps.front();
    const double before = step.value(Quantity::Before), after = step.value(Quantity::After);
    if (before <= 0 || after <= before)
        return;   // faster: capacity gained, not a cause of loss
    const std::int64_t at = step.atSimUs, end = in.snapshot->simTimeUs + 1;
    const double nBefore = meanOver(in.localInService, 0, at), nAfter = meanOver(in.localInService, at, end);
    // Service per stage grows with the stages served at once (contention): compare like with like.
    double ratio = after / before;
    const LocalModel* local = in.capacity ? &in.capacity->models.local : nullptr;
    if (local && (local->determination == Determination::Partial || local->determination == Determination::Full)) {
        auto usl = [&](double n) { return 1 + local->sigma * (n - 1) + local->kappa * n * (n - 1); };
        if (nBefore > 0 && nAfter > 0)
            ratio *= usl(nBefore) / usl(nAfter);
    } else if (nAfter > 1.25 * std::max(1.0, nBefore)) {
        return;   // more stages at once explain slower stages as well as lost capacity does
    }
    if (ratio < o.lossRatio)
        return;
    // Slow agents everywhere would slow the cloud calls too; lost cores do not.
    const double cloudBefore = meanOver(in.cloudCallServiceMs, 0, at), cloudAfter = meanOver(in.cloudCallServiceMs, at, end);
    if (cloudBefore > 0 && cloudAfter > cloudBefore * (1 + 0.5 * (ratio - 1)))
        return;
    Finding f;
    f.kind = FindingKind::CapacityLoss;
    f.scope.kind = ScopeKind::Pool;
    f.scopeName = QStringLiteral("local");
    for (std::size_t i = 0; i < in.snapshot->pools.size(); ++i)
        if (in.snapshot->pools[i].kind == model::PoolKind::Local) {
            f.scope.index = static_cast<int>(i);
            f.scopeName = QString::fromStdString(in.snapshot->pools[i].name);
            break;
        }
    f.metric = QStringLiteral("local_service_ms");
    const bool binds = in.capacity && in.capacity->current.valid && in.capacity->current.binding == Station::LocalPool;
    f.severity = ratio >= 1.5 || binds ? 3 : 2;
    f.score = 1 - 1 / ratio;   // the share of the pool's capacity lost
    f.confidence = step.confidence;
    f.atSimUs = at;
    f.evidence.fromSimUs = step.evidence.fromSimUs;
    f.evidence.toSimUs = step.evidence.toSimUs;
    f.evidence.set({{Quantity::BeforeMs, before},
                    {Quantity::AfterMs, after},
                    {Quantity::Ratio, ratio},
                    {Quantity::InServiceBefore, nBefore},
                    {Quantity::InServiceAfter, nAfter},
                    {Quantity::TStat, step.value(Quantity::TStat)},
                    {Quantity::Share, f.score}});
    if (in.capacity && in.capacity->fleetChangedAtUs >= 0)
        f.evidence.set(Quantity::FleetChangeSeenS, static_cast<double>(in.capacity->fleetChangedAtUs) / 1e6);
    out.push_back(std::move(f));
}

bool isFault(const Finding& f)
{
    switch (f.kind) {
    case FindingKind::SlowService:
    case FindingKind::CrashedAgents:
    case FindingKind::CapacityLoss:
    case FindingKind::Throttling: return f.severity >= 2;
    case FindingKind::Saturation:
    case FindingKind::Outlier:
    case FindingKind::ChangePoint: break;
    }
    return false;
}

} // namespace

RootCauseInput gatherRootCauseInput(const model::IngestPipeline& pipeline, model::SnapshotPtr snapshot,
                                    CapacityReportPtr capacity, const RootCauseOptions& options)
{
    RootCauseInput in;
    in.snapshot = std::move(snapshot);
    in.capacity = std::move(capacity);
    if (!in.snapshot)
        return in;
    if (const model::AgentColumns& a = in.snapshot->agents; a.hasServiceTime && in.snapshot->topology) {
        const std::size_t na = in.snapshot->topology->agentDomain.size();
        auto fleetMedian = [&](const std::vector<float>& column) {
            if (column.size() != na)
                return 0.0;
            std::vector<double> v;
            for (const float x : column)
                if (x > 0)
                    v.push_back(x);
            return median(std::move(v));
        };
        in.fleetAgentServiceP50Ms = fleetMedian(a.serviceP50Ms);
        in.fleetAgentServiceP99Ms = fleetMedian(a.serviceP99Ms);
    }
    const std::int64_t now = in.snapshot->simTimeUs;
    const std::int64_t from = now - std::max(std::max(options.domainWindowUs, options.domainMaxWindowUs) + options.confirmUs, options.teamWindowUs);
    auto perSecond = [&](model::Metric metric) {
        return pipeline.groupMatrix(model::ScopeKind::Domain, metric, model::Resolution::OneSecond, from, now);
    };
    in.domainUtilisation = perSecond(model::Metric::Utilisation);
    in.domainThroughput = perSecond(model::Metric::Throughput);

    // Local service per stage, 1 s points, at the knobs in force now (after they settled).
    std::uint64_t generation = 0;
    const auto rows = pipeline.operatingSamples(now - options.changeWindowUs, &generation);
    if (rows.size() < 2)
        return in;
    const std::uint64_t version = rows.back().configVersion;
    std::size_t first = rows.size() - 1;
    while (first > 0 && rows[first - 1].configVersion == version)
        --first;
    const std::int64_t since = rows[first].simUs + (first > 0 ? kSettleUs : 0);
    struct Bin {
        double localUs = 0, stages = 0, cloudUs = 0, calls = 0, spanUs = 0;
    };
    std::map<std::int64_t, Bin> bins;
    for (std::size_t i = first + 1; i < rows.size(); ++i) {
        const model::OperatingSample &a = rows[i - 1], &b = rows[i];
        if (b.simUs <= since || !a.local.hasServiceUs || !b.local.hasServiceUs || b.local.completed < a.local.completed ||
            b.local.serviceUs < a.local.serviceUs || b.simUs <= a.simUs)
            continue;
        Bin& bin = bins[b.simUs / kSecondUs];
        bin.localUs += static_cast<double>(b.local.serviceUs - a.local.serviceUs);
        bin.stages += static_cast<double>(b.local.completed - a.local.completed);
        bin.spanUs += static_cast<double>(b.simUs - a.simUs);
        if (a.cloud.hasServiceUs && b.cloud.serviceUs >= a.cloud.serviceUs && b.cloud.completed >= a.cloud.completed) {
            bin.cloudUs += static_cast<double>(b.cloud.serviceUs - a.cloud.serviceUs);
            bin.calls += static_cast<double>(b.cloud.completed - a.cloud.completed);
        }
    }
    for (const auto& [second, bin] : bins) {
        model::SeriesPoint p;
        p.timeUs = second * kSecondUs;
        if (bin.stages > 0) {
            p.mean = p.min = p.max = static_cast<float>(bin.localUs / bin.stages / 1000);
            p.count = 1;
            in.localServiceMs.push_back(p);
        }
        if (bin.spanUs > 0) {
            p.mean = p.min = p.max = static_cast<float>(bin.localUs / bin.spanUs);
            p.count = 1;
            in.localInService.push_back(p);
        }
        if (bin.calls > 0) {
            p.mean = p.min = p.max = static_cast<float>(bin.cloudUs / bin.calls / 1000);
            p.count = 1;
            in.cloudCallServiceMs.push_back(p);
        }
    }
    return in;
}

std::vector<Finding> rootCauses(const RootCauseInput& in, const RootCauseOptions& o)
{
    std::vector<Finding> out;
    if (!in.snapshot || !in.snapshot->topology)
        return out;
    crashedAgents(*in.snapshot, out);
    capacityLoss(in, o, out);
    slowGroups(in, o, out);
    slowAgents(in, o, out);
    rankFindings(out);
    return out;
}

void mergeRootCauses(std::vector<Finding>& findings, std::vector<Finding> causes, const model::FleetSnapshot& snapshot,
                     const CapacityReport* capacity)
{
    model::PoolKind binding = model::PoolKind::Other;
    bool bindingKnown = false;
    if (capacity && capacity->current.valid && !capacity->settling) {
        bindingKnown = true;
        switch (capacity->current.binding) {
        case Station::LocalPool: binding = model::PoolKind::Local; break;
        case Station::CloudSlots:
        case Station::CloudQuota: binding = model::PoolKind::Cloud; break;
        case Station::None:
        case Station::TasksInFlight: break;
        }
    }
    for (Finding& f : causes)
        findings.push_back(std::move(f));
    const bool fault = std::any_of(findings.begin(), findings.end(), isFault);
    for (Finding& f : findings) {
        if (f.kind != FindingKind::Saturation || f.scope.index < 0 || static_cast<std::size_t>(f.scope.index) >= snapshot.pools.size())
            continue;
        const bool binds = !bindingKnown || snapshot.pools[static_cast<std::size_t>(f.scope.index)].kind == binding;
        f.evidence.set(Quantity::Binds, binds ? 1.0 : 0.0);
        if (!binds)
            f.severity = 1;   // a queue that does not limit the fleet: explains nothing measurable
        else if (fault)
            f.severity = std::min(f.severity, 2);   // the standing limit; the fault is the change
    }
    rankFindings(findings);
}

} // namespace omega::analysis
