#include "runtime/telemetry_source.h"

#include "session/replayer.h"
#include "sim/sim_server.h"

#include <QCoreApplication>

namespace omega::runtime {

std::unique_ptr<LiveSource> LiveSource::open(model::IngestPipeline& pipeline, const Options& options, QString* error)
{
    std::unique_ptr<LiveSource> source(new LiveSource(pipeline));
    transport::TelemetrySubscriber::Options& sub = source->m_subscriberOptions;
    if (options.demo) {
        sim::Scenario scenario = sim::Scenario::referenceDefault();
        if (!options.scenarioPath.isEmpty()) {
            auto loaded = sim::Scenario::loadFile(options.scenarioPath, error);
            if (!loaded)
                return nullptr;
            scenario = *loaded;
        }
        sim::SimulatorServer::Options so;
        so.telemetryEndpoint = "tcp://127.0.0.1:*";   // free ports: several demos can run side by side
        so.controlEndpoint = "tcp://127.0.0.1:*";
        so.speed = options.speed;
        // Secure by default even in-process: fresh keys, this workbench the only operator.
        const security::CurveKeyPair client = security::generateKeyPair();
        so.serverKeys = security::generateKeyPair();
        so.authorizedKeys.add(client.publicKey, security::KeyRole::Operator, QStringLiteral("embedded workbench"));
        sub.curve = {client, so.serverKeys->publicKey};
        source->m_security = ControlSecurity::Curve;
        source->m_server = std::make_unique<sim::SimulatorServer>(scenario, so);
        if (!source->m_server->start(error))
            return nullptr;
        sub.endpoint = source->m_server->telemetryEndpoint();
        sub.controlEndpoint = source->m_server->controlEndpoint();
        source->m_description = QCoreApplication::translate("Runtime", "embedded simulator (%1, %2)")
                                    .arg(scenario.name, QString::fromStdString(sub.endpoint));
        return source;
    }
    sub.endpoint = options.telemetryEndpoint;
    sub.controlEndpoint = options.controlEndpoint;
    sub.curve = options.controlKeys;
    sub.curveTelemetry = options.curveTelemetry && options.controlKeys.enabled();
    if (sub.controlEndpoint.empty()) {
        source->m_security = ControlSecurity::Off;
    } else if (options.controlKeys.enabled()) {
        source->m_security = ControlSecurity::Curve;
    } else if (options.insecureControl) {
        source->m_security = ControlSecurity::Plaintext;
    } else {
        source->m_security = ControlSecurity::Off;   // no keys and no explicit consent: watch only
        sub.controlEndpoint.clear();
    }
    source->m_description = QString::fromStdString(sub.endpoint);
    return source;
}

LiveSource::~LiveSource() { stop(); }

void LiveSource::start()
{
    if (!m_subscriber)
        m_subscriber = std::make_unique<transport::TelemetrySubscriber>(m_pipeline, m_subscriberOptions);
    m_subscriber->start();
}

void LiveSource::stop()
{
    if (m_subscriber)
        m_subscriber->stop();
    if (m_server)
        m_server->stop();
}

transport::LinkState LiveSource::link() const
{
    return m_subscriber ? m_subscriber->state() : transport::LinkState::Stopped;
}

QString LiveSource::securityProblem() const
{
    return m_subscriber ? m_subscriber->securityProblem() : QString();
}

std::unique_ptr<ReplaySource> ReplaySource::open(model::IngestPipeline& pipeline, const QString& path, QString* error)
{
    std::unique_ptr<ReplaySource> source(new ReplaySource);
    source->m_replayer = std::make_unique<session::Replayer>(pipeline);
    if (!source->m_replayer->open(path, error))
        return nullptr;
    source->m_description = QCoreApplication::translate("Runtime", "replay of %1").arg(path);
    return source;
}

ReplaySource::~ReplaySource() { stop(); }

void ReplaySource::stop()
{
    if (m_replayer)
        m_replayer->close();
}

} // namespace omega::runtime
