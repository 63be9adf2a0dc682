#pragma once
// Per-agent metrics by id, and their roll-ups to domain kosha, prime kosha and team.

#include "model/fleet_state.h"

#include <array>
#include <vector>

namespace omega::model {

// Metrics a view can colour or rank agents and groups by.
enum class Metric : std::uint8_t { LatencyP99, QueueDepth, Utilisation, ErrorRate, Throughput, State, Count };
inline constexpr int kMetricCount = static_cast<int>(Metric::Count);
const char* metricKey(Metric m);          // stable id for settings and files, e.g. "latency_p99"
const char* metricUnit(Metric m);         // "ms", "stages", "%", "/s", ""

enum class Level : std::uint8_t { Team, Prime, Domain };

struct GroupStats {
    int agents = 0;
    int busy = 0, waiting = 0, failed = 0;
    float throughput = 0;     // stages/s, sum of members
    float errorRate = 0;      // failed stages/s, sum
    float queueDepth = 0;     // stages waiting, sum
    float inFlight = 0;       // stages in service, sum
    float utilisation = 0;    // mean of members, 0..1
    float latencyP99 = 0;     // mean of the p99 of members that ran work
    float latencyP99Max = 0;  // worst member
};

// A metric's value for one agent / one group, in the units of metricUnit(). Inline: the store
// builds a row from them for every group on every tick.
inline float agentValue(const AgentColumns& a, Metric m, std::size_t i)
{
    switch (m) {
    case Metric::LatencyP99: return a.latencyP99Ms[i];
    case Metric::QueueDepth: return static_cast<float>(a.queueDepth[i]);
    case Metric::Utilisation: return a.utilisation[i] * 100.0f;
    case Metric::ErrorRate: return a.errorRate[i];
    case Metric::Throughput: return a.throughput[i];
    case Metric::State: return static_cast<float>(a.state[i]);
    case Metric::Count: break;
    }
    return 0;
}

inline float groupValue(const GroupStats& g, Metric m)
{
    switch (m) {
    case Metric::LatencyP99: return g.latencyP99;
    case Metric::QueueDepth: return g.queueDepth;
    case Metric::Utilisation: return g.utilisation * 100.0f;
    case Metric::ErrorRate: return g.errorRate;
    case Metric::Throughput: return g.throughput;
    case Metric::State: // share of members not idle, as a state summary
        return g.agents ? 100.0f * static_cast<float>(g.busy + g.waiting) / static_cast<float>(g.agents) : 0.0f;
    case Metric::Count: break;
    }
    return 0;
}

struct Rollups {
    std::vector<GroupStats> teams, primes, domains;
    const std::vector<GroupStats>& at(Level l) const
    {
        return l == Level::Team ? teams : l == Level::Prime ? primes : domains;
    }
};

Rollups computeRollups(const Topology& topo, const AgentColumns& agents);

} // namespace omega::model
