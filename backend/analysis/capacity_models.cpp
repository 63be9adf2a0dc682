// Over 600 lines on purpose: the three fits, the closed loop's demand and latency tail, the what-if
// and the fleet-change check share the weighted least-squares, level and interval helpers of this
// file's anonymous namespace and are read together.
#include "analysis/capacity_models.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace omega::analysis {

namespace {

constexpr double kZ = 1.96;             // ~95 % intervals
constexpr double kMinRelSe = 0.02;      // a floor for model error the residuals cannot show
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Point {
    double x = 0, y = 0, w = 0;
};

// Weighted least squares y ~ sum_j c_j f_j(x) with up to three basis functions; returns
// coefficients, their covariance (residual variance times (FᵀWF)⁻¹) and the residual variance.
struct Fit {
    bool ok = false;
    int p = 0;
    std::array<double, 3> c{};
    std::array<double, 9> cov{};
    double sigma2 = 0, sse = 0;
};

template <typename Basis>
Fit wls(const std::vector<Point>& pts, int p, Basis basis)
{
    Fit f;
    f.p = p;
    if (static_cast<int>(pts.size()) < p)
        return f;
    double a[3][3] = {}, b[3] = {};
    double wsum = 0;
    for (const Point& pt : pts) {
        double g[3];
        basis(pt.x, g);
        for (int i = 0; i < p; ++i) {
            b[i] += pt.w * g[i] * pt.y;
            for (int j = 0; j < p; ++j)
                a[i][j] += pt.w * g[i] * g[j];
        }
        wsum += pt.w;
    }
    // Invert the p×p normal matrix by Gauss-Jordan with partial pivoting.
    double inv[3][3] = {}, m[3][3];
    for (int i = 0; i < p; ++i)
        for (int j = 0; j < p; ++j) {
            m[i][j] = a[i][j];
            inv[i][j] = i == j ? 1 : 0;
        }
    for (int col = 0; col < p; ++col) {
        int piv = col;
        for (int r = col + 1; r < p; ++r)
            if (std::abs(m[r][col]) > std::abs(m[piv][col]))
                piv = r;
        if (std::abs(m[piv][col]) < 1e-12 * std::max(1.0, std::abs(a[col][col])))
            return f;   // singular: the data do not separate these parameters
        std::swap(m[piv], m[col]);
        std::swap(inv[piv], inv[col]);
        const double d = m[col][col];
        for (int j = 0; j < p; ++j) {
            m[col][j] /= d;
            inv[col][j] /= d;
        }
        for (int r = 0; r < p; ++r) {
            if (r == col)
                continue;
            const double k = m[r][col];
            for (int j = 0; j < p; ++j) {
                m[r][j] -= k * m[col][j];
                inv[r][j] -= k * inv[col][j];
            }
        }
    }
    for (int i = 0; i < p; ++i) {
        f.c[i] = 0;
        for (int j = 0; j < p; ++j)
            f.c[i] += inv[i][j] * b[j];
    }
    double sse = 0;
    for (const Point& pt : pts) {
        double g[3];
        basis(pt.x, g);
        double yhat = 0;
        for (int i = 0; i < p; ++i)
            yhat += f.c[i] * g[i];
        sse += pt.w * (pt.y - yhat) * (pt.y - yhat);
    }
    // Weights are window lengths: scale so that the variance is per mean-length window.
    const int n = static_cast<int>(pts.size());
    const double meanW = wsum / n;
    f.sse = sse;
    f.sigma2 = n > p ? sse / (n - p) : 0;
    for (int i = 0; i < p; ++i)
        for (int j = 0; j < p; ++j)
            f.cov[i * 3 + j] = f.sigma2 * inv[i][j];
    (void)meanW;
    f.ok = true;
    return f;
}

// Distinct operating levels: values further apart than 15 % (and than `minGap`) count apart.
int countLevels(std::vector<double> xs, double minGap)
{
    if (xs.empty())
        return 0;
    std::sort(xs.begin(), xs.end());
    int levels = 1;
    double anchor = xs.front();
    for (double x : xs)
        if (x - anchor > std::max(minGap, 0.15 * anchor)) {
            ++levels;
            anchor = x;
        }
    return levels;
}

double weightedMean(const std::vector<Point>& pts, double* relSe)
{
    double w = 0, s = 0;
    for (const Point& p : pts) {
        w += p.w;
        s += p.w * p.y;
    }
    const double mean = w > 0 ? s / w : 0;
    double var = 0;
    for (const Point& p : pts)
        var += p.w * (p.y - mean) * (p.y - mean);
    const int n = static_cast<int>(pts.size());
    const double sd = n > 1 && w > 0 ? std::sqrt(var / w * n / (n - 1)) : 0;
    if (relSe)
        *relSe = mean > 0 ? std::max(kMinRelSe, sd / mean / std::sqrt(std::max(1, n))) : 1;
    return mean;
}

// The points' spread in x (levels, range) and, for one level, its weighted mean x and y.
struct Spread {
    int levels = 0;
    double xMin = 0, xMax = 0, level = 0, y = 0, yRelSe = 0;
};
Spread spreadOf(const std::vector<Point>& pts)
{
    Spread s;
    std::vector<double> xs;
    double wx = 0, w = 0;
    for (const Point& p : pts) {
        xs.push_back(p.x);
        wx += p.w * p.x;
        w += p.w;
    }
    s.levels = countLevels(xs, 0.3);
    s.xMin = *std::min_element(xs.begin(), xs.end());
    s.xMax = *std::max_element(xs.begin(), xs.end());
    s.level = wx / w;
    s.y = weightedMean(pts, &s.yRelSe);
    return s;
}

Range around(double value, double relSe)
{
    relSe = std::max(relSe, kMinRelSe);
    return Range{value, value / (1 + kZ * relSe), value * (1 + kZ * relSe), false};
}

// --- local pool ---------------------------------------------------------------------------

std::vector<Point> localPoints(const std::deque<OperatingWindow>& windows, std::int64_t fromUs)
{
    std::vector<Point> pts;
    for (const OperatingWindow& w : windows) {
        if (w.fromUs < fromUs || w.localStagesPerS <= 0.5)
            continue;   // too few stages to read a service time
        double n = 0;
        if (w.hasServiceTime && w.localInService > 0)
            n = w.localInService;
        else if (w.localWaiting >= 1)
            n = w.knobs.localLimit;   // without slot-time, only a saturated pool tells its concurrency
        if (n <= 0)
            continue;
        // With a mean below one the pool idles part of the time; a busy slot still runs alone.
        const double nEff = std::max(1.0, n);
        pts.push_back(Point{nEff, n / w.localStagesPerS, w.seconds});
    }
    return pts;
}

void uslBasis3(double n, double* g) { g[0] = 1; g[1] = n - 1; g[2] = n * (n - 1); }
void uslBasisSigma(double n, double* g) { g[0] = 1; g[1] = n - 1; g[2] = 0; }
void uslBasisKappa(double n, double* g) { g[0] = 1; g[1] = n * (n - 1); g[2] = 0; }

LocalModel fitLocal(const std::deque<OperatingWindow>& windows, std::int64_t fromUs)
{
    LocalModel m;
    const std::vector<Point> pts = localPoints(windows, fromUs);
    m.windows = static_cast<int>(pts.size());
    if (pts.empty())
        return m;
    const Spread spread = spreadOf(pts);
    m.levels = spread.levels;
    m.nMin = spread.xMin;
    m.nMax = spread.xMax;
    if (m.levels == 1) {
        const double s = spread.y;
        m.determination = Determination::OneLevel;
        m.level = spread.level;
        m.levelStagesPerS = m.level / s;
        m.residualRel = spread.yRelSe;
        if (m.level < 1.15) {
            m.s1Ms = s * 1000;
            m.s1MsSe = s * spread.yRelSe * 1000;
        }
        return m;
    }
    Fit best;
    double sigma = 0, kappa = 0;
    if (m.levels >= 3) {
        const Fit f3 = wls(pts, 3, uslBasis3);
        if (f3.ok && f3.c[0] > 0 && f3.c[1] >= 0 && f3.c[2] >= 0) {
            best = f3;
        } else {
            // A negative coefficient is noise around zero: fit without it, keep the better one.
            const Fit fs = wls(pts, 2, uslBasisSigma);
            const Fit fk = wls(pts, 2, uslBasisKappa);
            const bool sOk = fs.ok && fs.c[0] > 0 && fs.c[1] >= 0;
            const bool kOk = fk.ok && fk.c[0] > 0 && fk.c[1] >= 0;
            if (sOk && (!kOk || fs.sse <= fk.sse)) {
                best = fs;
                best.c[2] = 0;
            } else if (kOk) {
                best = fk;
                best.c[2] = fk.c[1];
                best.c[1] = 0;
                best.cov = {fk.cov[0], 0, fk.cov[1], 0, 0, 0, fk.cov[3], 0, fk.cov[4]};
            }
        }
        if (best.ok)
            m.determination = Determination::Full;
    }
    if (!best.ok) {
        const Fit fs = wls(pts, 2, uslBasisSigma);
        if (!fs.ok || fs.c[0] <= 0)
            return m;
        best = fs;
        best.c[1] = std::max(0.0, best.c[1]);
        best.c[2] = 0;
        m.determination = Determination::Partial;
    }
    // Covariance layout: cov[i*3+j] for (c0, c1, c2); a 2-parameter σ fit uses the top-left 2×2.
    if (best.p == 2 && m.determination == Determination::Partial)
        best.cov = {best.cov[0], best.cov[1], 0, best.cov[3], best.cov[4], 0, 0, 0, 0};
    else if (best.p == 2 && best.c[2] == 0)
        best.cov = {best.cov[0], best.cov[1], 0, best.cov[3], best.cov[4], 0, 0, 0, 0};
    const double c0 = best.c[0];
    sigma = best.c[1] / c0;
    kappa = best.c[2] / c0;
    m.s1Ms = c0 * 1000;
    m.sigma = sigma;
    m.kappa = kappa;
    m.s1MsSe = std::sqrt(std::max(0.0, best.cov[0])) * 1000;
    m.sigmaSe = std::sqrt(std::max(0.0, best.cov[4])) / c0;
    m.kappaSe = std::sqrt(std::max(0.0, best.cov[8])) / c0;
    m.cov = best.cov;
    double wS = 0, w = 0;
    for (const Point& p : pts) {
        wS += p.w * p.y;
        w += p.w;
    }
    m.residualRel = w > 0 && wS > 0 ? std::sqrt(best.sigma2 * w / static_cast<double>(pts.size())) / (wS / w) : 0;
    return m;
}

// --- cloud pool ---------------------------------------------------------------------------

void lineBasis(double x, double* g) { g[0] = 1; g[1] = x; g[2] = 0; }
void constBasis(double, double* g) { g[0] = 1; g[1] = 0; g[2] = 0; }

CloudModel fitCloud(const std::deque<OperatingWindow>& windows, std::int64_t fromUs, std::int64_t quotaFromUs)
{
    CloudModel m;
    std::vector<Point> pts;
    for (const OperatingWindow& w : windows) {
        if (w.fromUs >= quotaFromUs)
            m.maxCallsPerS = std::max(m.maxCallsPerS, w.cloudCallsPerS);
        if (w.fromUs < fromUs || w.cloudCallsPerS <= 0.5)
            continue;
        double inService = 0;
        if (w.hasServiceTime)
            inService = w.cloudInService;
        else if (w.cloudThrottledPerS <= 0)
            inService = w.cloudHeld;   // without 429s a held slot is a slot in service
        if (inService <= 0)
            continue;
        const double batch = w.cloudItemsPerS / w.cloudCallsPerS;
        pts.push_back(Point{batch, inService / w.cloudCallsPerS, w.seconds});
    }
    // The quota: while 429s come back the provider passes Q calls/s. A later window that passed
    // more without any 429 shows the quota rose since: older throttled windows no longer count.
    {
        std::vector<Point> q;
        double maxLater = 0;
        for (auto it = windows.rbegin(); it != windows.rend() && it->fromUs >= quotaFromUs; ++it) {
            const OperatingWindow& w = *it;
            const bool throttled = w.cloudThrottledPerS > std::max(0.5, 0.02 * w.cloudCallsPerS);
            if (throttled && w.cloudCallsPerS * 1.15 >= maxLater)
                q.push_back(Point{0, w.cloudCallsPerS, w.seconds});
            if (!throttled)
                maxLater = std::max(maxLater, w.cloudCallsPerS);
        }
        if (!q.empty()) {
            double relSe = 0;
            m.quotaSeen = true;
            m.quotaPerS = weightedMean(q, &relSe);
            m.quotaPerSSe = m.quotaPerS * relSe;
            m.quotaWindows = static_cast<int>(q.size());
        }
    }
    m.windows = static_cast<int>(pts.size());
    if (pts.empty())
        return m;
    const Spread spread = spreadOf(pts);
    m.levels = spread.levels;
    m.batchMin = spread.xMin;
    m.batchMax = spread.xMax;
    if (m.levels == 1) {
        m.determination = Determination::OneLevel;
        m.level = spread.level;
        m.levelCallMs = spread.y * 1000;
        m.residualRel = spread.yRelSe;
        return m;
    }
    Fit f = wls(pts, 2, lineBasis);
    if (!f.ok)
        return m;
    if (f.c[1] < 0 || f.c[0] < 0) {
        // Calls do not get faster with more items, nor take negative time: the data say "flat".
        const Fit c = wls(pts, 1, constBasis);
        if (!c.ok)
            return m;
        f = c;
        f.c[1] = 0;
        f.cov = {c.cov[0], 0, 0, 0, 0, 0, 0, 0, 0};
    }
    m.determination = Determination::Full;
    m.aMs = f.c[0] * 1000;
    m.bMs = f.c[1] * 1000;
    m.cov = {f.cov[0], f.cov[1], f.cov[3], f.cov[4]};
    m.aMsSe = std::sqrt(std::max(0.0, f.cov[0])) * 1000;
    m.bMsSe = std::sqrt(std::max(0.0, f.cov[4])) * 1000;
    double wT = 0, w = 0;
    for (const Point& p : pts) {
        wT += p.w * p.y;
        w += p.w;
    }
    m.residualRel = wT > 0 ? std::sqrt(f.sigma2 * w / static_cast<double>(pts.size())) / (wT / w) : 0;
    return m;
}

DemandModel fitDemand(const std::deque<OperatingWindow>& windows)
{
    DemandModel d;
    // The newest few windows: work per task may change with the routing share.
    double w = 0, local = 0, cloud = 0, share = 0, inFlight = 0;
    int used = 0;
    for (auto it = windows.rbegin(); it != windows.rend() && used < 3; ++it) {
        if (it->tasksPerS <= 0)
            continue;
        ++used;
        w += it->seconds;
        local += it->seconds * it->localStagesPerTask;
        cloud += it->seconds * it->cloudItemsPerTask;
        share += it->seconds * it->knobs.bulkLocalShare;
        inFlight += it->seconds * it->tasksInFlight;
    }
    if (w <= 0)
        return d;
    local /= w;
    cloud /= w;
    share /= w;
    d.known = true;
    d.shareSeen = share;
    d.tasksInFlight = inFlight / w;
    // The latency tail of each regime: the settled readings of the newest configuration that has
    // one (the tail depends on the knobs and on the fleet as it is now), weighted by length.
    double wTail = 0, wThrottled = 0;
    const model::KnobSettings* tailKnobs = nullptr;
    const model::KnobSettings* throttledKnobs = nullptr;
    for (auto it = windows.rbegin(); it != windows.rend(); ++it) {
        if (!it->latencySettled)
            continue;
        const double tail = it->taskP99EndMs - it->taskP50EndMs;
        if (d.p99OverMean <= 0)
            d.p99OverMean = it->taskP99EndMs / it->meanTaskLatencyMs();
        const model::KnobSettings*& knobs = it->throttled() ? throttledKnobs : tailKnobs;
        if (!knobs)
            knobs = &it->knobs;
        else if (!(*knobs == it->knobs))
            continue;
        if (it->throttled()) {
            ++d.throttledTailWindows;
            wThrottled += it->seconds;
            d.throttledTailMs += it->seconds * tail;
        } else {
            ++d.tailWindows;
            wTail += it->seconds;
            d.tailMs += it->seconds * tail;
        }
    }
    if (wTail > 0)
        d.tailMs /= wTail;
    if (wThrottled > 0)
        d.throttledTailMs /= wThrottled;
    // local = L0 + s·K, cloud = (1 − s)·K.
    if (share < 0.99) {
        d.bulkPerTask = cloud / (1 - share);
        d.localFixedPerTask = std::max(0.0, local - share * d.bulkPerTask);
    } else {
        d.bulkPerTask = local;   // everything local: the split cannot be read
        d.localFixedPerTask = 0;
    }
    return d;
}

} // namespace

