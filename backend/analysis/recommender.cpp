#include "analysis/recommender.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace omega::analysis {

std::vector<const char*> Recommendation::changedKnobs() const
{
    std::vector<const char*> out;
    if (from.localLimit != to.localLimit)
        out.push_back("local_limit");
    if (from.cloudLimit != to.cloudLimit)
        out.push_back("cloud_limit");
    if (from.cloudBatch != to.cloudBatch)
        out.push_back("cloud_batch");
    if (std::abs(from.bulkLocalShare - to.bulkLocalShare) > 1e-6)
        out.push_back("bulk_local_share");
    return out;
}

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::uint32_t stepToward(std::uint32_t now, double target, double factor, std::uint32_t maxValue)
{
    const double t = std::clamp(target, 1.0, static_cast<double>(maxValue));
    double next = t;
    if (t > now)
        next = std::min(t, std::floor(now * factor));
    else if (t < now)
        next = std::max(t, std::ceil(now / factor));
    return static_cast<std::uint32_t>(std::clamp(std::llround(next), 1LL, static_cast<long long>(maxValue)));
}

// One bounded step: aim at `stepFactor` times the throughput predicted now and move every knob
// whose station would hold that back, each by at most `stepFactor`. Returns the same knobs when
// nothing the knobs can do helps.
model::KnobSettings nextStep(const CapacityModels& m, const model::KnobSettings& k, const Prediction& p,
                             const KnobLimits& lim, const RecommenderOptions& opt)
{
    model::KnobSettings n = k;
    const double aim = p.tasksPerS.value * opt.stepFactor;
    const double s = std::clamp(k.bulkLocalShare, 0.0, 1.0);
    const double perTaskLocal = m.demand.localFixedPerTask + s * m.demand.bulkPerTask;
    const double perTaskCloud = (1 - s) * m.demand.bulkPerTask;

    // Local pool: the fewest slots that carry the aim, never past the USL optimum.
    if (p.stations[0].value < aim * 1.05 && perTaskLocal > 0) {
        const double nStar = m.local.nStar();
        double target = static_cast<double>(k.localLimit) * opt.stepFactor;
        if (m.local.determination == Determination::Full) {
            const double cap = nStar > 0 ? std::round(nStar) : static_cast<double>(lim.maxLocalLimit);
            target = cap;
            for (double c = 1; c <= cap; ++c)
                if (m.local.stagesPerS(c).value / perTaskLocal >= aim) {
                    target = c;
                    break;
                }
        }
        n.localLimit = stepToward(k.localLimit, target, opt.stepFactor, lim.maxLocalLimit);
    }
    if (perTaskCloud > 0) {
        // Quota: the provider passes Q calls/s; more items per call carry more work through it.
        if (m.cloud.quotaSeen && p.stations[2].value < aim * 1.05 && m.cloud.quotaPerS > 0) {
            const double targetB = std::ceil(aim * perTaskCloud / m.cloud.quotaPerS * 1.05);
            n.cloudBatch = stepToward(k.cloudBatch, std::max(targetB, static_cast<double>(k.cloudBatch) + 1),
                                      opt.stepFactor, lim.maxCloudBatch);
        }
        // Cloud slots: enough calls in service for the aim, and no more than the quota keeps busy
        // (slots beyond quota × call time only collect 429s).
        const double callMs = m.cloud.callMs(std::max<std::uint32_t>(1, n.cloudBatch)).value;
        if (callMs > 0) {
            double target = std::ceil(aim * perTaskCloud / n.cloudBatch * callMs / 1000 * 1.05);
            if (m.cloud.quotaSeen)
                target = std::min(target, std::ceil(m.cloud.quotaPerS * callMs / 1000 * 1.05));
            if (target > k.cloudLimit || m.cloud.quotaSeen)
                n.cloudLimit = stepToward(k.cloudLimit, target, opt.stepFactor, lim.maxCloudLimit);
        }
    }
    return n;
}

