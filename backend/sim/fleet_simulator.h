#pragma once
// Seeded discrete-event model of the Augur Omega hybrid orchestrator (see DESIGN.md, "The simulator").
// Single-threaded: one owner thread calls everything.

#include "sim/scenario.h"
#include "protocol/telemetry.pb.h"

#include <memory>
#include <vector>

namespace omega::sim {

struct FleetTotals {
    std::uint64_t tasksArrived = 0;
    std::uint64_t tasksCompleted = 0;
    std::uint64_t tasksFailed = 0;
    std::uint64_t tasksInFlight = 0;   // == arrived - completed - failed, always
    std::uint64_t stagesCompleted = 0; // local stages + bulk items
    std::uint64_t cloudCalls = 0;
    std::uint64_t cloudThrottled = 0;
};

class FleetSimulator {
public:
    explicit FleetSimulator(Scenario scenario);
    ~FleetSimulator();
    FleetSimulator(const FleetSimulator&) = delete;
    FleetSimulator& operator=(const FleetSimulator&) = delete;

    const Scenario& scenario() const;
    std::int64_t nowUs() const;                 // simulated time
    void advanceTo(std::int64_t simTimeUs);     // processes every event up to that time

    const KnobConfig& config() const;
    // Applies the fields present in `change` if expectedVersion matches; bumps the version.
    bool applyConfig(const omega::v1::Config& change, std::uint64_t expectedVersion, QString* error);

    // Telemetry payloads; the caller fills Header.
    void fillTopology(omega::v1::Topology& out) const;
    void fillTick(omega::v1::Tick& out);        // closes the interval since the previous fillTick
    void fillPools(omega::v1::Pools& out);      // closes the pool interval since the previous fillPools
    std::vector<omega::v1::Event> takeEvents(); // fault start/end, config applied, ...
    bool dropTelemetryNow();                    // true while a TelemetryDrops fault says to skip this tick

    FleetTotals totals() const;

    // Independent of any tuner: expected steady-state task throughput at a configuration under the
    // current (fault-adjusted) physics, and the best over all configurations within the bounds.
    double analyticThroughput(const KnobConfig& cfg) const;
    double theoreticalBoundTasksPerS() const;
    KnobConfig boundConfig() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace omega::sim