const char* stationKey(Station s)
{
    switch (s) {
    case Station::None: return "none";
    case Station::LocalPool: return "local_pool";
    case Station::CloudSlots: return "cloud_slots";
    case Station::CloudQuota: return "cloud_quota";
    case Station::TasksInFlight: return "tasks_in_flight";
    }
    return "";
}

double LocalModel::nStar() const
{
    if (determination != Determination::Full || kappa <= 0)
        return 0;
    return std::sqrt(std::max(0.0, 1 - sigma) / kappa);
}

Range LocalModel::stagesPerS(double n) const
{
    Range r;
    if (determination == Determination::None || n <= 0)
        return r;
    if (determination == Determination::OneLevel) {
        const double x0 = levelStagesPerS;
        // Slot time never shrinks with concurrency (σ, κ ≥ 0): more slots give at most
        // proportionally more, never less than... nothing is known below the level either.
        if (std::abs(n - level) <= 0.15 * level) {
            r = around(x0 * n / level, residualRel);
            return r;
        }
        const double lin = x0 * n / level;
        r.low = std::min(x0, lin);
        r.high = std::max(x0, lin);
        r.value = 0.5 * (r.low + r.high);
        r.extrapolated = true;
        return r;
    }
    const double c0 = s1Ms / 1000, c1 = sigma * c0, c2 = kappa * c0;
    const double g[3] = {1, n - 1, n * (n - 1)};
    const double s = c0 + c1 * g[1] + c2 * g[2];
    double var = 0;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            var += g[i] * g[j] * cov[i * 3 + j];
    double rel = std::max(kMinRelSe, std::sqrt(std::max(0.0, var)) / s);
    const bool beyond = n > nMax * 1.15 || n < nMin / 1.15;
    if (beyond)
        rel *= std::max(n / nMax, nMin / n);   // the interval widens with the reach
    r = around(n / s, rel);
    if (determination == Determination::Partial && n > nMax * 1.15) {
        // Coherency (κ) is not known: beyond the data the USL may already bend down. The
        // interval runs from the best level measured to the contention-only curve.
        const double atMax = nMax / (c0 + c1 * (nMax - 1));
        r.low = std::min(r.low, atMax);
        r.value = 0.5 * (r.low + r.high);
    }
    r.extrapolated = beyond;
    return r;
}

