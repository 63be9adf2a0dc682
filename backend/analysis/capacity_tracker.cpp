#include "analysis/capacity_tracker.h"

namespace omega::analysis {

CapacityReportPtr CapacityTracker::update(const model::IngestPipeline& pipeline, const model::FleetSnapshot& snapshot)
{
    std::uint64_t generation = 0;
    const std::vector<model::OperatingSample> rows = pipeline.operatingSamples(m_after, &generation);
    if (generation != m_generation) {
        // The history restarted (seek, publisher restart): the rows after m_after are not ours.
        return update(pipeline.operatingSamples(-1, &generation), generation, snapshot.knobRanges);
    }
    return update(rows, generation, snapshot.knobRanges);
}

CapacityReportPtr CapacityTracker::update(const std::vector<model::OperatingSample>& rows, std::uint64_t generation,
                                          const model::KnobRanges& ranges)
{
    if (generation != m_generation) {
        m_builder.clear();
        m_generation = generation;
        m_changedAtUs = -1;
        m_fitFrom = {};
    }
    if (!rows.empty())
        m_after = rows.back().simUs;
    else if (m_builder.lastSampleUs() < 0)
        m_after = -1;
    if (m_builder.add(rows) > 0) {
        // A fleet that changed under its knobs (capacity lost, quota cut): older windows mislead.
        const FleetChange changed = detectFleetChange(m_builder.windows(), m_fitFrom);
        if (changed.any()) {
            if (changed.local)
                m_fitFrom.localUs = changed.atUs;
            if (changed.cloud)
                m_fitFrom.cloudUs = changed.atUs;
            if (changed.quota)
                m_fitFrom.quotaUs = changed.atUs;
            m_changedAtUs = changed.atUs;
        }
    }
    auto report = std::make_shared<CapacityReport>();
    const auto& windows = m_builder.windows();
    report->windows.assign(windows.begin(), windows.end());
    report->models = fitCapacityModels(windows, m_fitFrom);
    report->fleetChangedAtUs = m_changedAtUs;
    const auto knobs = m_builder.currentKnobs();
    if (!knobs)
        return report;
    report->knobs = *knobs;
    report->knobsReported = knobs->known;
    report->current = report->models.predict(*knobs);
    const bool atKnobs = !windows.empty() && windows.back().knobs == *knobs
                         && windows.back().toUs >= m_builder.currentSinceUs();
    report->settling = !atKnobs;
    if (!atKnobs)
        return report;   // judge nothing until the fleet has run at the knobs in force
    report->measuredTasksPerS = windows.back().tasksPerS;
    // The p99 now: the newest reading that describes the knobs in force; until one does, the
    // newest window's readings, flagged (they may still hold tasks of the previous knobs).
    report->measuredP99Settled = windows.back().latencySettled;
    report->measuredP99Ms = report->measuredP99Settled ? windows.back().taskP99EndMs : windows.back().taskP99Ms;
    KnobLimits limits;
    if (ranges.known) {
        limits.maxLocalLimit = std::max<std::uint32_t>(1, ranges.maxLocalLimit);
        limits.maxCloudLimit = std::max<std::uint32_t>(1, ranges.maxCloudLimit);
        limits.maxCloudBatch = std::max<std::uint32_t>(1, ranges.maxCloudBatch);
    }
    report->recommendations = recommend(report->models, *knobs, report->measuredTasksPerS, report->measuredP99Ms,
                                        limits, m_options.recommender);
    return report;
}

} // namespace omega::analysis
