#pragma once
// The orchestrator's operating points over time: one row per accepted pools message with the
// knobs in force and the cumulative pool and task counters. Capacity models difference these
// rows, so a row dropped in transit costs resolution, not correctness.
// Written by the ingest thread, read by the analysis thread (the pipeline guards it).

#include "model/fleet_state.h"

#include <cstdint>
#include <vector>

namespace omega::model {

struct PoolCounters {
    std::uint32_t limit = 0, batch = 1, waiting = 0, inUse = 0;
    std::uint64_t completed = 0, items = 0, throttled = 0, serviceUs = 0;
    bool present = false, hasServiceUs = false, hasItems = false;
};

struct OperatingSample {
    std::int64_t simUs = 0;
    std::uint64_t configVersion = 0;
    KnobSettings knobs;                       // known only when the publisher reports them
    PoolCounters local, cloud;
    std::uint64_t tasksCompleted = 0, tasksFailed = 0, tasksInFlight = 0;
    float taskLatencyP50Ms = 0, taskLatencyP99Ms = 0;
};

// Fixed-capacity ring, oldest dropped first.
class OperatingHistory {
public:
    explicit OperatingHistory(std::size_t capacity = 36'000);   // one hour at 10 pool states/s
    void append(const OperatingSample& sample);
    void clear();
    // Rows newer than afterSimUs, oldest first.
    std::vector<OperatingSample> since(std::int64_t afterSimUs) const;
    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const { return m_rows.capacity() * sizeof(OperatingSample); }

    // Builds the row for the pool state just applied to `fleet`.
    static OperatingSample sampleOf(const FleetState& fleet, std::int64_t simUs);

private:
    std::vector<OperatingSample> m_rows;
    std::size_t m_head = 0, m_size = 0;       // m_head: index of the oldest row
};

} // namespace omega::model
