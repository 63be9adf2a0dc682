#include "app/run_options.h"

#include "app/key_options.h"
#include "report/report_html.h"
#include "transport/endpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace omega::app {

bool parseRunOptions(QCoreApplication& app, const ProgramInfo& program, RunCommandLine& cli)
{
    QCommandLineParser p;
    p.setApplicationDescription(program.description);
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
                                     QCoreApplication::translate("main", "Tuning audit database (SQLite); default: tuning-history.sqlite in the workbench's data folder, shared by omega-workbench and omega-headless."),
                                     QStringLiteral("file"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    program.window ? QCoreApplication::translate("main", "Write the run's report when quitting (.html with embedded plots, or .pdf).")
                                                   : QCoreApplication::translate("main", "Write the run's report when quitting (.html with SVG plots)."),
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
    p.addOptions({demo, connectOpt, control, scenario, speed, duration, record, replay, rules, autoApply, history, report, compare, genKey,
                  identity, serverKey, insecure, curveTelemetry});
    if (program.window) {
        p.addOption(headless);
        p.addOption(screenshot);
    } else {
        // Accepted, so that a command line written for `omega-workbench --headless` runs unchanged.
        QCommandLineOption quietHeadless = headless;
        quietHeadless.setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(quietHeadless);
    }
    p.process(app);
    cli.genKey = p.value(genKey);
    if (!cli.genKey.isEmpty())
        return true;
    {
        QString why;
        const auto keys = omega::app::clientSecurity(p.value(identity), p.value(serverKey), &why);
        if (!keys) {
            std::fprintf(stderr, "%s: %s\n", program.name, qPrintable(why));
            return false;
        }
        cli.run.runtime.controlKeys = *keys;
    }
    cli.run.runtime.insecureControl = p.isSet(insecure);
    cli.run.runtime.curveTelemetry = p.isSet(curveTelemetry);
    if (cli.run.runtime.insecureControl && cli.run.runtime.controlKeys.enabled()) {
        std::fprintf(stderr, "%s: --insecure-control contradicts --identity / --server-public-key\n", program.name);
        return false;
    }
    if (cli.run.runtime.curveTelemetry && !cli.run.runtime.controlKeys.enabled()) {
        std::fprintf(stderr, "%s: --curve-telemetry needs --identity and --server-public-key\n", program.name);
        return false;
    }

    bool ok = true;
    cli.run.runtime.demo = p.isSet(demo);
    cli.sourceGiven = p.isSet(demo) || p.isSet(connectOpt) || p.isSet(replay);
    cli.run.runtime.telemetryEndpoint = p.value(connectOpt).toStdString();
    cli.run.runtime.controlEndpoint = p.value(control).toStdString();
    cli.run.runtime.scenarioPath = p.value(scenario);
    cli.run.runtime.autoApply = p.isSet(autoApply);
    cli.run.runtime.tuningHistoryPath = p.value(history);
    cli.run.runtime.speed = p.value(speed) == QLatin1String("max") ? 0.0 : p.value(speed).toDouble(&ok);
    if (!ok || cli.run.runtime.speed < 0) {
        std::fprintf(stderr, "%s: --speed wants a number >= 0 or 'max', got '%s'\n", program.name, qPrintable(p.value(speed)));
        return false;
    }
    cli.run.durationS = p.value(duration).toDouble(&ok);
    if (!ok || cli.run.durationS < 0) {
        std::fprintf(stderr, "%s: --duration wants seconds >= 0, got '%s'\n", program.name, qPrintable(p.value(duration)));
        return false;
    }
    if (program.window)
        cli.screenshot = p.value(screenshot);
    cli.run.report = p.value(report);
    cli.run.compare = p.values(compare);
    if (!program.window && cli.run.compare.isEmpty() && report::isPdfPath(cli.run.report)) {
        std::fprintf(stderr, "%s: --report: this program writes .html (omega-workbench writes .pdf)\n", program.name);
        return false;
    }
    if (!cli.run.compare.isEmpty() && (cli.run.compare.size() != 2 || cli.run.report.isEmpty())) {
        std::fprintf(stderr, "%s: --compare wants two session files (--compare BEFORE --compare AFTER) and --report FILE.html\n", program.name);
        return false;
    }
    cli.run.runtime.recordPath = p.value(record);
    cli.run.runtime.replayPath = p.value(replay);
    cli.run.runtime.rulesPath = p.value(rules);
    if (p.isSet(replay) && p.isSet(demo)) {
        std::fprintf(stderr, "%s: --replay and --demo exclude each other\n", program.name);
        return false;
    }
    for (const auto* option : {&connectOpt, &control}) {
        QString why;
        const bool noControl = option == &control && p.value(control).isEmpty();   // --control "": none
        if (p.isSet(*option) && !noControl && !omega::transport::isConnectableEndpoint(p.value(*option).toStdString(), &why)) {
            std::fprintf(stderr, "%s: --%s: %s\n", program.name, qPrintable(option->names().constFirst()), qPrintable(why));
            return false;
        }
    }
    return true;
}

} // namespace omega::app
