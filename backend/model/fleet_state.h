#pragma once
// Current state of every agent in columnar arrays sized from the topology, plus fleet and pool
// roll-ups. Owned and updated by the ingest thread; readers get copies inside a FleetSnapshot.

#include "model/topology.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace omega::v1 { class Tick; class Pools; }

namespace omega::model {

// An agent's state as published (the values of omega::v1::AgentState, checked in fleet_state.cpp).
enum class AgentState : std::uint8_t { Unknown = 0, Idle = 1, Busy = 2, Waiting = 3, Failed = 4 };
constexpr std::uint8_t stateCode(AgentState s) { return static_cast<std::uint8_t>(s); }

struct AgentColumns {
    std::vector<std::uint8_t> state;          // AgentState values
    std::vector<std::uint32_t> queueDepth;
    std::vector<std::uint32_t> inFlight;
    std::vector<std::uint32_t> completed;     // cumulative, as published
    std::vector<std::uint32_t> failed;        // cumulative, as published
    std::vector<std::uint32_t> localCalls;
    std::vector<std::uint32_t> cloudCalls;
    std::vector<std::uint32_t> throttled;
    std::vector<float> latencyP50Ms;
    std::vector<float> latencyP99Ms;
    std::vector<float> cpuShare;
    std::vector<float> utilisation;
    std::vector<float> throughput;            // stages/s, smoothed (time constant ~2 s)
    std::vector<float> errorRate;             // failed stages/s, smoothed
    // Service time alone (no wait for a slot), when the publisher sends it (hasServiceTime).
    std::vector<float> serviceP50Ms;
    std::vector<float> serviceP99Ms;
    bool hasServiceTime = false;

    void resize(std::size_t n);
    std::size_t size() const { return state.size(); }
};

struct FleetTotals {
    std::uint64_t tasksArrived = 0;
    std::uint64_t tasksCompleted = 0;
    std::uint64_t tasksFailed = 0;
    std::uint64_t tasksInFlight = 0;
    double tasksPerS = 0;          // completed tasks per simulated second, over the last ~1 s
    double failedTasksPerS = 0;
    double stagesPerS = 0;         // sum of agent stage throughput
    double taskLatencyP50Ms = 0;
    double taskLatencyP99Ms = 0;
    double stageLatencyP99Ms = 0;  // 99th percentile of the agents' p99 (histogram, ~3 % buckets)
    std::uint64_t queuedStages = 0;
    std::uint64_t stagesInService = 0;
    int idleAgents = 0, busyAgents = 0, waitingAgents = 0, failedAgents = 0;
    double meanUtilisation = 0;
};

struct PoolView {
    std::string name;
    PoolKind kind = PoolKind::Other;
    std::uint32_t limit = 0, inUse = 0, waiting = 0, batchSize = 1;
    std::uint64_t completed = 0, throttled = 0;
    float latencyP50Ms = 0, latencyP99Ms = 0, utilisation = 0;
    double completedPerS = 0, throttledPerS = 0;
    // Cumulative counters added in protocol 1.1; has* is false when the publisher omits them.
    std::uint64_t serviceUsTotal = 0;   // slot-µs in service (429 waits excluded)
    std::uint64_t itemsCompleted = 0;   // items carried by completed calls (local: stages)
    bool hasServiceUs = false, hasItems = false;
};

// The orchestrator's knobs in force, as the publisher reports them with its pool states.
struct KnobSettings {
    std::uint64_t version = 0;
    std::uint32_t localLimit = 0, cloudLimit = 0, cloudBatch = 0;
    double bulkLocalShare = 0;
    bool known = false;                 // false until a publisher sent them
    bool operator==(const KnobSettings&) const = default;
};
struct KnobRanges {
    std::uint32_t maxLocalLimit = 0, maxCloudLimit = 0, maxCloudBatch = 0;
    bool known = false;
};

class FleetState {
public:
    void setTopology(TopologyPtr topology);   // resets the columns when the shape changes
    const TopologyPtr& topology() const { return m_topology; }
    // A tick that passed protocol::validate() and matches the topology's agent count.
    void applyTick(const omega::v1::Tick& tick);
    void applyPools(const omega::v1::Pools& pools);
    void reset();                              // publisher restart: counters start again

    const AgentColumns& agents() const { return m_agents; }
    const FleetTotals& totals() const { return m_totals; }
    const std::vector<PoolView>& pools() const { return m_pools; }
    const KnobSettings& knobs() const { return m_knobs; }
    const KnobRanges& knobRanges() const { return m_knobRanges; }
    std::int64_t simTimeUs() const { return m_simTimeUs; }
    std::uint64_t configVersion() const { return m_configVersion; }
    std::uint64_t ticksApplied() const { return m_ticksApplied; }

private:
    struct TaskMark { std::int64_t simUs; std::uint64_t completed; std::uint64_t failed; };
    TopologyPtr m_topology;
    AgentColumns m_agents;
    FleetTotals m_totals;
    std::vector<PoolView> m_pools;
    KnobSettings m_knobs;
    KnobRanges m_knobRanges;
    std::deque<TaskMark> m_marks;        // ~1 s of fleet counters for the task rate
    std::int64_t m_simTimeUs = 0;
    std::int64_t m_poolSimTimeUs = 0;
    std::uint64_t m_configVersion = 0;
    std::uint64_t m_ticksApplied = 0;
    bool m_haveTick = false;
    std::vector<std::uint32_t> m_histogram;
};

} // namespace omega::model
