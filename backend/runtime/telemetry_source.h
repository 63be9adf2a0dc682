#pragma once
// Where the pipeline's frames come from: a live publisher (a remote one, or the embedded simulator
// the workbench starts itself) or a session file. The runtime holds one and never asks which.

#include "security/curve_keys.h"
#include "transport/telemetry_subscriber.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <string>

namespace omega::model { class IngestPipeline; }
namespace omega::session { class Replayer; }
namespace omega::sim { class SimulatorServer; }

namespace omega::runtime {

enum class ControlSecurity : std::uint8_t { Off, Curve, Plaintext };

class TelemetrySource {
public:
    virtual ~TelemetrySource() = default;
    // Frames start flowing (call after a recorder is attached, so the first frames are in it).
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual transport::LinkState link() const = 0;
    // For status lines: "live", "stale", "connecting", "stopped", or "replay".
    virtual QString linkName() const { return QLatin1String(transport::linkStateName(link())); }
    const QString& description() const { return m_description; }

    // The control channel, where there is one (empty endpoint: none), and how it is protected.
    virtual std::string controlEndpoint() const { return {}; }
    virtual security::CurveClient controlKeys() const { return {}; }
    virtual ControlSecurity controlSecurity() const { return ControlSecurity::Off; }
    // Why the publisher refused our key, when it did.
    virtual QString securityProblem() const { return {}; }

    // Only where they apply: a replay's position and controls; the simulator the workbench runs.
    virtual session::Replayer* replayer() { return nullptr; }
    virtual const sim::SimulatorServer* embeddedSimulator() const { return nullptr; }

protected:
    QString m_description;
};

// A ZeroMQ publisher: the SUB thread, the control endpoint and keys, and with `demo` the
// simulator itself on free loopback ports with fresh keys (secure by default).
class LiveSource : public TelemetrySource {
public:
    struct Options {
        bool demo = false;
        QString scenarioPath;               // demo: scenario file (empty = reference)
        double speed = 1.0;                 // demo: simulated seconds per wall second (0 = max)
        std::string telemetryEndpoint = "tcp://127.0.0.1:5556";
        std::string controlEndpoint = "tcp://127.0.0.1:5557";
        // Control of a remote publisher: CURVE with these keys, or plaintext only when insecureControl;
        // with neither the workbench only watches. The demo makes its own keys (secure by default).
        security::CurveClient controlKeys;
        bool insecureControl = false;
        bool curveTelemetry = false;        // the telemetry SUB uses controlKeys too
    };
    // Nothing with *error set when the scenario cannot be read or the simulator cannot bind.
    static std::unique_ptr<LiveSource> open(model::IngestPipeline& pipeline, const Options& options, QString* error);
    ~LiveSource() override;

    void start() override;
    void stop() override;
    transport::LinkState link() const override;
    std::string controlEndpoint() const override { return m_subscriberOptions.controlEndpoint; }
    security::CurveClient controlKeys() const override { return m_subscriberOptions.curve; }
    ControlSecurity controlSecurity() const override { return m_security; }
    QString securityProblem() const override;
    const sim::SimulatorServer* embeddedSimulator() const override { return m_server.get(); }

private:
    explicit LiveSource(model::IngestPipeline& pipeline) : m_pipeline(pipeline) {}

    model::IngestPipeline& m_pipeline;
    std::unique_ptr<sim::SimulatorServer> m_server;
    transport::TelemetrySubscriber::Options m_subscriberOptions;
    std::unique_ptr<transport::TelemetrySubscriber> m_subscriber;
    ControlSecurity m_security = ControlSecurity::Off;
};

// A session file played through the same pipeline. Reads as a live link while it plays.
class ReplaySource : public TelemetrySource {
public:
    static std::unique_ptr<ReplaySource> open(model::IngestPipeline& pipeline, const QString& path, QString* error);
    ~ReplaySource() override;

    void start() override {}   // the replayer plays when told to (play / seek / speed)
    void stop() override;
    transport::LinkState link() const override { return transport::LinkState::Live; }
    QString linkName() const override { return QStringLiteral("replay"); }
    session::Replayer* replayer() override { return m_replayer.get(); }

private:
    ReplaySource() = default;
    std::unique_ptr<session::Replayer> m_replayer;
};

} // namespace omega::runtime
