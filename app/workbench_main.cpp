// omega-workbench: the GUI over one ingest pipeline; without a display (or with --headless) the
// headless run omega-headless makes (runtime/headless_run.h).

#include "app/key_options.h"
#include "app/run_options.h"
#include "report/report_html.h"
#include "runtime/headless_run.h"
#include "runtime/report_data.h"
#include "runtime/runtime.h"
#include "transport/endpoint.h"
#include "widgets/main_window.h"
#include "widgets/report_writer.h"
#include "widgets/start_page.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <memory>
#include <cstdio>
#include <cstring>

namespace {

bool noDisplay()
{
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool wantsHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--headless") == 0)
            return true;
    // No display server and no platform chosen: a GUI could not open, so say what we do instead.
    return noDisplay();
}

// True when --report asks for a PDF (drawn by widgets).
bool wantsPdfReport(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--report") && i + 1 < argc && omega::report::isPdfPath(QString::fromLocal8Bit(argv[i + 1])))
            return true;
        if (arg.startsWith(QLatin1String("--report=")) && omega::report::isPdfPath(arg.mid(9)))
            return true;
    }
    return false;
}

omega::app::ProgramInfo workbenchProgram()
{
    return {"omega-workbench", QCoreApplication::translate("main", "Performance workbench for the Augur Omega agent fleet."), true};
}

// The run's report as the window writes it: plots drawn by QCustomPlot, .html or .pdf.
bool writeRunReport(omega::runtime::Runtime& runtime, const QString& path, double wallSeconds, QString* error)
{
    return omega::widgets::writeReport(omega::runtime::runReportInput(runtime, wallSeconds), path, error);
}

