#pragma once
// A simulated fleet's physics, knobs and faults, loaded from a scenario file (docs/scenarios.md).

#include <QString>
#include <QVector>
#include <QByteArray>
#include <cstdint>
#include <optional>

namespace omega::sim {

// The orchestrator's tunable knobs (mirrors omega.v1.Config).
struct KnobConfig {
    std::uint64_t version = 1;
    std::uint32_t localLimit = 1;    // local CPU pool semaphore
    std::uint32_t cloudLimit = 10;   // cloud pool semaphore
    std::uint32_t cloudBatch = 1;    // items per cloud call
    double bulkLocalShare = 0.0;     // share of bulk items routed to the local pool, 0..1
    bool operator==(const KnobConfig&) const = default;
};

// Hard bounds the simulator accepts for each knob (a change outside them is refused).
struct KnobBounds {
    std::uint32_t maxLocalLimit = 256;
    std::uint32_t maxCloudLimit = 1024;
    std::uint32_t maxCloudBatch = 64;
    bool operator==(const KnobBounds&) const = default;
};

struct FaultSpec {
    enum class Kind { HotKosha, SlowTeam, CloudThrottleStorm, AgentCrash, TelemetryDrops, CapacityChange, SlowAgent };
    Kind kind = Kind::HotKosha;
    double startS = 0;      // simulated seconds from start
    double durationS = 0;   // 0 = until the end of the run
    QString target;         // domain kosha / team / agent name where the kind needs one
    double factor = 1.0;    // meaning depends on kind (slowdown, quota multiplier, drop share, capacity multiplier)
    int count = 0;          // AgentCrash: number of agents in the target kosha
    bool operator==(const FaultSpec&) const = default;
};

struct Scenario {
    QString name = QStringLiteral("reference");
    std::uint64_t seed = 1;

    // Hierarchy sizes (team -> prime kosha -> domain kosha -> agent); uneven splits are fine.
    int teams = 12;
    int primes = 72;
    int domains = 363;
    int agents = 3000;

    // Work: each team has an unbounded backlog; the orchestrator keeps this many tasks open per team.
    int tasksInFlightPerTeam = 16;
    int localStagesPerTask = 1;   // sensitive stages, always local, run first, in sequence
    int bulkItemsPerTask = 4;     // bulk items, fanned out in parallel after the local stages

    // Local CPU pool: service time alone, and Universal Scalability Law coefficients.
    double localServiceMs = 50.0;
    double uslSigma = 0.05;
    double uslKappa = 0.002;
    double serviceNoiseSigma = 0.3;  // log-normal sigma of per-stage service noise (mean kept at 1)

    // Cloud pool: a call of B items takes cloudCallBaseMs + cloudCallPerItemMs * B.
    double cloudCallBaseMs = 300.0;
    double cloudCallPerItemMs = 10.0;
    double cloudQuotaPerS = 400.0;   // provider's call quota; calls over it get a 429
    double throttleReplyMs = 50.0;   // time until the 429 arrives
    double retryBackoffMs = 200.0;   // back-off before the retry (the slot is held meanwhile)

    double sloP99Ms = 2000.0;        // task end-to-end p99 objective
    double tickIntervalMs = 100.0;   // telemetry interval in simulated time

    KnobConfig baseline;             // configuration at start
    KnobBounds bounds;
    QVector<FaultSpec> faults;
    bool operator==(const Scenario&) const = default;

    // The reference default scenario of DESIGN.md.
    static Scenario referenceDefault();
    // Reads a scenario file (JSON, see docs/scenarios.md); absent keys keep the reference values.
    static std::optional<Scenario> loadFile(const QString& path, QString* error);
    static std::optional<Scenario> fromJson(const QByteArray& json, QString* error);
    // Writes every key (fromJson(toJson()) gives an equal scenario); for sessions and tests.
    QByteArray toJson() const;
};

} // namespace omega::sim
