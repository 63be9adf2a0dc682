#pragma once
// Keeps the operating windows across analysis cycles (the analysis thread owns it), follows the
// pipeline's operating history, drops what a fleet change made stale, refits the capacity models
// and asks the recommender. One call per cycle.

#include "analysis/recommender.h"
#include "model/ingest_pipeline.h"

namespace omega::analysis {

class CapacityTracker {
public:
    struct Options {
        WindowBuilder::Options windows;
        RecommenderOptions recommender;
    };
    CapacityTracker() : CapacityTracker(Options{}) {}
    explicit CapacityTracker(Options options) : m_options(options), m_builder(options.windows) {}

    CapacityReportPtr update(const model::IngestPipeline& pipeline, const model::FleetSnapshot& snapshot);
    // The same from rows already read: `generation` as operatingSamples() gave it.
    CapacityReportPtr update(const std::vector<model::OperatingSample>& rows, std::uint64_t generation,
                             const model::KnobRanges& ranges);
    void setSloP99Ms(double ms) { m_options.recommender.sloP99Ms = ms; }

private:
    Options m_options;
    WindowBuilder m_builder;
    std::uint64_t m_generation = 0;
    std::int64_t m_after = -1;
    std::int64_t m_changedAtUs = -1;
    FitFrom m_fitFrom;   // per model: data before a change of that part of the fleet are not used
};

} // namespace omega::analysis
