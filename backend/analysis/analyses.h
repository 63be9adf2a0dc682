#pragma once
// The analyses, as pure functions of a snapshot and its recent history, so each can be tested
// with known inputs and run on any thread. The engine (engine.h) gathers the input and runs them.

#include "analysis/finding.h"
#include "model/ingest_pipeline.h"
#include "model/snapshot.h"

#include <atomic>

namespace omega::analysis {

struct AnalysisInput {
    model::SnapshotPtr snapshot;
    std::int64_t outlierWindowUs = 30'000'000;
    // Mean p99 stage latency of each domain / team per second over the outlier window.
    model::SeriesTable::Matrix domainLatency, teamLatency;
    // Fleet series at 1 s over the change-point window.
    std::vector<model::SeriesPoint> tasksPerS, taskLatencyP99;
};

struct AnalysisOptions {
    std::int64_t outlierWindowUs = 30'000'000;
    std::int64_t changeWindowUs = 600'000'000;
};

// Reads what the analyses need from the pipeline's store (thread-safe queries).
AnalysisInput gatherInput(const model::IngestPipeline& pipeline, model::SnapshotPtr snapshot,
                          const AnalysisOptions& options = {});

// A full pool with a queue: Little's law gives the time work waits for it.
std::vector<Finding> poolSaturation(const model::FleetSnapshot& snapshot);
// Domains and teams whose p99 latency is far above their peers' (robust z from median and MAD).
std::vector<Finding> latencyOutliers(const AnalysisInput& input);
// The single most significant step in a series, if it is a step and not a trend.
std::vector<Finding> changePoints(const std::vector<model::SeriesPoint>& series, const QString& metric);

// The provider's quota binds: 429s come back at a steady call rate (the quota estimate).
std::vector<Finding> throttling(const CapacityReport& capacity, const model::FleetSnapshot& snapshot);

// The median of the values (0 when there are none).
double median(std::vector<double> values);

// Orders findings: severity first, then score.
void rankFindings(std::vector<Finding>& findings);

// All of the above, most important first; stops early (empty result) when `cancelled` is set.
std::vector<Finding> analyse(const AnalysisInput& input, const std::atomic<bool>* cancelled = nullptr);

} // namespace omega::analysis