Range CloudModel::callMs(double batch) const
{
    Range r;
    if (determination == Determination::None || batch <= 0)
        return r;
    if (determination == Determination::OneLevel) {
        if (std::abs(batch - level) <= 0.15 * level)
            return around(levelCallMs, residualRel);
        // T(B) = a + b·B with a, b ≥ 0: T grows with B, at most in proportion.
        const double prop = levelCallMs * batch / level;
        r.low = std::min(levelCallMs, prop);
        r.high = std::max(levelCallMs, prop);
        r.value = 0.5 * (r.low + r.high);
        r.extrapolated = true;
        return r;
    }
    const double t = aMs + bMs * batch;
    const double var = cov[0] + 2 * batch * cov[1] + batch * batch * cov[3];
    double rel = t > 0 ? std::max(kMinRelSe, std::sqrt(std::max(0.0, var)) * 1000 / t) : 1;
    const bool beyond = batch > batchMax * 1.15 || batch < batchMin / 1.15;
    if (beyond)
        rel *= std::max(batch / batchMax, batchMin / batch);
    r = around(t, rel);
    r.extrapolated = beyond;
    return r;
}

Prediction CapacityModels::predict(const model::KnobSettings& k) const
{
    Prediction p;
    if (!demand.known || local.determination == Determination::None)
        return p;
    const double s = std::clamp(k.bulkLocalShare, 0.0, 1.0);
    const double perTaskLocal = demand.localFixedPerTask + s * demand.bulkPerTask;
    const double perTaskCloud = (1 - s) * demand.bulkPerTask;
    const Range inf{kInf, kInf, kInf, false};
    std::array<Range, 4>& st = p.stations;
    st.fill(inf);

    Range localX;
    if (perTaskLocal > 1e-6) {
        localX = local.stagesPerS(k.localLimit);
        st[0] = Range{localX.value / perTaskLocal, localX.low / perTaskLocal, localX.high / perTaskLocal,
                      localX.extrapolated};
        if (localX.extrapolated && local.determination != Determination::Full)
            p.undetermined = true;
    }
    Range call;
    if (perTaskCloud > 1e-6) {
        if (cloud.determination == Determination::None)
            return p;
        const double b = std::max<std::uint32_t>(1, k.cloudBatch);
        call = cloud.callMs(b);
        const double perSlot = b / perTaskCloud * 1000;   // tasks/s one slot carries per ms of call
        st[1] = Range{k.cloudLimit * perSlot / call.value, k.cloudLimit * perSlot / call.high,
                      k.cloudLimit * perSlot / call.low, call.extrapolated};
        if (call.extrapolated && cloud.determination != Determination::Full)
            p.undetermined = true;
        if (cloud.quotaSeen) {
            const double q = cloud.quotaPerS;
            const double qs = std::max(cloud.quotaPerSSe, kMinRelSe * q);
            st[2] = Range{q * b / perTaskCloud, (q - kZ * qs) * b / perTaskCloud, (q + kZ * qs) * b / perTaskCloud,
                          false};
        } else {
            // No 429 yet: the quota is at least the best call rate seen, and nothing more is known.
            const double needCalls = k.cloudLimit * 1000 / call.value;
            if (needCalls > cloud.maxCallsPerS * 1.1) {
                st[2] = Range{kInf, cloud.maxCallsPerS * b / perTaskCloud, kInf, true};
                p.undetermined = true;
            }
        }
    }
    // Little's law: no task is shorter than its stages one after another plus one bulk round.
    if (demand.tasksInFlight > 0) {
        double minTaskS = 0;
        if (local.s1Ms > 0)
            minTaskS += demand.localFixedPerTask * local.s1Ms / 1000;
        else if (localX.value > 0)
            minTaskS += demand.localFixedPerTask * k.localLimit / localX.value;
        if (perTaskCloud > 1e-6 && call.value > 0)
            minTaskS += call.value / 1000;
        if (minTaskS > 0) {
            const double x = demand.tasksInFlight / minTaskS;
            st[3] = Range{x, x * 0.8, x * 1.2, false};
        }
    }
    double best = kInf, low = kInf, high = kInf;
    bool extrapolated = false;
    for (int i = 0; i < 4; ++i) {
        if (st[i].value < best) {
            best = st[i].value;
            p.binding = static_cast<Station>(i + 1);
        }
        low = std::min(low, st[i].low);
        high = std::min(high, st[i].high);
        extrapolated = extrapolated || (st[i].extrapolated && st[i].value < kInf);
    }
    if (!(best < kInf))
        return p;
    p.valid = true;
    p.tasksPerS = Range{best, std::min(low, best), std::max(std::min(high, kInf), best), extrapolated};
    // p99 = N / X + the tail of the readings of the same regime. 429s come back when the quota
    // binds (the slots would send more calls than it passes); whether they do is not known while
    // the quota is not and the predicted throughput sends more calls than were ever measured.
    bool regimeKnown = true;
    if (perTaskCloud > 1e-6) {
        const double callsPerS = best * perTaskCloud / std::max<std::uint32_t>(1, k.cloudBatch);
        if (cloud.quotaSeen)
            p.throttled = p.binding == Station::CloudQuota;
        else
            regimeKnown = callsPerS <= cloud.maxCallsPerS * 1.1;
    }
    const int tailWindows = p.throttled ? demand.throttledTailWindows : demand.tailWindows;
    const double tail = p.throttled ? demand.throttledTailMs : demand.tailMs;
    p.p99Undetermined = !regimeKnown || tailWindows == 0;
    if (tailWindows > 0 && demand.tasksInFlight > 0)
        p.p99Ms = demand.tasksInFlight / best * 1000 + tail;
    return p;
}