double confidenceOf(const Prediction& p)
{
    if (!p.valid || p.tasksPerS.value <= 0)
        return 0;
    const Range& r = p.tasksPerS;
    const double half = (std::min(r.high, r.value * 3) - r.low) / 2 / r.value;
    double c = 1 - half;
    if (p.undetermined)
        c *= 0.6;
    if (r.extrapolated)
        c *= 0.8;
    return std::clamp(c, 0.05, 0.95);
}

int riskOf(const Prediction& p, double measuredP99Ms, double sloMs)
{
    if (!p.valid || p.undetermined)
        return 3;
    if (p.p99Ms > sloMs && p.p99Ms > measuredP99Ms)
        return 3;
    if (p.p99Ms > measuredP99Ms * 1.05 || p.tasksPerS.extrapolated)
        return 2;
    return 1;
}

Recommendation build(const CapacityModels& m, const model::KnobSettings& from, const model::KnobSettings& to,
                     Station answers, double measuredX, double measuredP99, const RecommenderOptions& opt)
{
    Recommendation r;
    r.from = from;
    r.to = to;
    r.to.version = from.version;
    r.answers = answers;
    r.measuredTasksPerS = measuredX;
    r.measuredP99Ms = measuredP99;
    r.predicted = m.predict(to);
    r.kind = r.predicted.undetermined ? RecommendationKind::Experiment : RecommendationKind::Tune;
    r.confidence = confidenceOf(r.predicted);
    r.risk = riskOf(r.predicted, measuredP99, opt.sloP99Ms);
    r.sloP99Ms = opt.sloP99Ms;
    return r;
}

} // namespace

std::vector<Recommendation> recommend(const CapacityModels& m, const model::KnobSettings& current,
                                      double measuredX, double measuredP99, const KnobLimits& lim,
                                      const RecommenderOptions& opt)
{
    std::vector<Recommendation> out;
    const Prediction now = m.predict(current);
    if (!now.valid)
        return out;   // the models cannot answer yet: no recommendation without a predicted impact
    // Walk the plan: each step relieves what binds at the previous one.
    std::vector<PlanStep> plan;
    model::KnobSettings k = current;
    Prediction p = now;
    for (int i = 0; i < opt.maxSteps; ++i) {
        const model::KnobSettings n = nextStep(m, k, p, lim, opt);
        if (n == k)
            break;
        const Prediction q = m.predict(n);
        if (!q.valid || q.tasksPerS.value < p.tasksPerS.value * (1 + opt.minGain))
            break;
        plan.push_back(PlanStep{n, q});
        if (q.undetermined)
            break;   // past an experiment the models know nothing yet: re-plan once it has run
        k = n;
        p = q;
    }
    if (plan.empty())
        return out;
    const model::KnobSettings first = plan.front().knobs;
    Recommendation main = build(m, current, first, now.binding, measuredX, measuredP99, opt);
    main.plan = plan;
    const Prediction& end = plan.back().prediction;
    main.sloReachable = end.p99Ms <= 0 || end.p99Ms <= opt.sloP99Ms;
    out.push_back(main);
    // Alternatives: each knob of the first step alone, so a person can take part of it.
    const auto changed = main.changedKnobs();
    if (changed.size() > 1) {
        for (const char* knob : changed) {
            model::KnobSettings one = current;
            const std::string key = knob;
            if (key == "local_limit")
                one.localLimit = first.localLimit;
            else if (key == "cloud_limit")
                one.cloudLimit = first.cloudLimit;
            else if (key == "cloud_batch")
                one.cloudBatch = first.cloudBatch;
            else
                one.bulkLocalShare = first.bulkLocalShare;
            Recommendation alt = build(m, current, one, now.binding, measuredX, measuredP99, opt);
            if (alt.predicted.valid && alt.predicted.tasksPerS.value > now.tasksPerS.value * (1 + opt.minGain)) {
                alt.plan = {PlanStep{one, alt.predicted}};
                alt.sloReachable = main.sloReachable;
                out.push_back(alt);
            }
        }
    }
    std::stable_sort(out.begin() + 1, out.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.predicted.tasksPerS.value > b.predicted.tasksPerS.value;
    });
    return out;
}

} // namespace omega::analysis
