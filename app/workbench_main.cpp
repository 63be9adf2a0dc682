// omega-workbench: the GUI (or, without a display, a headless status printer) over one ingest pipeline.

#include "app/key_options.h"
#include "runtime/runtime.h"
#include "transport/endpoint.h"
#include "analysis/finding_text.h"
#include "widgets/main_window.h"
#include "widgets/report_writer.h"
#include "widgets/start_page.h"
#include "session/session_loader.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QDateTime>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <atomic>
#include <memory>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace {

bool wantsHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--headless") == 0)
            return true;
    // No display server and no platform chosen: a GUI could not open, so say what we do instead.
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

std::atomic<bool> g_killSignal{false};   // SIGUSR1: the tuning loop's kill switch

struct Cli {
    omega::runtime::Runtime::Options runtime;
    double durationS = 0;
    QString screenshot;
    QString report;
    QStringList compare;   // two session files to compare in the report
    QString genKey;        // --gen-key: write a key pair and exit
    bool sourceGiven = false;   // --demo, --connect or --replay: no start page
};

bool parse(QCoreApplication& app, Cli& cli)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Performance workbench for the Augur Omega agent fleet."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Run the fleet simulator in-process and watch it."));
    const QCommandLineOption connectOpt(QStringLiteral("connect"), QCoreApplication::translate("main", "Telemetry endpoint to subscribe to."),
                                        QStringLiteral("endpoint"), QStringLiteral("tcp://127.0.0.1:5556"));
    const QCommandLineOption control(QStringLiteral("control"), QCoreApplication::translate("main", "Control endpoint of the orchestrator."),
                                     QStringLiteral("endpoint"), QStringLiteral("tcp://127.0.0.1:5557"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QCoreApplication::translate("main", "Scenario file for --demo."), QStringLiteral("file"));
    const QCommandLineOption speed(QStringLiteral("speed"), QCoreApplication::translate("main", "Simulated seconds per second for --demo (0 = as fast as possible)."),
                                   QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption headless(QStringLiteral("headless"), QCoreApplication::translate("main", "No window: print a status line every second."));
    const QCommandLineOption duration(QStringLiteral("duration"), QCoreApplication::translate("main", "Quit after this many seconds (0 = run until closed)."),
                                      QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save a PNG of the window when quitting after --duration."),
                                        QStringLiteral("file"));
    const QCommandLineOption record(QStringLiteral("record"), QCoreApplication::translate("main", "Record the feed into a new session file (.omega)."),
                                    QStringLiteral("file"));
    const QCommandLineOption replay(QStringLiteral("replay"), QCoreApplication::translate("main", "Replay a session file instead of a live feed (--speed sets the pace)."),
                                    QStringLiteral("file"));
    const QCommandLineOption rules(QStringLiteral("rules"), QCoreApplication::translate("main", "Alert rules file (JSON, see docs/alerts.md); default: built-in rules."),
                                   QStringLiteral("file"));
    const QCommandLineOption autoApply(QStringLiteral("auto-apply"),
                                       QCoreApplication::translate("main", "Let the tuning loop apply recommendations on its own, within its guardrails (SIGUSR1 or Ctrl+Shift+K is the kill switch)."));
    const QCommandLineOption history(QStringLiteral("tuning-history"),
                                     QCoreApplication::translate("main", "Tuning audit database (SQLite); default: the application data folder."),
                                     QStringLiteral("file"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QCoreApplication::translate("main", "Write the run's report when quitting (.html with embedded plots, or .pdf)."),
                                    QStringLiteral("file"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QCoreApplication::translate("main", "Compare two recordings (give it twice: before, then after) in the --report file (.html), then exit."),
                                     QStringLiteral("file"));
    const QCommandLineOption genKey(QStringLiteral("gen-key"),
                                    QCoreApplication::translate("main", "Write a new CURVE key pair to FILE (mode 0600), print its public key and exit."),
                                    QStringLiteral("file"));
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      QCoreApplication::translate("main", "This workbench's CURVE key file (from --gen-key); the orchestrator must list its public key."),
                                      QStringLiteral("file"));
    const QCommandLineOption serverKey(QStringLiteral("server-public-key"),
                                       QCoreApplication::translate("main", "The orchestrator's CURVE public key (40 characters) or a file holding it."),
                                       QStringLiteral("key|file"));
    const QCommandLineOption insecure(QStringLiteral("insecure-control"),
                                      QCoreApplication::translate("main", "Send control commands in plaintext (only for a trusted network; without keys control is off otherwise)."));
    const QCommandLineOption curveTelemetry(QStringLiteral("curve-telemetry"),
                                            QCoreApplication::translate("main", "The telemetry feed is CURVE-encrypted too (same keys)."));
    p.addOptions({demo, connectOpt, control, scenario, speed, headless, duration, screenshot, record, replay, rules, autoApply, history,
                  report, compare, genKey, identity, serverKey, insecure, curveTelemetry});
    p.process(app);
    cli.genKey = p.value(genKey);
    if (!cli.genKey.isEmpty())
        return true;
    {
        QString why;
        const auto keys = omega::app::clientSecurity(p.value(identity), p.value(serverKey), &why);
        if (!keys) {
            std::fprintf(stderr, "omega-workbench: %s\n", qPrintable(why));
            return false;
        }
        cli.runtime.controlKeys = *keys;
    }
    cli.runtime.insecureControl = p.isSet(insecure);
    cli.runtime.curveTelemetry = p.isSet(curveTelemetry);
    if (cli.runtime.insecureControl && cli.runtime.controlKeys.enabled()) {
        std::fprintf(stderr, "omega-workbench: --insecure-control contradicts --identity / --server-public-key\n");
        return false;
    }
    if (cli.runtime.curveTelemetry && !cli.runtime.controlKeys.enabled()) {
        std::fprintf(stderr, "omega-workbench: --curve-telemetry needs --identity and --server-public-key\n");
        return false;
    }

    bool ok = true;
    cli.runtime.demo = p.isSet(demo);
    cli.sourceGiven = p.isSet(demo) || p.isSet(connectOpt) || p.isSet(replay);
    cli.runtime.telemetryEndpoint = p.value(connectOpt).toStdString();
    cli.runtime.controlEndpoint = p.value(control).toStdString();
    cli.runtime.scenarioPath = p.value(scenario);
    cli.runtime.autoApply = p.isSet(autoApply);
    cli.runtime.tuningHistoryPath = p.value(history);
    cli.runtime.speed = p.value(speed) == QLatin1String("max") ? 0.0 : p.value(speed).toDouble(&ok);
    if (!ok || cli.runtime.speed < 0) {
        std::fprintf(stderr, "omega-workbench: --speed wants a number >= 0 or 'max', got '%s'\n", qPrintable(p.value(speed)));
        return false;
    }
    cli.durationS = p.value(duration).toDouble(&ok);
    if (!ok || cli.durationS < 0) {
        std::fprintf(stderr, "omega-workbench: --duration wants seconds >= 0, got '%s'\n", qPrintable(p.value(duration)));
        return false;
    }
    cli.screenshot = p.value(screenshot);
    cli.report = p.value(report);
    cli.compare = p.values(compare);
    if (!cli.compare.isEmpty() && (cli.compare.size() != 2 || cli.report.isEmpty())) {
        std::fprintf(stderr, "omega-workbench: --compare wants two session files (--compare BEFORE --compare AFTER) and --report FILE.html\n");
        return false;
    }
    cli.runtime.recordPath = p.value(record);
    cli.runtime.replayPath = p.value(replay);
    cli.runtime.rulesPath = p.value(rules);
    if (p.isSet(replay) && p.isSet(demo)) {
        std::fprintf(stderr, "omega-workbench: --replay and --demo exclude each other\n");
        return false;
    }
    for (const auto* option : {&connectOpt, &control}) {
        QString why;
        const bool noControl = option == &control && p.value(control).isEmpty();   // --control "": none
        if (p.isSet(*option) && !noControl && !omega::transport::isConnectableEndpoint(p.value(*option).toStdString(), &why)) {
            std::fprintf(stderr, "omega-workbench: --%s: %s\n", qPrintable(option->names().constFirst()), qPrintable(why));
            return false;
        }
    }
    return true;
}

bool wantsReport(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--report") == 0)
            return true;
    return false;
}

// The fleet's history over the whole run, at the finest resolution that covers it.
void fillSeries(omega::widgets::ReportInput& in, const omega::model::IngestPipeline& p)
{
    const auto snap = p.latest();
    const std::int64_t now = snap ? snap->simTimeUs : 0;
    const auto res = p.pickFleetResolution(now, 4000);
    using FS = omega::model::FleetSeries;
    in.tasksPerS = p.fleetSeries(FS::TasksPerS, res, 0, now);
    in.taskP50Ms = p.fleetSeries(FS::TaskLatencyP50Ms, res, 0, now);
    in.taskP99Ms = p.fleetSeries(FS::TaskLatencyP99Ms, res, 0, now);
    in.failedPerS = p.fleetSeries(FS::FailedTasksPerS, res, 0, now);
}

// Loads two recordings and writes their comparison; the process's exit code.
int runCompare(const Cli& cli)
{
    omega::widgets::ReportInput in[2];
    for (int i = 0; i < 2; ++i) {
        omega::model::IngestPipeline pipeline;
        omega::session::LoadResult loaded;
        QString err;
        if (!omega::session::loadSession(cli.compare[i], pipeline, &loaded, &err)) {
            std::fprintf(stderr, "omega-workbench: %s: %s\n", qPrintable(cli.compare[i]), qPrintable(err));
            return 1;
        }
        in[i].source = QStringLiteral("%1 (%2 frames%3)").arg(cli.compare[i]).arg(loaded.frames)
                           .arg(loaded.damaged ? QStringLiteral(", %1 damaged").arg(loaded.damaged) : QString());
        in[i].generated = QDateTime::currentDateTime();
        fillSeries(in[i], pipeline);
        // The models of each run, fitted from its own telemetry.
        omega::analysis::CapacityTracker tracker;
        std::uint64_t generation = 0;
        const auto rows = pipeline.operatingSamples(-1, &generation);
        const auto snap = pipeline.latest();
        in[i].capacity = tracker.update(rows, generation, snap ? snap->knobRanges : omega::model::KnobRanges{});
    }
    QString err;
    if (!omega::widgets::writeComparisonReport(in[0], in[1], cli.report, &err)) {
        std::fprintf(stderr, "omega-workbench: report: %s\n", qPrintable(err));
        return 1;
    }
    std::printf("omega-workbench: comparison of %s and %s written to %s\n", qPrintable(cli.compare[0]), qPrintable(cli.compare[1]),
                qPrintable(cli.report));
    return 0;
}

// Gathers the run's history, the tuning loop's changes and the models, and writes the report.
bool writeRunReport(omega::runtime::Runtime& runtime, const QString& path, double wallSeconds, QString* error)
{
    omega::widgets::ReportInput in;
    in.source = runtime.sourceDescription();
    in.generated = QDateTime::currentDateTime();
    in.wallSeconds = wallSeconds;
    fillSeries(in, runtime.pipeline());
    if (auto* t = runtime.tuning()) {
        in.tuning = t->view();
        in.capacity = in.tuning->capacity;
    }
    if (const auto r = runtime.analysis().latest(); !in.capacity && r)
        in.capacity = r->capacity;
    if (const auto* sim = runtime.embeddedSimulator())
        in.boundTasksPerS = sim->status().boundTasksPerS;
    return omega::widgets::writeReport(in, path, error);
}

int runHeadless(int argc, char** argv)
{
    // Plots for a report are drawn by widgets: then an offscreen QApplication, else no GUI at all.
    const bool report = wantsReport(argc, argv);
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder = report ? std::make_unique<QApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("omega-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    Cli cli;
    if (!parse(app, cli))
        return 2;
    if (!cli.genKey.isEmpty())
        return omega::app::generateKeyFile("omega-workbench", cli.genKey);
    if (!cli.compare.isEmpty())
        return runCompare(cli);
    omega::runtime::Runtime runtime;
    QString error;
    if (!runtime.start(cli.runtime, &error)) {
        std::fprintf(stderr, "omega-workbench: %s\n", qPrintable(error));
        return 1;
    }
    if (auto* replayer = runtime.replayer()) {
        replayer->setSpeed(cli.runtime.speed);
        replayer->play();
    }
    std::signal(SIGUSR1, [](int) { g_killSignal.store(true); });
    QTextStream out(stdout);
    out << "omega-workbench: no display, running headless on " << runtime.sourceDescription()
        << "; one status line per second" << (cli.durationS > 0 ? QStringLiteral(" for %1 s").arg(cli.durationS) : QString())
        << Qt::endl;
    out << "omega-workbench: " << runtime.controlSecurityText() << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const auto snap = runtime.pipeline().latest();
        QString line = omega::runtime::statusLine(snap.get(), runtime.linkName(), clock.elapsed() / 1000.0);
        if (const auto rec = runtime.recordingStats())
            line += rec->state == omega::session::SessionWriter::State::Failed
                        ? QStringLiteral(" | recording FAILED: %1").arg(rec->error)
                        : QStringLiteral(" | recorded %1 frames (%2 MB)").arg(rec->framesWritten).arg(double(rec->bytesStored) / 1e6, 0, 'f', 1);
        if (const auto alerts = runtime.alerts().view(); alerts && !alerts->firing.empty()) {
            line += QStringLiteral(" | alerts firing %1:").arg(alerts->firing.size());
            for (std::size_t i = 0; i < std::min<std::size_t>(3, alerts->firing.size()); ++i)
                line += QStringLiteral(" %1(%2)").arg(alerts->firing[i].rule, alerts->firing[i].scope);
        }
        if (const auto report = runtime.analysis().latest(); report && !report->findings.empty()) {
            // Like the Findings dock: warnings and worse; info findings only counted.
            const auto info = static_cast<std::size_t>(std::count_if(report->findings.begin(), report->findings.end(),
                                                                     [](const auto& f) { return f.severity <= 1; }));
            const std::size_t shown = report->findings.size() - info;
            line += QStringLiteral(" | findings %1%2:").arg(shown).arg(info ? QStringLiteral(" (+%1 info)").arg(info) : QString());
            for (std::size_t i = 0; i < std::min<std::size_t>(2, shown); ++i)
                line += QStringLiteral(" %1: %2;").arg(report->findings[i].scopeName,
                                                        omega::analysis::findingSentence(report->findings[i]));
        }
        line += omega::runtime::capacityStatus(runtime.analysis().latest().get());
        if (auto* tuning = runtime.tuning()) {
            if (g_killSignal.exchange(false)) {
                tuning->kill();
                std::fprintf(stderr, "omega-workbench: kill switch (SIGUSR1): auto-apply stopped, configuration left as it is\n");
            }
            const auto* sim = runtime.embeddedSimulator();
            line += omega::runtime::tuningStatus(tuning->view().get(), sim ? sim->status().boundTasksPerS : 0);
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
        out << line << Qt::endl;
        if (cli.durationS > 0 && clock.elapsed() + 100 >= cli.durationS * 1000)
            app.quit();
        // Without --duration a headless replay ends with its file.
        if (auto* replayer = runtime.replayer(); replayer && cli.durationS <= 0 && replayer->status().atEnd) {
            if (const auto st = replayer->status(); st.damagedFrames > 0)
                std::fprintf(stderr, "omega-workbench: replay ended; %llu damaged frame(s) were skipped (last: %s)\n",
                             static_cast<unsigned long long>(st.damagedFrames), qPrintable(st.error));
            app.quit();
        }
    });
    timer.start(1000);
    const int rc = app.exec();
    if (!cli.report.isEmpty()) {
        QString err;
        if (!writeRunReport(runtime, cli.report, clock.elapsed() / 1000.0, &err))
            std::fprintf(stderr, "omega-workbench: report: %s\n", qPrintable(err));
        else
            out << "omega-workbench: report written to " << cli.report << Qt::endl;
    }
    runtime.stop();
    return rc;
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
    Cli cli;
    if (!parse(app, cli))
        return 2;
    if (!cli.genKey.isEmpty())
        return omega::app::generateKeyFile("omega-workbench", cli.genKey);
    // Started without a source (from the desktop menu, a first run): the start page asks for one.
    if (!cli.sourceGiven && cli.durationS <= 0 && !qEnvironmentVariableIsSet("OMEGA_NO_DIALOGS")) {
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
        cli.runtime.demo = c.kind == Kind::Demo;
        if (c.kind == Kind::Replay)
            cli.runtime.replayPath = c.sessionPath;
        if (c.kind == Kind::Connect) {
            cli.runtime.telemetryEndpoint = c.telemetryEndpoint.toStdString();
            cli.runtime.controlEndpoint = c.controlEndpoint.toStdString();
            QString why;
            const auto keys = omega::app::clientSecurity(c.identityFile, c.serverPublicKey, &why);
            if (!keys) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot use these keys"), why);
                return 2;
            }
            cli.runtime.controlKeys = *keys;
        }
    }
    omega::runtime::Runtime runtime;
    QString error;
    if (!runtime.start(cli.runtime, &error)) {
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
        replayer->setSpeed(cli.runtime.speed);
        replayer->play();
    }
    window.show();
    if (cli.durationS > 0) {
        QTimer::singleShot(static_cast<int>(cli.durationS * 1000), &app, [&] {
            window.refresh();
            if (!cli.screenshot.isEmpty() && !window.grab().save(cli.screenshot))
                std::fprintf(stderr, "omega-workbench: cannot write %s\n", qPrintable(cli.screenshot));
            QString err;
            if (!cli.report.isEmpty() && !writeRunReport(runtime, cli.report, cli.durationS, &err))
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