CapacityModels fitCapacityModels(const std::deque<OperatingWindow>& windows, const FitFrom& from)
{
    CapacityModels m;
    m.windows = static_cast<int>(windows.size());
    if (windows.empty())
        return m;
    m.fromUs = windows.front().fromUs;
    m.toUs = windows.back().toUs;
    m.local = fitLocal(windows, from.localUs);
    m.cloud = fitCloud(windows, from.cloudUs, from.quotaUs);
    m.demand = fitDemand(windows);
    return m;
}

FleetChange detectFleetChange(const std::deque<OperatingWindow>& windows, const FitFrom& from)
{
    FleetChange change;
    if (windows.size() < 4)
        return change;
    const std::deque<OperatingWindow> older(windows.begin(), windows.end() - 2);
    const CapacityModels before = fitCapacityModels(older, from);
    const OperatingWindow& a = windows[windows.size() - 2];
    const OperatingWindow& b = windows.back();
    // Each check: the relative deviation of both newest windows from what the older data say.
    auto sameSide = [](double x, double y) { return (x > 0.2 && y > 0.2) || (x < -0.2 && y < -0.2); };
    auto localDev = [&](const OperatingWindow& w) -> double {
        if (!w.hasServiceTime || w.localStagesPerS <= 0.5 || w.localInService <= 0)
            return 0;
        const double n = std::max(1.0, w.localInService);
        const Range x = before.local.stagesPerS(n);
        if (x.value <= 0 || x.extrapolated)
            return 0;
        return (n / w.localInService * w.localStagesPerS) / x.value - 1;
    };
    auto cloudDev = [&](const OperatingWindow& w) -> double {
        if (!w.hasServiceTime || w.cloudCallsPerS <= 0.5 || w.cloudInService <= 0)
            return 0;
        const Range t = before.cloud.callMs(w.cloudItemsPerS / w.cloudCallsPerS);
        if (t.value <= 0 || t.extrapolated)
            return 0;
        return (w.cloudInService / w.cloudCallsPerS * 1000) / t.value - 1;
    };
    auto quotaDev = [&](const OperatingWindow& w) -> double {
        if (!before.cloud.quotaSeen)
            return 0;
        const bool throttled = w.cloudThrottledPerS > std::max(0.5, 0.02 * w.cloudCallsPerS);
        const double dev = w.cloudCallsPerS / before.cloud.quotaPerS - 1;
        // Throttled at another rate, or more calls than the quota allowed without any 429.
        return throttled || dev > 0.2 ? dev : 0;
    };
    auto newQuota = [&](const OperatingWindow& w) {
        // 429s where the older data saw a higher rate pass without any: the quota dropped.
        const bool throttled = w.cloudThrottledPerS > std::max(0.5, 0.02 * w.cloudCallsPerS);
        return throttled && !before.cloud.quotaSeen && w.cloudCallsPerS < 0.8 * before.cloud.maxCallsPerS;
    };
    change.local = sameSide(localDev(a), localDev(b));
    change.cloud = sameSide(cloudDev(a), cloudDev(b));
    change.quota = sameSide(quotaDev(a), quotaDev(b)) || (newQuota(a) && newQuota(b));
    if (change.local || change.cloud || change.quota)
        change.atUs = a.fromUs;
    return change;
}

} // namespace omega::analysis
