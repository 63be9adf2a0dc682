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
    const double localPerTask = in.localStagesPerTask + share * in.bulkItemsPerTask;
    const double cloudPerTask = (1.0 - share) * in.bulkItemsPerTask;

    const double local = localPerTask > 0 ? uslStagesPerS(in, std::max<std::uint32_t>(1, cfg.localLimit)) / localPerTask : kInf;

    double cloud = kInf;
    if (cloudPerTask > 0) {
        const double slotCalls = std::max<std::uint32_t>(1, cfg.cloudLimit) * 1000.0 / callMs(in, batch);
        cloud = std::min(slotCalls, in.cloudQuotaPerS) * batch / cloudPerTask;
    }

    // Little's law: no task finishes faster than its stages in sequence plus its slowest bulk item.
    double bulkMs = 0;
    if (in.bulkItemsPerTask > 0) {
        if (share > 0)
            bulkMs = std::max(bulkMs, in.localServiceMs);
        if (share < 1)
            bulkMs = std::max(bulkMs, callMs(in, batch));
    }
    const double minTaskMs = in.localStagesPerTask * in.localServiceMs + bulkMs;
    const double little = minTaskMs > 0 ? in.tasksInFlight * 1000.0 / minTaskMs : kInf;

    return std::min({local, cloud, little});
}

CapacityBound capacityBound(const CapacityInputs& in)
{
    // The local optimum does not depend on the other knobs: find it once.
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
            if (x > best.tasksPerS * (1 + 1e-9)) {
                best.tasksPerS = x;
                best.config = k;
            }
        }
    }
    // Enough cloud slots to carry the quota (L = lambda * W), unless fewer already reach the bound.
    KnobConfig c = best.config;
    const double w = callMs(in, c.cloudBatch) / 1000.0;
    const std::uint32_t need = std::uint32_t(std::clamp(std::ceil(in.cloudQuotaPerS * w - 1e-9), 1.0, double(in.bounds.maxCloudLimit)));
    c.cloudLimit = need;
    if (capacityThroughput(in, c) >= best.tasksPerS * (1 - 1e-9))
        best.config = c;
    return best;
}

} // namespace omega::sim
