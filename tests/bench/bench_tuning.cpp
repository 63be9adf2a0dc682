// The closed loop on every shipped scenario: auto-apply from each scenario's baseline, the
// simulator driven in simulated time through the real pipeline and tuning controller. Prints per
// scenario: baseline, final throughput, ratio, share of the simulator's bound (judges only; the
// tuner never reads it), changes kept / rolled back / failed, simulated time to 90 % and 95 % of
// the bound, seconds with p99 worse than at the baseline, and the 429 share at the end.
//
// Options: --seconds=N (simulated seconds per scenario, 900), --scenario=NAME (only that file)

#include "bench_common.h"

#include "analysis/sim_port.h"
#include "tuning/tuning_controller.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>
#include <cstring>

using namespace omega;

namespace {

void run(const QString& path, double seconds)
{
    QString error;
    auto sc = sim::Scenario::loadFile(path, &error);
    if (!sc) {
        std::printf("%s: %s\n", qPrintable(path), qPrintable(error));
        return;
    }
    testing::SimFeed feed(*sc);
    testing::SimFeedPort port(feed);
    tuning::TuningController controller(port, nullptr);
    controller.setAutoApply(true);
    std::int64_t after = -1;
    double to90 = -1, to95 = -1, worseP99S = 0, baselineP99 = 0;
    std::size_t windowsSeen = 0;
    const double t0 = bench::nowS();
    for (double t = 0; t < seconds; t += 1) {
        testing::stepClosedLoop(feed, controller, after);
        const auto report = controller.capacity();
        if (!report || report->windows.size() == windowsSeen)
            continue;
        windowsSeen = report->windows.size();
        const analysis::OperatingWindow& w = report->windows.back();
        if (controller.view().changes.empty())
            baselineP99 = w.taskP99Ms;   // the newest window before the first change
        if (w.taskP99Ms > baselineP99 * 1.05)
            worseP99S += w.seconds;
        const double bound = feed.sim().theoreticalBoundTasksPerS();   // at this moment, faults included
        if (to90 < 0 && w.tasksPerS >= 0.9 * bound)
            to90 = feed.nowS();
        if (to95 < 0 && w.tasksPerS >= 0.95 * bound)
            to95 = feed.nowS();
    }
    const auto v = controller.view();
    const auto report = controller.capacity();
    double final = 0, throttledShare = 0;
    int n = 0;
    for (auto it = report->windows.rbegin(); it != report->windows.rend() && n < 6; ++it, ++n) {
        final += it->tasksPerS;
        throttledShare += it->cloudThrottledPerS / std::max(1e-9, it->cloudThrottledPerS + it->cloudCallsPerS);
    }
    final /= std::max(1, n);
    throttledShare /= std::max(1, n);
    const double bound = feed.sim().theoreticalBoundTasksPerS();
    const auto& k = feed.sim().config();
    std::printf("%-16s %7.1f %7.1f %6.1fx %5.0f %%  %3d/%d/%d   %6s  %6s  %6.0f s  %5.2f %%   L%u C%u B%u   (%.1f s wall)\n",
                qPrintable(sc->name), v.baselineTasksPerS, final, final / std::max(1e-9, v.baselineTasksPerS), 100 * final / bound,
                v.kept, v.rolledBack, v.failed, to90 < 0 ? "-" : qPrintable(QString::number(to90, 'f', 0) + "s"),
                to95 < 0 ? "-" : qPrintable(QString::number(to95, 'f', 0) + "s"), worseP99S, 100 * throttledShare, k.localLimit,
                k.cloudLimit, k.cloudBatch, bench::nowS() - t0);
    if (qEnvironmentVariableIsSet("OMEGA_BENCH_VERBOSE")) {
        std::printf("   status: %s\n", qPrintable(v.status));
        for (const auto& w : report->windows)
            if (w.toUs > report->windows.back().toUs - 120'000'000)
                std::printf("   window %.0f-%.0f s: %.1f tasks/s p99 %.0f ms knobs L%u C%u B%u\n", w.fromUs / 1e6, w.toUs / 1e6, w.tasksPerS,
                            w.taskP99Ms, w.knobs.localLimit, w.knobs.cloudLimit, w.knobs.cloudBatch);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    double seconds = 900;
    QString only;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--seconds=", 10) == 0)
            seconds = std::max(60.0, std::atof(argv[i] + 10));
        else if (std::strncmp(argv[i], "--scenario=", 11) == 0)
            only = QString::fromUtf8(argv[i] + 11);
    }
    bench::printMachine("bench_tuning: the closed loop from each shipped scenario's baseline");
    std::printf("%.0f simulated seconds per scenario; final = mean of the last 6 windows (60 s)\n", seconds);
    std::printf("%-16s %7s %7s %7s %7s  %-7s  %6s  %6s  %8s  %7s   %s\n", "scenario", "base", "final", "ratio", "bound", "k/rb/f",
                "to90%", "to95%", "p99>base", "429 end", "end config");
    const QDir dir(QStringLiteral(OMEGA_SCENARIO_DIR));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (only.isEmpty() || f.startsWith(only))
            run(dir.filePath(f), seconds);
    return 0;
}
