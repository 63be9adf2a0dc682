#pragma once
// A report's input from a real closed-loop run: the reference scenario tuned from its baseline by
// the controller until it converged, then a minute at the end state; 1 s series, the tuning view,
// the models and the simulator's bound.

#include "report/report_input.h"
#include "sim_port.h"
#include "tuning/tuning_controller.h"

namespace omega::testing {

inline report::ReportInput closedLoopReportInput(const QString& source)
{
    SimFeed feed(sim::Scenario::referenceDefault());
    SimFeedPort port(feed);
    tuning::TuningController controller(port, nullptr);
    controller.setAutoApply(true);
    std::int64_t after = -1;
    for (int s = 0; s < 600 && !(controller.view().converged && controller.view().kept > 0); ++s)
        stepClosedLoop(feed, controller, after);
    feed.run(60);   // a minute at the end state, for the plots
    report::ReportInput in;
    in.source = source;
    in.generated = QDateTime::currentDateTime();
    const std::int64_t now = feed.pipeline().latest()->simTimeUs;
    using FS = model::FleetSeries;
    const auto res = model::Resolution::OneSecond;
    in.tasksPerS = feed.pipeline().fleetSeries(FS::TasksPerS, res, 0, now);
    in.taskP50Ms = feed.pipeline().fleetSeries(FS::TaskLatencyP50Ms, res, 0, now);
    in.taskP99Ms = feed.pipeline().fleetSeries(FS::TaskLatencyP99Ms, res, 0, now);
    in.failedPerS = feed.pipeline().fleetSeries(FS::FailedTasksPerS, res, 0, now);
    in.tuning = std::make_shared<tuning::TuningView>(controller.view());
    in.capacity = controller.capacity();
    in.boundTasksPerS = feed.sim().theoreticalBoundTasksPerS();
    return in;
}

} // namespace omega::testing
