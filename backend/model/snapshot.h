#pragma once
// Immutable views handed from the ingest thread to readers (GUI, analysis, status line).

#include "model/fleet_state.h"
#include "model/rollup.h"
#include "model/sequence_tracker.h"
#include "protocol/codec_types.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace omega::model {

struct IngestStats {
    std::array<std::uint64_t, protocol::kTopicCount> messages{};      // accepted, per topic
    std::array<std::uint64_t, protocol::kDecodeErrorCount> rejected{}; // per DecodeError
    std::uint64_t rejectedTotal = 0;
    std::uint64_t bytes = 0;
    SequenceTracker::Counters sequence;
    std::uint64_t ticksApplied = 0;
    std::uint64_t ticksWithoutTopology = 0;   // dropped while waiting for a matching topo
    std::uint64_t agentSamples = 0;           // agents x ticks applied
    double messagesPerS = 0;                  // wall-clock rates over the last second
    double agentSamplesPerS = 0;
    bool ratesMeasured = false;               // false until the first whole second was counted
    double lastLatencyMs = 0;                 // receive wall time - publish wall time, last tick
    std::int64_t lastMessageWallUs = 0;
    std::string publisherId;
    std::uint64_t epoch = 0;
    std::string lastRejection;                // human-readable, for the status bar
};

struct EventRecord {
    std::int64_t simTimeUs = 0;
    int severity = 0;                         // omega::v1::Severity
    std::string kind, scope, text;
};

struct FleetSnapshot {
    std::uint64_t serial = 0;                 // increases with every published snapshot
    std::int64_t builtWallUs = 0;
    TopologyPtr topology;                     // null until a topo arrived
    AgentColumns agents;
    Rollups rollups;                          // per team / prime / domain, same order as the topology
    FleetTotals totals;
    std::vector<PoolView> pools;
    KnobSettings knobs;                       // as the publisher reports them (known = false if not)
    KnobRanges knobRanges;
    std::vector<EventRecord> recentEvents;    // newest last, bounded
    IngestStats stats;
    std::int64_t simTimeUs = 0;
    std::uint64_t configVersion = 0;
};

using SnapshotPtr = std::shared_ptr<const FleetSnapshot>;

} // namespace omega::model
