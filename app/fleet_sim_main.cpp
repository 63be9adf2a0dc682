// omega-fleet-sim: the Augur Omega fleet simulator as a stand-alone publisher.

#include "app/key_options.h"
#include "sim/sim_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {
void onSignal(int)
{
    QCoreApplication::quit();
}

bool positiveInt(const QString& text, int& out)
{
    bool ok = false;
    out = text.toInt(&ok);
    return ok && out > 0;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omega-fleet-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Discrete-event simulator of the Augur Omega orchestrator; publishes telemetry over ZeroMQ."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("Scenario file (JSON, see docs/scenarios.md)."), QStringLiteral("file"));
    const QCommandLineOption pub(QStringLiteral("pub"), QStringLiteral("Telemetry PUB endpoint to bind."), QStringLiteral("endpoint"), QStringLiteral("tcp://127.0.0.1:5556"));
    const QCommandLineOption control(QStringLiteral("control"), QStringLiteral("Control ROUTER endpoint to bind."), QStringLiteral("endpoint"), QStringLiteral("tcp://127.0.0.1:5557"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Simulated seconds per second, or 'max'."), QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Simulated seconds to run (0 = forever)."), QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (overrides the scenario's)."), QStringLiteral("n"));
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Number of agents (scale tests)."), QStringLiteral("n"));
    const QCommandLineOption domains(QStringLiteral("domains"), QStringLiteral("Number of domain koshas."), QStringLiteral("n"));
    const QCommandLineOption primes(QStringLiteral("primes"), QStringLiteral("Number of prime koshas."), QStringLiteral("n"));
    const QCommandLineOption teams(QStringLiteral("teams"), QStringLiteral("Number of teams."), QStringLiteral("n"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No status line."));
    const QCommandLineOption genKey(QStringLiteral("gen-key"), QStringLiteral("Write a new CURVE key pair to FILE (mode 0600), print its public key and exit."), QStringLiteral("file"));
    const QCommandLineOption serverKey(QStringLiteral("server-key"), QStringLiteral("This server's CURVE key file: control becomes encrypted and authenticated."), QStringLiteral("file"));
    const QCommandLineOption authorized(QStringLiteral("authorized-keys"), QStringLiteral("Operators' public keys, one per line ('#' comments): they may read and apply changes. Repeatable."), QStringLiteral("file"));
    const QCommandLineOption observers(QStringLiteral("observer-keys"), QStringLiteral("Observers' public keys: they may only read (topology, scenario, configuration). Repeatable."), QStringLiteral("file"));
    const QCommandLineOption curveTelemetry(QStringLiteral("curve-telemetry"), QStringLiteral("Encrypt telemetry too; only listed keys may subscribe."));
    const QCommandLineOption insecure(QStringLiteral("insecure-control"), QStringLiteral("Plaintext control: anyone who reaches the port may change the configuration (loopback/ipc only)."));
    p.addOptions({scenario, pub, control, speed, duration, seed, agents, domains, primes, teams, quiet, genKey, serverKey, authorized,
                  observers, curveTelemetry, insecure});
    p.process(app);
    if (p.isSet(genKey))
        return omega::app::generateKeyFile("omega-fleet-sim", p.value(genKey));

    QString error;
    omega::sim::Scenario sc = omega::sim::Scenario::referenceDefault();
    if (p.isSet(scenario)) {
        auto loaded = omega::sim::Scenario::loadFile(p.value(scenario), &error);
        if (!loaded) {
            std::fprintf(stderr, "omega-fleet-sim: %s\n", qPrintable(error));
            return 2;
        }
        sc = *loaded;
    }
    const std::pair<const QCommandLineOption*, int*> sizes[] = {{&agents, &sc.agents}, {&domains, &sc.domains}, {&primes, &sc.primes}, {&teams, &sc.teams}};
    for (const auto& [opt, field] : sizes) {
        if (p.isSet(*opt) && !positiveInt(p.value(*opt), *field)) {
            std::fprintf(stderr, "omega-fleet-sim: --%s wants a positive integer\n", qPrintable(opt->names().first()));
            return 2;
        }
    }
    if (!(sc.teams <= sc.primes && sc.primes <= sc.domains && sc.domains <= sc.agents)) {
        std::fprintf(stderr, "omega-fleet-sim: need teams <= primes <= domains <= agents\n");
        return 2;
    }
    if (p.isSet(seed))
        sc.seed = p.value(seed).toULongLong();

    omega::sim::SimulatorServer::Options so;
    so.telemetryEndpoint = p.value(pub).toStdString();
    so.controlEndpoint = p.value(control).toStdString();
    auto security = omega::app::serverSecurity(p.value(serverKey), p.values(authorized), p.values(observers), p.isSet(insecure),
                                               so.controlEndpoint, &error);
    if (!security) {
        std::fprintf(stderr, "omega-fleet-sim: %s\n", qPrintable(error));
        return 2;
    }
    if (p.isSet(curveTelemetry) && !security->serverKeys) {
        std::fprintf(stderr, "omega-fleet-sim: --curve-telemetry needs --server-key\n");
        return 2;
    }
    so.serverKeys = security->serverKeys;
    so.authorizedKeys = security->keys;
    so.curveTelemetry = p.isSet(curveTelemetry);
    bool ok = true;
    so.speed = p.value(speed) == QLatin1String("max") ? 0.0 : p.value(speed).toDouble(&ok);
    if (!ok || so.speed < 0) {
        std::fprintf(stderr, "omega-fleet-sim: --speed wants a number >= 0 or 'max'\n");
        return 2;
    }
    so.durationS = p.value(duration).toDouble(&ok);
    if (!ok || so.durationS < 0) {
        std::fprintf(stderr, "omega-fleet-sim: --duration wants seconds >= 0\n");
        return 2;
    }

    omega::sim::SimulatorServer server(sc, so);
    if (!server.start(&error)) {
        std::fprintf(stderr, "omega-fleet-sim: %s\n", qPrintable(error));
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    QTextStream out(stdout);
    out << "omega-fleet-sim: scenario '" << sc.name << "' (" << sc.agents << " agents, seed " << sc.seed << ") telemetry "
        << QString::fromStdString(server.telemetryEndpoint()) << " control " << QString::fromStdString(server.controlEndpoint())
        << Qt::endl;
    if (so.serverKeys)
        out << "omega-fleet-sim: control CURVE, server public key " << QString::fromStdString(so.serverKeys->publicKey) << ", "
            << security->operators << " operator and " << security->observers << " observer keys; telemetry "
            << (so.curveTelemetry ? "CURVE" : "plaintext") << Qt::endl;
    else
        out << "omega-fleet-sim: control PLAINTEXT (--insecure-control): anyone who reaches it may change the configuration" << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const auto s = server.status();
        if (!p.isSet(quiet))
            out << QStringLiteral("[%1 s] sim=%2 s ticks=%3 dropped=%4 tasks done=%5 failed=%6 in-flight=%7 cfg=v%8 local=%9 cloud=%10 batch=%11 bound=%12 tasks/s refused=%13")
                       .arg(clock.elapsed() / 1000)
                       .arg(static_cast<double>(s.simTimeUs) / 1e6, 0, 'f', 1)
                       .arg(s.ticksPublished).arg(s.ticksDropped)
                       .arg(s.totals.tasksCompleted).arg(s.totals.tasksFailed).arg(s.totals.tasksInFlight)
                       .arg(s.config.version).arg(s.config.localLimit).arg(s.config.cloudLimit).arg(s.config.cloudBatch)
                       .arg(s.boundTasksPerS, 0, 'f', 1)
                       .arg(s.clientsRefused + s.commandsRefused)
                << Qt::endl;
        if (s.finished)
            app.quit();
    });
    timer.start(1000);
    const int rc = app.exec();
    server.stop();
    return rc;
}
