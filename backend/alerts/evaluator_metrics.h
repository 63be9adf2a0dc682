#pragma once
// Internal to the alert evaluator: the metrics a rule can read, as codes, and how to read each one
// from the agent columns, a roll-up group, a pool and the fleet totals. Not for other parts.

#include "alerts/rule.h"
#include "model/fleet_state.h"
#include "model/rollup.h"
#include "protocol/telemetry.pb.h"

#include <algorithm>

namespace omega::alerts::detail {

// Codes below model::kMetricCount are the model's metrics (agent and group scopes); the rest are
// the metrics only rules read.
enum Metric : int {
    // agent and group scopes, besides the model's metrics
    MFailedAgents = model::kMetricCount,
    // pool
    PInUse, PWaiting, PUtil, PThrottled, PLatencyP99, PCompleted,
    // fleet
    FTasksPerS, FFailedPerS, FTaskP99, FTaskP50, FInFlight, FQueued, FFailedAgents,
    MetricCount
};
constexpr int MLatencyP99 = static_cast<int>(model::Metric::LatencyP99);
constexpr int MQueue = static_cast<int>(model::Metric::QueueDepth);
constexpr int MUtil = static_cast<int>(model::Metric::Utilisation);
constexpr int MErrorRate = static_cast<int>(model::Metric::ErrorRate);
constexpr int MThroughput = static_cast<int>(model::Metric::Throughput);
constexpr int kScopeCount = 6;

// A rule's metric name (one of metricsFor(scope)) as its code.
inline int metricCode(ScopeKind scope, const QString& name)
{
    const auto names = metricsFor(scope);
    const auto it = std::find(names.begin(), names.end(), name);
    const int k = it == names.end() ? 0 : static_cast<int>(it - names.begin());
    if (scope == ScopeKind::Pool)
        return PInUse + k;
    if (scope == ScopeKind::Fleet)
        return FTasksPerS + k;
    if (name == QLatin1String(kFailedAgentsKey))
        return MFailedAgents;
    const model::Metric m = model::metricByKey(name.toStdString());
    return m == model::Metric::Count ? MLatencyP99 : static_cast<int>(m);
}

inline double agentValue(const model::AgentColumns& a, int m, std::size_t i)
{
    if (m == MFailedAgents)
        return a.state[i] == omega::v1::AGENT_STATE_FAILED ? 1.0 : 0.0;
    return m < model::kMetricCount ? model::agentReading(a, static_cast<model::Metric>(m), i) : 0.0;
}

inline double groupValue(const model::GroupStats& g, int m)
{
    if (m == MFailedAgents)
        return g.failed;
    return m < model::kMetricCount ? model::groupReading(g, static_cast<model::Metric>(m)) : 0.0;
}

inline double poolValue(const model::PoolView& p, int m)
{
    switch (m) {
    case PInUse: return p.inUse;
    case PWaiting: return p.waiting;
    case PUtil: return p.utilisation * 100.0;
    case PThrottled: return p.throttledPerS;
    case PLatencyP99: return p.latencyP99Ms;
    case PCompleted: return p.completedPerS;
    default: return 0;
    }
}

inline double fleetValue(const model::FleetTotals& f, int m)
{
    switch (m) {
    case FTasksPerS: return f.tasksPerS;
    case FFailedPerS: return f.failedTasksPerS;
    case FTaskP99: return f.taskLatencyP99Ms;
    case FTaskP50: return f.taskLatencyP50Ms;
    case FInFlight: return static_cast<double>(f.tasksInFlight);
    case FQueued: return static_cast<double>(f.queuedStages);
    case FFailedAgents: return f.failedAgents;
    default: return 0;
    }
}

} // namespace omega::alerts::detail
