#pragma once
// Runs a FleetSimulator on its own thread and serves it like an orchestrator would:
// telemetry on a PUB socket (topo/tick/pool/event), commands on a ROUTER socket.
// Used by omega-fleet-sim and, in-process, by `omega-workbench --demo` and the tests.

#include "security/authorized_keys.h"
#include "security/curve_keys.h"
#include "sim/fleet_simulator.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace zmq { class context_t; }

namespace omega::sim {

class SimulatorServer {
public:
    struct Options {
        std::string telemetryEndpoint = "tcp://127.0.0.1:5556";   // "tcp://127.0.0.1:*" picks a free port
        std::string controlEndpoint = "tcp://127.0.0.1:5557";
        std::string publisherId = "omega-fleet-sim";
        double speed = 1.0;              // simulated seconds per wall second; 0 = as fast as possible
        double durationS = 0;            // simulated seconds to run; 0 = until stop()
        int sendHighWaterMark = 500;        // bounded memory when a subscriber falls behind
        zmq::context_t* context = nullptr;
        // CURVE: with server keys the control ROUTER accepts only clients in authorizedKeys (a ZAP
        // handler in this server's context checks each handshake); observers may read, operators
        // may apply. Without them control is plaintext and open to anyone who can reach it.
        std::optional<security::CurveKeyPair> serverKeys;
        security::AuthorizedKeys authorizedKeys;
        bool curveTelemetry = false;   // the PUB socket uses the same keys and allow-list
    };
    struct Status {
        std::int64_t simTimeUs = 0;
        std::uint64_t ticksPublished = 0;
        std::uint64_t ticksDropped = 0;   // skipped on purpose by a TelemetryDrops fault
        std::uint64_t commandsHandled = 0;
        std::uint64_t clientsRefused = 0;     // CURVE handshakes with a key not in the allow-list
        std::uint64_t commandsRefused = 0;    // an observer's key asked to apply a change
        std::string lastRefused;              // "KEY from ADDRESS"
        KnobConfig config;
        FleetTotals totals;
        double boundTasksPerS = 0;
        bool finished = false;
    };

    SimulatorServer(Scenario scenario, Options options);
    ~SimulatorServer();
    SimulatorServer(const SimulatorServer&) = delete;
    SimulatorServer& operator=(const SimulatorServer&) = delete;

    // Binds both sockets without publishing yet, so subscribers can connect before the first tick.
    bool bind(QString* error = nullptr);
    // Binds (if not done yet) and starts the thread. False with *error set if a bind fails.
    bool start(QString* error = nullptr);
    void stop();
    void setSpeed(double speed) { m_speed.store(speed); }

    // Endpoints actually bound (with the port chosen for "*").
    std::string telemetryEndpoint() const;
    std::string controlEndpoint() const;
    Status status() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::atomic<double> m_speed{1.0};
};

} // namespace omega::sim
