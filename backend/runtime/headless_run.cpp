#include "runtime/headless_run.h"

#include "analysis/finding_text.h"
#include "report/report_html.h"
#include "report/svg_plot_renderer.h"
#include "runtime/report_data.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace omega::runtime {

namespace {

std::atomic<bool> g_killSignal{false};   // SIGUSR1: the tuning loop's kill switch

void complain(const HeadlessOptions& o, const QString& text)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(o.program), qPrintable(text));
}

// Loads two recordings and writes their comparison; the process's exit code.
int runCompare(const HeadlessOptions& o)
{
    report::ReportInput in[2];
    for (int i = 0; i < 2; ++i) {
        QString err;
        if (!recordingReportInput(o.compare[i], &in[i], &err)) {
            complain(o, QStringLiteral("%1: %2").arg(o.compare[i], err));
            return 1;
        }
    }
    report::SvgPlotRenderer plots;
    QString err;
    if (!report::writeHtmlComparison(in[0], in[1], o.report, plots, &err)) {
        complain(o, QStringLiteral("report: %1").arg(err));
        return 1;
    }
    std::printf("%s: comparison of %s and %s written to %s\n", qPrintable(o.program), qPrintable(o.compare[0]), qPrintable(o.compare[1]),
                qPrintable(o.report));
    return 0;
}

// The status line's parts after the fleet: recording, alerts, findings (warnings and worse, like
// the Findings dock; info findings only counted), capacity, tuning, control refusals, replay.
QString statusDetails(Runtime& runtime, const HeadlessOptions& o)
{
    QString line;
    if (const auto rec = runtime.recordingStats())
        line += rec->state == session::SessionWriter::State::Failed
                    ? QStringLiteral(" | recording FAILED: %1").arg(rec->error)
                    : QStringLiteral(" | recorded %1 frames (%2 MB)").arg(rec->framesWritten).arg(double(rec->bytesStored) / 1e6, 0, 'f', 1);
    if (const auto alerts = runtime.alerts().view(); alerts && !alerts->firing.empty()) {
        line += QStringLiteral(" | alerts firing %1:").arg(alerts->firing.size());
        for (std::size_t i = 0; i < std::min<std::size_t>(3, alerts->firing.size()); ++i)
            line += QStringLiteral(" %1(%2)").arg(alerts->firing[i].rule, alerts->firing[i].scope);
    }
    const auto report = runtime.analysis().latest();
    if (report && !report->findings.empty()) {
        const auto info = static_cast<std::size_t>(std::count_if(report->findings.begin(), report->findings.end(),
                                                                 [](const auto& f) { return f.severity <= 1; }));
        const std::size_t shown = report->findings.size() - info;
        line += QStringLiteral(" | findings %1%2:").arg(shown).arg(info ? QStringLiteral(" (+%1 info)").arg(info) : QString());
        for (std::size_t i = 0; i < std::min<std::size_t>(2, shown); ++i)
            line += QStringLiteral(" %1: %2;").arg(report->findings[i].scopeName, analysis::findingSentence(report->findings[i]));
    }
    line += capacityStatus(report.get());
    if (auto* tuning = runtime.tuning()) {
        if (g_killSignal.exchange(false)) {
            tuning->kill();
            complain(o, QStringLiteral("kill switch (SIGUSR1): auto-apply stopped, configuration left as it is"));
        }
        const auto* sim = runtime.embeddedSimulator();
        line += tuningStatus(tuning->view().get(), sim ? sim->status().boundTasksPerS : 0);
    }
    if (runtime.controlSecurityText().contains(QLatin1String("refused")))
        line += QStringLiteral(" | ") + runtime.controlSecurityText();
    if (auto* replayer = runtime.replayer()) {
        const auto st = replayer->status();
        line += QStringLiteral(" | replay %1/%2 s%3%4")
                    .arg(double(st.positionWallUs - replayer->summary().firstWallUs) / 1e6, 0, 'f', 1)
                    .arg(double(replayer->summary().spanUs()) / 1e6, 0, 'f', 1)
                    .arg(st.damagedFrames > 0 ? QStringLiteral(" damaged=%1").arg(st.damagedFrames) : QString())
                    .arg(st.atEnd ? QStringLiteral(" (end)") : QString());
    }
    return line;
}

} // namespace

bool writeSvgReport(const report::ReportInput& input, const QString& path, QString* error)
{
    report::SvgPlotRenderer plots;
    return report::writeHtmlReport(input, path, plots, error);
}

int runHeadless(QCoreApplication& app, const HeadlessOptions& o)
{
    if (!o.compare.isEmpty())
        return runCompare(o);
    Runtime runtime;
    QString error;
    if (!runtime.start(o.runtime, &error)) {
        complain(o, error);
        return 1;
    }
    if (auto* replayer = runtime.replayer()) {
        replayer->setSpeed(o.runtime.speed);
        replayer->play();
    }
    std::signal(SIGUSR1, [](int) { g_killSignal.store(true); });
    QTextStream out(stdout);
    out << o.program << ": " << (o.why.isEmpty() ? QString() : o.why + QStringLiteral(", ")) << "running headless on "
        << runtime.sourceDescription() << "; one status line per second"
        << (o.durationS > 0 ? QStringLiteral(" for %1 s").arg(o.durationS) : QString()) << Qt::endl;
    out << o.program << ": " << runtime.controlSecurityText() << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const auto snap = runtime.pipeline().latest();
        out << statusLine(snap.get(), runtime.linkName(), clock.elapsed() / 1000.0) + statusDetails(runtime, o) << Qt::endl;
        if (o.durationS > 0 && clock.elapsed() + 100 >= o.durationS * 1000)
            app.quit();
        // Without a duration a replay ends with its file.
        if (auto* replayer = runtime.replayer(); replayer && o.durationS <= 0 && replayer->status().atEnd) {
            if (const auto st = replayer->status(); st.damagedFrames > 0)
                complain(o, QStringLiteral("replay ended; %1 damaged frame(s) were skipped (last: %2)").arg(st.damagedFrames).arg(st.error));
            app.quit();
        }
    });
    timer.start(1000);
    const int rc = app.exec();
    if (!o.report.isEmpty()) {
        QString err;
        const ReportWriter write = o.writeReport ? o.writeReport : ReportWriter(&writeSvgReport);
        if (!write(runReportInput(runtime, clock.elapsed() / 1000.0), o.report, &err))
            complain(o, QStringLiteral("report: %1").arg(err));
        else
            out << o.program << ": report written to " << o.report << Qt::endl;
    }
    runtime.stop();
    return rc;
}

} // namespace omega::runtime
