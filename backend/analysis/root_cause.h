#pragma once
// Root-cause ranking: which candidate (a pool, the provider quota, a team, prime or domain kosha, an
// agent, crashed agents) explains the fleet's lost throughput or added latency, and what share of it.
// Pure functions of a snapshot, its recent history and the capacity report, so each can be
// tested with known inputs and run on any thread. docs/root-cause.md describes the method.

#include "analysis/finding.h"
#include "model/ingest_pipeline.h"
#include "model/snapshot.h"

namespace omega::analysis {

struct RootCauseOptions {
    std::int64_t domainWindowUs = 60'000'000;   // service per unit of domains and primes over this
    std::int64_t domainMaxWindowUs = 180'000'000;   // ... or, for a domain with fewer units, its multiples up to this
    std::int64_t teamWindowUs = 60'000'000;     // ... of teams
    std::int64_t changeWindowUs = 600'000'000;  // local service per stage searched for a step
    std::int64_t warmUpUs = 30'000'000;        // no group is judged on less history than this
    std::int64_t confirmUs = 5'000'000;        // a domain is slow in the window ending this much earlier too
    double minUnits = 5;            // a group with fewer units finished in the window is not judged
    double slowRatio = 2.0;         // service per unit at least this times the peers' median ...
    double slowZ = 6.0;             // ... and this many standard errors above it
    // A domain must also be slow one cycle earlier, slower than its team's other domains and have
    // an agent with a slow service p99; with those checks it is judged on less work, which a
    // domain at the baseline load (a few units a minute) needs to be named while its fault lasts.
    double domainMinUnits = 2;
    double domainSlowZ = 4.0;
    // An agent is judged on its own service p50 (protocol 1.1) once it covers this many units (it
    // moves when half of them were slow); below agentFullUnits the bar rises as 1 / sqrt(units).
    double agentMinUnits = 8;
    double agentFullUnits = 16;
    // A slow domain is one agent's when that agent alone has a far-out p99 and its p50 is at
    // least this times the fleet's agents'.
    double agentFoldP50Ratio = 1.5;
    double criticalRatio = 2.0;     // critical from this ratio on (warning below, when a caller lowers slowRatio)
    double lossRatio = 1.25;        // local service per stage stepped up at least this much
};

struct RootCauseInput {
    model::SnapshotPtr snapshot;
    CapacityReportPtr capacity;     // may be null (no windows yet)
    // Per domain, 1 s points over the domain window: mean utilisation (%) and units finished per s.
    model::SeriesTable::Matrix domainUtilisation, domainThroughput;
    // Local pool service per stage (ms) and mean stages in service, 1 s points at the knobs in force.
    std::vector<model::SeriesPoint> localServiceMs, localInService, cloudCallServiceMs;
    // Medians over the agents of their own service p50 and p99 (protocol 1.1; 0 when not sent).
    double fleetAgentServiceP50Ms = 0, fleetAgentServiceP99Ms = 0;
};

// Reads what the ranking needs from the pipeline (thread-safe queries).
RootCauseInput gatherRootCauseInput(const model::IngestPipeline& pipeline, model::SnapshotPtr snapshot,
                                    CapacityReportPtr capacity, const RootCauseOptions& options = {});

// Candidates that explain a measurable share, as findings (SlowService, CrashedAgents,
// CapacityLoss); score = the share explained. Most important first.
std::vector<Finding> rootCauses(const RootCauseInput& input, const RootCauseOptions& options = {});

// Agents, judged on their own service time (protocol 1.1), which no wait for a pool or 429
// back-off inflates. rootCauses calls it after the groups: a slow domain whose slowness is one
// agent's is named as that agent; any other agent far slower than the fleet's agents and its
// domain's others is a warning (one agent's work is a small share of the fleet's, so it ranks
// below the standing limit).
void slowAgents(const RootCauseInput& input, const RootCauseOptions& options, std::vector<Finding>& findings);

// Merges the candidates into the cycle's findings: a pool's saturation is info unless that pool
// binds the fleet (capacity models), and warning at most while a fault (a slow kosha or team,
// crashed agents, lost capacity, throttling) is the cause of the change. Then ranks all.
void mergeRootCauses(std::vector<Finding>& findings, std::vector<Finding> causes, const model::FleetSnapshot& snapshot,
                     const CapacityReport* capacity);

} // namespace omega::analysis