// No window: the run omega-headless makes (report plots as SVG); only a PDF report needs widgets,
// drawn on an offscreen QApplication.
int runHeadless(int argc, char** argv)
{
    const bool pdf = wantsPdfReport(argc, argv);
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool displayMissing = noDisplay();
    std::unique_ptr<QCoreApplication> appHolder = pdf ? std::make_unique<QApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("omega-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    omega::app::RunCommandLine cli;
    if (!omega::app::parseRunOptions(app, workbenchProgram(), cli))
        return 2;
    if (!cli.genKey.isEmpty())
        return omega::app::generateKeyFile("omega-workbench", cli.genKey);
    cli.run.program = QStringLiteral("omega-workbench");
    cli.run.why = displayMissing ? QStringLiteral("no display") : QString();
    if (pdf)
        cli.run.writeReport = [](const omega::report::ReportInput& in, const QString& path, QString* error) {
            return omega::report::isPdfPath(path) ? omega::widgets::writeReport(in, path, error)
                                                  : omega::runtime::writeSvgReport(in, path, error);
        };
    return omega::runtime::runHeadless(app, cli.run);
}

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("omega-workbench"));
    QApplication::setOrganizationName(QStringLiteral("Omega"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("omega_workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    omega::app::RunCommandLine cli;
    if (!omega::app::parseRunOptions(app, workbenchProgram(), cli))
        return 2;
    if (!cli.genKey.isEmpty())
        return omega::app::generateKeyFile("omega-workbench", cli.genKey);
    // Started without a source (from the desktop menu, a first run): the start page asks for one.
    if (!cli.sourceGiven && cli.run.durationS <= 0 && !qEnvironmentVariableIsSet("OMEGA_NO_DIALOGS")) {
        omega::widgets::StartPage start;
        start.setEndpointCheck([](const QString& endpoint) {
            QString why;
            omega::transport::isConnectableEndpoint(endpoint.toStdString(), &why);
            return why;
        });
        if (start.exec() != QDialog::Accepted)
            return 0;
        using Kind = omega::widgets::StartPage::Choice::Kind;
        const omega::widgets::StartPage::Choice c = start.choice();
        cli.run.runtime.demo = c.kind == Kind::Demo;
        if (c.kind == Kind::Replay)
            cli.run.runtime.replayPath = c.sessionPath;
        if (c.kind == Kind::Connect) {
            cli.run.runtime.telemetryEndpoint = c.telemetryEndpoint.toStdString();
            cli.run.runtime.controlEndpoint = c.controlEndpoint.toStdString();
            QString why;
            const auto keys = omega::app::clientSecurity(c.identityFile, c.serverPublicKey, &why);
            if (!keys) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot use these keys"), why);
                return 2;
            }
            cli.run.runtime.controlKeys = *keys;
        }
    }
    omega::runtime::Runtime runtime;
    QString error;
    if (!runtime.start(cli.run.runtime, &error)) {
        std::fprintf(stderr, "omega-workbench: %s\n", qPrintable(error));
        return 1;
    }
    {
        QSettings settings;
        omega::widgets::applyTheme(omega::widgets::themeFromKey(settings.value(QStringLiteral("window/theme")).toString()));
    }
    omega::widgets::MainWindow window;
    window.setHistorySource(&runtime.pipeline());
    window.setVersionsSource(&omega::runtime::libraryVersions);
    // Views only read the history; which agent's history is kept is the engineer's choice, forwarded.
    QObject::connect(&window, &omega::widgets::MainWindow::watchAgentRequested,
                     [&runtime](int agent) { runtime.pipeline().setWatchedAgent(agent); });
    window.restoreLayout();
    window.setSources([&runtime] { return runtime.pipeline().latest(); },
                      [&runtime] {
                          if (runtime.replayer())
                              return QApplication::translate("main", "replay");
                          switch (runtime.link()) {
                          case omega::transport::LinkState::Live: return QApplication::translate("main", "live");
                          case omega::transport::LinkState::Stale: return QApplication::translate("main", "stale (no data)");
                          case omega::transport::LinkState::Connecting: return QApplication::translate("main", "connecting…");
                          case omega::transport::LinkState::Stopped: break;
                          }
                          return QApplication::translate("main", "stopped");
                      },
                      runtime.sourceDescription());
    // Alerts: the evaluator runs on the ingest thread; the window shows its snapshots.
    window.setAlertsSource([&runtime] { return runtime.alerts().view(); });
    window.setFindingsSource([&runtime] { return runtime.analysis().latest(); });
    if (runtime.tuning())
        window.setTuningSource([&runtime] { return runtime.tuning() ? runtime.tuning()->view() : nullptr; });
    QObject::connect(&window, &omega::widgets::MainWindow::approveRecommendationRequested,
                     [&](const omega::analysis::Recommendation& r) { if (auto* t = runtime.tuning()) t->approve(r); });
    QObject::connect(&window, &omega::widgets::MainWindow::rejectRecommendationRequested,
                     [&](const omega::analysis::Recommendation& r) { if (auto* t = runtime.tuning()) t->reject(r); });
    QObject::connect(&window, &omega::widgets::MainWindow::autoApplyRequested, [&](bool on) { if (auto* t = runtime.tuning()) t->setAutoApply(on); });
    QObject::connect(&window, &omega::widgets::MainWindow::killSwitchRequested, [&] { if (auto* t = runtime.tuning()) t->kill(); });
    QObject::connect(&window, &omega::widgets::MainWindow::tuningGuardrailsChanged,
                     [&](const omega::tuning::Guardrails& g) { if (auto* t = runtime.tuning()) t->setGuardrails(g); });
    QElapsedTimer runClock;
    runClock.start();
    QObject::connect(&window, &omega::widgets::MainWindow::exportReportRequested, [&](const QString& path) {
        QString err;
        if (!writeRunReport(runtime, path, runClock.elapsed() / 1000.0, &err))
            window.showError(QApplication::translate("main", "Cannot write the report"), err);
    });
    QObject::connect(&window, &omega::widgets::MainWindow::exportAuditRequested, [&] {
        auto* t = runtime.tuning();
        if (!t)
            return;
        const QString path = QFileDialog::getSaveFileName(&window, QApplication::translate("main", "Export tuning audit"),
                                                          QStringLiteral("tuning-audit.csv"), QApplication::translate("main", "CSV files (*.csv)"));
        QString err;
        if (!path.isEmpty() && !t->exportAudit(path, &err))
            window.showError(QApplication::translate("main", "Cannot export the audit"), err);
    });
    QObject::connect(&window, &omega::widgets::MainWindow::acknowledgeAlertRequested,
                     [&](std::uint64_t id) { runtime.alerts().acknowledge(id); });
    QObject::connect(&window, &omega::widgets::MainWindow::silenceAlertRequested, [&](const QString& rule, const QString& scope, int minutes) {
        runtime.alerts().silence({rule, scope, omega::protocol::wallClockUs() + std::int64_t{minutes} * 60'000'000});
    });
    QObject::connect(&window, &omega::widgets::MainWindow::editRulesRequested, [&] { window.showRuleEditor(runtime.rulesText()); });
    QObject::connect(&window, &omega::widgets::MainWindow::rulesApplyRequested, [&](const QByteArray& json) {
        QString err;
        const bool ok = runtime.applyRules(json, QApplication::translate("main", "edited rules"), &err);
        window.setRuleEditorResult(ok, ok ? QApplication::translate("main", "Rules applied: %1 rules in force.")
                                                .arg(runtime.alerts().rules().rules.size())
                                          : err);
    });

    // Session wiring: the window forwards intent, the runtime carries it out.
    auto showReplay = [&] {
        auto* replayer = runtime.replayer();
        if (!replayer)
            return;
        std::vector<omega::widgets::TimelineMark> marks;
        for (const auto& m : replayer->markers())
            marks.push_back({m.wallUs, static_cast<omega::widgets::TimelineMark::Kind>(m.kind), m.severity, m.text});
        window.setTimelineMarkers(std::move(marks));
        window.setSourceDescription(runtime.sourceDescription());
    };
    auto connectTimeline = [&] {
        auto* bar = window.timeline();
        QObject::connect(bar, &omega::widgets::TimelineBar::playRequested, [&] { if (auto* r = runtime.replayer()) r->play(); });
        QObject::connect(bar, &omega::widgets::TimelineBar::pauseRequested, [&] { if (auto* r = runtime.replayer()) r->pause(); });
        QObject::connect(bar, &omega::widgets::TimelineBar::stepRequested, [&] { if (auto* r = runtime.replayer()) r->step(); });
        QObject::connect(bar, &omega::widgets::TimelineBar::speedRequested, [&](double v) { if (auto* r = runtime.replayer()) r->setSpeed(v); });
        QObject::connect(bar, &omega::widgets::TimelineBar::seekRequested, [&](std::int64_t t) { if (auto* r = runtime.replayer()) r->seek(t); });
    };
    connectTimeline();
    QObject::connect(&window, &omega::widgets::MainWindow::openSessionRequested, [&](const QString& path) {
        QString err;
        if (!runtime.openReplay(path, &err)) {
            window.showError(QApplication::translate("main", "Cannot open session"), err);
            return;
        }
        window.setTuningSource({});   // a recording cannot be tuned
        showReplay();
    });
    QObject::connect(&window, &omega::widgets::MainWindow::recordRequested, [&](const QString& path) {
        QString err;
        if (!runtime.startRecording(path, &err))
            window.showError(QApplication::translate("main", "Cannot record"), err);
    });
    QObject::connect(&window, &omega::widgets::MainWindow::stopRecordingRequested, [&] { runtime.stopRecording(); });
    QTimer sessionTimer;
    bool reportedFailure = false;
    QObject::connect(&sessionTimer, &QTimer::timeout, [&] {
        omega::widgets::TimelineState t;
        if (auto* r = runtime.replayer()) {
            const auto st = r->status();
            t.active = st.open;
            t.startUs = r->summary().firstWallUs;
            t.endUs = r->summary().lastWallUs;
            t.positionUs = st.positionWallUs;
            t.playing = st.playing;
            t.atEnd = st.atEnd;
            t.speed = st.speed;
            t.error = st.error;
            t.damagedFrames = st.damagedFrames;
        }
        window.setTimelineState(t);
        using WindowSecurity = omega::widgets::MainWindow::ControlSecurity;
        const auto security = runtime.replayer() ? WindowSecurity::Off
                            : !runtime.controlProblem().isEmpty() ? WindowSecurity::Refused
                            : runtime.controlSecurity() == omega::runtime::Runtime::ControlSecurity::Curve ? WindowSecurity::Curve
                            : runtime.controlSecurity() == omega::runtime::Runtime::ControlSecurity::Plaintext ? WindowSecurity::Plaintext
                                                                                                           : WindowSecurity::Off;
        window.setControlSecurity(security, runtime.controlSecurityText());
        const auto rec = runtime.recordingStats();
        if (!rec) {
            window.setRecordingState(false, QString(), false);
        } else if (rec->state == omega::session::SessionWriter::State::Failed) {
            window.setRecordingState(false, QApplication::translate("main", "recording stopped"), true);
            if (!reportedFailure)
                window.showError(QApplication::translate("main", "Recording stopped"), rec->error);
            reportedFailure = true;
            runtime.stopRecording();
        } else {
            reportedFailure = false;
            window.setRecordingState(runtime.recording(),
                                     runtime.recording() ? QApplication::translate("main", "● REC %1 MB").arg(double(rec->bytesStored) / 1e6, 0, 'f', 1)
                                                         : QString(),
                                     false);
        }
    });
    sessionTimer.start(100);
    if (auto* replayer = runtime.replayer()) {
        showReplay();
        replayer->setSpeed(cli.run.runtime.speed);
        replayer->play();
    }
    window.show();
    if (cli.run.durationS > 0) {
        QTimer::singleShot(static_cast<int>(cli.run.durationS * 1000), &app, [&] {
            window.refresh();
            if (!cli.screenshot.isEmpty() && !window.grab().save(cli.screenshot))
                std::fprintf(stderr, "omega-workbench: cannot write %s\n", qPrintable(cli.screenshot));
            QString err;
            if (!cli.run.report.isEmpty() && !writeRunReport(runtime, cli.run.report, cli.run.durationS, &err))
                std::fprintf(stderr, "omega-workbench: report: %s\n", qPrintable(err));
            app.quit();
        });
    }
    const int rc = app.exec();
    runtime.stop();
    return rc;
}

} // namespace

int main(int argc, char** argv)
{
    const bool compare = std::any_of(argv + 1, argv + argc, [](const char* a) { return std::strcmp(a, "--compare") == 0; });
    return compare || wantsHeadless(argc, argv) ? runHeadless(argc, argv) : runGui(argc, argv);
}
