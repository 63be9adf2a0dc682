#include "runtime/report_data.h"

#include "analysis/capacity_tracker.h"
#include "model/ingest_pipeline.h"
#include "runtime/runtime.h"
#include "session/session_loader.h"

namespace omega::runtime {

void fillFleetSeries(report::ReportInput& in, const model::IngestPipeline& p)
{
    const auto snap = p.latest();
    const std::int64_t now = snap ? snap->simTimeUs : 0;
    const auto res = p.pickFleetResolution(now, 4000);
    using FS = model::FleetSeries;
    in.tasksPerS = p.fleetSeries(FS::TasksPerS, res, 0, now);
    in.taskP50Ms = p.fleetSeries(FS::TaskLatencyP50Ms, res, 0, now);
    in.taskP99Ms = p.fleetSeries(FS::TaskLatencyP99Ms, res, 0, now);
    in.failedPerS = p.fleetSeries(FS::FailedTasksPerS, res, 0, now);
}

report::ReportInput runReportInput(Runtime& runtime, double wallSeconds)
{
    report::ReportInput in;
    in.source = runtime.sourceDescription();
    in.generated = QDateTime::currentDateTime();
    in.wallSeconds = wallSeconds;
    fillFleetSeries(in, runtime.pipeline());
    if (auto* t = runtime.tuning()) {
        in.tuning = t->view();
        in.capacity = in.tuning ? in.tuning->capacity : nullptr;
    }
    if (const auto r = runtime.analysis().latest()) {
        in.findings = r;
        if (!in.capacity)
            in.capacity = r->capacity;
    }
    if (const auto* sim = runtime.embeddedSimulator())
        in.boundTasksPerS = sim->status().boundTasksPerS;
    return in;
}

bool recordingReportInput(const QString& path, report::ReportInput* in, QString* error)
{
    model::IngestPipeline pipeline;
    session::LoadResult loaded;
    if (!session::loadSession(path, pipeline, &loaded, error))
        return false;
    in->source = QStringLiteral("%1 (%2 frames%3)").arg(path).arg(loaded.frames)
                     .arg(loaded.damaged ? QStringLiteral(", %1 damaged").arg(loaded.damaged) : QString());
    in->generated = QDateTime::currentDateTime();
    fillFleetSeries(*in, pipeline);
    analysis::CapacityTracker tracker;
    std::uint64_t generation = 0;
    const auto rows = pipeline.operatingSamples(-1, &generation);
    const auto snap = pipeline.latest();
    in->capacity = tracker.update(rows, generation, snap ? snap->knobRanges : model::KnobRanges{});
    return true;
}

} // namespace omega::runtime
