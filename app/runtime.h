#pragma once
// Wires a telemetry source (embedded simulator or a remote publisher) into the ingest pipeline.

#include "model/ingest_pipeline.h"
#include "transport/telemetry_subscriber.h"
#include "sim/sim_server.h"

#include <QString>
#include <memory>

namespace omega::app {

class Runtime {
public:
    struct Options {
        bool demo = false;                  // run the simulator in-process
        QString scenarioPath;               // demo: scenario file (empty = reference)
        double speed = 1.0;                 // demo: simulated seconds per wall second (0 = max)
        std::string telemetryEndpoint = "tcp://127.0.0.1:5556";
        std::string controlEndpoint = "tcp://127.0.0.1:5557";
    };

    Runtime();
    ~Runtime();
    bool start(const Options& options, QString* error);
    void stop();

    model::IngestPipeline& pipeline() { return *m_pipeline; }
    transport::LinkState link() const;
    QString sourceDescription() const { return m_description; }
    const sim::SimulatorServer* embeddedSimulator() const { return m_server.get(); }

private:
    std::unique_ptr<model::IngestPipeline> m_pipeline;
    std::unique_ptr<sim::SimulatorServer> m_server;
    std::unique_ptr<transport::TelemetrySubscriber> m_subscriber;
    QString m_description;
};

// One line describing the fleet and the feed, for headless runs and logs.
QString statusLine(const model::FleetSnapshot* snapshot, transport::LinkState link, double wallSeconds);

} // namespace omega::app
