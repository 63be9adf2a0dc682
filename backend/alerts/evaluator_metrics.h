#pragma once
// Internal to the alert evaluator: the metrics a rule can read, as codes, and how to read each one
// from the agent columns, a roll-up group, a pool and the fleet totals. Not for other parts.

#include "alerts/rule.h"
#include "model/fleet_state.h"
#include "model/rollup.h"
#include "protocol/telemetry.pb.h"

#include <algorithm>

namespace omega::alerts::detail {

enum Metric : int {
    // agent and group scopes
    MLatencyP99, MQueue, MUtil, MErrorRate, MThroughput, MFailedAgents,
    // pool
    PInUse, PWaiting, PUtil, PThrottled, PLatencyP99, PCompleted,
    // fleet
    FTasksPerS, FFailedPerS, FTaskP99, FTaskP50, FInFlight, FQueued, FFailedAgents,
    MetricCount
};
constexpr int kScopeCount = 6;

// A rule's metric name (one of metricsFor(scope)) as its code.
inline int metricCode(ScopeLevel scope, const QString& name)
{
    const auto names = metricsFor(scope);
    const auto it = std::find(names.begin(), names.end(), name);
    const int k = it == names.end() ? 0 : static_cast<int>(it - names.begin());
    if (scope == ScopeLevel::Pool)
        return PInUse + k;
    if (scope == ScopeLevel::Fleet)
        return FTasksPerS + k;
    return MLatencyP99 + k;
}

inline double agentValue(const model::AgentColumns& a, int m, std::size_t i)
{
    switch (m) {
    case MLatencyP99: return a.latencyP99Ms[i];
    case MQueue: return a.queueDepth[i];
    case MUtil: return a.utilisation[i] * 100.0;
    case MErrorRate: return a.errorRate[i];
    case MThroughput: return a.throughput[i];
    case MFailedAgents: return a.state[i] == omega::v1::AGENT_STATE_FAILED ? 1.0 : 0.0;
    default: return 0;
    }
}

inline double groupValue(const model::GroupStats& g, int m)
{
    switch (m) {
    case MLatencyP99: return g.latencyP99;
    case MQueue: return g.queueDepth;
    case MUtil: return g.utilisation * 100.0;
    case MErrorRate: return g.errorRate;
    case MThroughput: return g.throughput;
    case MFailedAgents: return g.failed;
    default: return 0;
    }
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
