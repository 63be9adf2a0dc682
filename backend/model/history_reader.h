#pragma once
// What a view may ask of the recorded history: read-only queries that copy a window of the store
// out (the store's mutex is held only for the copy) and may be called from any thread. Views get a
// `const HistoryReader*`; they never change what is recorded. Choosing which agent's history is
// kept is an intent the view emits and the application forwards to the ingest pipeline.
//
// Implemented by IngestPipeline, for every source alike (live, replay, embedded simulator).

#include "model/rollup.h"
#include "model/timeseries_store.h"

#include <cstdint>
#include <vector>

namespace omega::model {

// Columns of the "fleet" series table.
enum class FleetSeries : int {
    TasksPerS, FailedTasksPerS, StagesPerS, TaskLatencyP50Ms, TaskLatencyP99Ms, StageLatencyP99Ms,
    TasksInFlight, QueuedStages, BusyAgents, MeanUtilisation, Count
};

class HistoryReader {
public:
    virtual ~HistoryReader() = default;

    // One fleet-wide series over [fromUs, toUs] (simulated time) at a resolution.
    virtual std::vector<SeriesPoint> fleetSeries(FleetSeries column, Resolution res, std::int64_t fromUs,
                                                 std::int64_t toUs) const = 0;
    // The finest resolution that covers spanUs in at most maxPoints buckets and is still kept.
    virtual Resolution pickFleetResolution(std::int64_t spanUs, int maxPoints) const = 0;
    // The resolution a level's history is kept at for a wanted one: the same, or the next coarser
    // one when the level does not keep it (domains are kept from one-second buckets up).
    virtual Resolution groupResolution(ScopeKind level, Resolution wanted) const = 0;
    // History of one group (team / prime / domain index) ...
    virtual std::vector<SeriesPoint> groupSeries(ScopeKind level, int group, Metric metric, Resolution res,
                                                 std::int64_t fromUs, std::int64_t toUs) const = 0;
    // ... or of every group of a level at once (group x time).
    virtual SeriesTable::Matrix groupMatrix(ScopeKind level, Metric metric, Resolution res, std::int64_t fromUs,
                                            std::int64_t toUs) const = 0;
    // The agent whose history is being kept (-1: none), and that history; empty until the agent
    // last asked for has samples.
    virtual int watchedAgent() const = 0;
    virtual std::vector<SeriesPoint> watchedAgentSeries(Metric metric, Resolution res, std::int64_t fromUs,
                                                        std::int64_t toUs) const = 0;

protected:
    HistoryReader() = default;
    HistoryReader(const HistoryReader&) = default;
    HistoryReader& operator=(const HistoryReader&) = default;
};

} // namespace omega::model
