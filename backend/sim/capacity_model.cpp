#include "sim/capacity_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace omega::sim {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

double callMs(const CapacityInputs& in, double batch)
{
    return in.cloudCallBaseMs + in.cloudCallPerItemMs * batch;
}

struct Station {
    double demand;     // per task of slowdown 1 (seconds of a slot, or calls)
    bool scales;       // demand grows with the class slowdown
    double capacity;   // slots, or calls/s
};
} // namespace

double uslStagesPerS(const CapacityInputs& in, double n)
{
    const double usl = 1.0 + in.uslSigma * (n - 1) + in.uslKappa * n * (n - 1);
    return n * 1000.0 / (in.localServiceMs * usl);
}

double capacityThroughput(const CapacityInputs& in, const KnobConfig& cfg)
{
    const double share = std::clamp(cfg.bulkLocalShare, 0.0, 1.0);
    const double batch = std::max<std::uint32_t>(1, cfg.cloudBatch);
    const double n = std::max<std::uint32_t>(1, cfg.localLimit);
    const double localPerTask = in.localStagesPerTask + share * in.bulkItemsPerTask;
    const double callsPerTask = (1.0 - share) * in.bulkItemsPerTask / batch;
    const double callS = callMs(in, batch) / 1000.0;

    Station st[3];
    int ns = 0;
    if (localPerTask > 0)   // n slots, each stage holds one for n / X(n) seconds
        st[ns++] = {localPerTask * n / uslStagesPerS(in, n), true, n};
    if (callsPerTask > 0) {
        st[ns++] = {callsPerTask * callS, true, double(std::max<std::uint32_t>(1, cfg.cloudLimit))};
        st[ns++] = {callsPerTask, false, in.cloudQuotaPerS};
    }

    // Shortest possible task: its stages in sequence, then its slowest bulk item.
    double bulkMs = 0;
    if (in.bulkItemsPerTask > 0) {
        if (share > 0)
            bulkMs = std::max(bulkMs, in.localServiceMs);
        // Unqueued, a task's cloud items leave together in calls of at most its own item count.
        if (share < 1)
            bulkMs = std::max(bulkMs, callMs(in, std::min(batch, std::max(1.0, std::ceil((1.0 - share) * in.bulkItemsPerTask)))));
    }
    const double minTaskS = (in.localStagesPerTask * in.localServiceMs + bulkMs) / 1000.0;

    // Closed loop: every class keeps its tasks in flight, so X_c = N_c / (W + slow_c * minTask), with
    // W the queueing delay all classes share at the bottleneck. Find the smallest W that no station
    // exceeds; a slow class then completes fewer tasks, as in the simulation.
    auto classRate = [&](const TaskClass& c, double w) {
        const double z = c.slow * minTaskS + w;
        return z > 0 ? c.tasksInFlight / z : kInf;
    };
    auto overload = [&](double w) {
        double worst = 0;
        for (int j = 0; j < ns; ++j) {
            double load = 0;
            for (const TaskClass& c : in.classes)
                load += classRate(c, w) * st[j].demand * (st[j].scales ? c.slow : 1.0);
            worst = std::max(worst, load / st[j].capacity);
        }
        return worst;
    };
    auto total = [&](double w) {
        double x = 0;
        for (const TaskClass& c : in.classes)
            x += classRate(c, w);
        return x;
    };

    if (in.classes.size() == 1) {
        // One class: the bottleneck's capacity, or Little's law when nothing saturates.
        const TaskClass& c = in.classes.front();
        double x = minTaskS > 0 ? c.tasksInFlight / (c.slow * minTaskS) : kInf;
        for (int j = 0; j < ns; ++j)
            x = std::min(x, st[j].capacity / (st[j].demand * (st[j].scales ? c.slow : 1.0)));
        return x;
    }
    if (overload(0) <= 1.0)
        return total(0);
    double lo = 0, hi = std::max(1e-3, minTaskS);
    while (overload(hi) > 1.0 && hi < 1e9)
        hi *= 2;
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        (overload(mid) > 1.0 ? lo : hi) = mid;
    }
    return total(hi);
}

CapacityBound capacityBound(const CapacityInputs& in)
{
    // More local throughput never hurts and slowdowns scale it evenly: the USL peak is the best n.
    std::uint32_t bestN = 1;
    double bestX = 0;
    for (std::uint32_t n = 1; n <= in.bounds.maxLocalLimit; ++n) {
        const double x = uslStagesPerS(in, n);
        if (x > bestX * (1 + 1e-12)) {
            bestX = x;
            bestN = n;
        }
    }
    CapacityBound best;
    KnobConfig k;
    k.localLimit = bestN;
    k.cloudLimit = in.bounds.maxCloudLimit;
    for (int step = 0; step <= 20; ++step) {
        k.bulkLocalShare = step / 20.0;
        for (std::uint32_t b = 1; b <= in.bounds.maxCloudBatch; ++b) {
            k.cloudBatch = b;
            const double x = capacityThroughput(in, k);
            if (x > best.tasksPerS * (1 + 1e-3)) {   // a bigger knob value must earn its latency
                best.tasksPerS = x;
                best.config = k;
            }
        }
    }
    // Cloud slots: at least enough to carry the quota (L = lambda * W), and never fewer than reach the bound.
    KnobConfig c = best.config;
    std::uint32_t lo = 1, hi = in.bounds.maxCloudLimit;
    while (lo < hi) {
        c.cloudLimit = (lo + hi) / 2;
        if (capacityThroughput(in, c) >= best.tasksPerS * (1 - 1e-9))
            hi = c.cloudLimit;
        else
            lo = c.cloudLimit + 1;
    }
    double meanSlow = 0, tasks = 0;
    for (const TaskClass& cl : in.classes) {
        meanSlow += cl.slow * cl.tasksInFlight;
        tasks += cl.tasksInFlight;
    }
    meanSlow = tasks > 0 ? meanSlow / tasks : 1.0;
    const double littleLimit = std::ceil(in.cloudQuotaPerS * callMs(in, c.cloudBatch) * meanSlow / 1000.0 - 1e-9);
    c.cloudLimit = std::uint32_t(std::clamp(std::max(double(lo), littleLimit), 1.0, double(in.bounds.maxCloudLimit)));
    best.config = c;
    return best;
}

} // namespace omega::sim
