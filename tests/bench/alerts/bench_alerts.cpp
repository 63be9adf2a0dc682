// Over 600 lines on purpose: one benchmark program whose scenarios (rule counts, scopes, fleet
// sizes, loaded machine) share one harness and one report; each scenario is a function below.
// Publish -> alert latency benchmark. Prints figures only (no pass/fail); the bar is in DESIGN.md
// ("Quality bars": publish -> alert p99 < 10 ms, heading for <= 1 ms) and the results go into
// docs/BENCHMARKS.md ("Alerting").
//
// One process, real sockets, one machine (both clocks are this machine's system clock):
//
//   publisher thread: ZeroMQ PUB bound on tcp://127.0.0.1:*, sends a 3,000-agent topology
//     (12 teams / 72 primes / 363 domains; resent every wall second as docs/protocol.md asks),
//     then `tick` + `pool` at 100 Hz (fast mode) or 10 Hz. The tick body is rebuilt before the
//     deadline; at the deadline the header is filled with protocol::wallClockUs() and sent at once.
//     After 1 s of warm-up, every `period`-th tick starts a spike: one agent's latency_p99 goes to
//     1,500 ms for `on` ticks, then back (a different agent each time, so nothing flaps).
//   workbench side: TelemetrySubscriber -> IngestPipeline -> observer = a timing wrapper that
//     forwards to alerts::Evaluator, loaded with 100 rules (the trigger "agent latency_p99 > 1000,
//     for 0" placed last, i.e. evaluated after the 99 others, plus 99 realistic rules over agent,
//     domain, prime, team, pool and fleet scopes: thresholds, relative outliers, rates, absence,
//     burn rate, grouped) that do not fire on this feed.
//   Alert latency = Alert::latencyMs() = raisedWallUs - sampleWallUs (the tick header's publish
//     time) of each firing of the trigger rule (resolutions are not counted).
//   Reference in the same run: raw ZeroMQ one-way latency, same publisher, same messages and
//     rate, a plain SUB thread with the subscriber's poll + drain loop: publish wall time -> recv
//     wall time, no decode (the k-th tick received is matched with the k-th tick sent).
//   Load: optionally one background thread sorting 1 MB arrays non-stop (busy work standing in for
//     the GUI and the analysis cycle) during the "loaded" phases.
//
//   GUI: optionally (--gui) the real main window (offscreen, 1920 x 1080, every view docked) reads
//     the pipeline, the alerts and the analysis engine's findings in the same process and draws at
//     its own <= 30 Hz, and the analysis engine runs its cycle once a second, as in the product,
//     during the "with GUI and analysis" phase.
//
//   Also: Evaluator::onTick cost by rule subset (scope, kind) on the same feed without sockets, and
//     a 100 Hz run with the trigger rule alone (what the pipeline costs without the other 99).
//
// Options: --fast-seconds=S (28) --slow-seconds=S (20) --raw-seconds=S (6) --light-seconds=S (8)
//          --period=N (8) --on=N (3)  (fast-mode trigger pattern in ticks)
//          --no-load --no-slow --no-costs --trigger-first (trigger rule evaluated first, not last)
//          --gui (adds the 100 Hz phase with the main window; QT_QPA_PLATFORM defaults to offscreen)

#include "../bench_common.h"

#include "alerts/evaluator.h"
#include "alerts/rule.h"
#include "analysis/engine.h"
#include "model/ingest_pipeline.h"
#include "model/snapshot.h"
#include "protocol/codec.h"
#include "protocol/telemetry.pb.h"
#include "transport/telemetry_subscriber.h"

#include "widgets/main_window.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <pthread.h>
#include <random>
#include <string>
#include <thread>
#include <vector>
#include <zmq.hpp>

namespace {

namespace protocol = omega::protocol;
namespace model = omega::model;
namespace alerts = omega::alerts;
namespace transport = omega::transport;
namespace bench = omega::bench;

constexpr int kAgents = 3000, kTeams = 12, kPrimes = 72, kDomains = 363;
constexpr const char* kPublisher = "bench-alerts-pub";
constexpr const char* kTriggerRule = "AgentStageP99Over1s";
constexpr float kSpikeMs = 1500.0f;
constexpr int kHwm = 500;   // the workbench's default receive HWM, and the simulator's send HWM

// ------------------------------------------------------------------------------------- rules

// 99 rules that watch the same feed and stay quiet on it (the values below keep them under their
// thresholds or shorter than their `for`), then the trigger rule.
const char* const kRulesJson = R"JSON({"rules": [
 {"name": "AgentStageP99Critical", "scope": "agent", "metric": "latency_p99", "op": ">", "threshold": 5000, "clear": 4000, "for": "2s", "group_by": "domain", "severity": "critical"},
 {"name": "SlowAgents", "scope": "agent", "metric": "latency_p99", "relative": true, "op": ">", "threshold": 4, "clear": 3, "for": "5s", "group_by": "domain", "severity": "info"},
 {"name": "VerySlowAgents", "scope": "agent", "metric": "latency_p99", "relative": true, "op": ">", "threshold": 10, "clear": 6, "for": "10s", "group_by": "prime"},
 {"name": "AgentQueueDeep", "scope": "agent", "metric": "queue_depth", "op": ">", "threshold": 50, "clear": 30, "for": "5s", "group_by": "domain"},
 {"name": "AgentQueueFlood", "scope": "agent", "metric": "queue_depth", "op": ">", "threshold": 200, "group_by": "team", "severity": "critical"},
 {"name": "AgentQueueOutlier", "scope": "agent", "metric": "queue_depth", "relative": true, "op": ">", "threshold": 10, "clear": 6, "for": "10s", "group_by": "domain", "severity": "info"},
 {"name": "AgentSaturated", "scope": "agent", "metric": "utilisation", "op": ">", "threshold": 99, "for": "30s", "group_by": "domain", "severity": "info"},
 {"name": "AgentUtilOutlier", "scope": "agent", "metric": "utilisation", "relative": true, "op": ">", "threshold": 3, "for": "30s", "group_by": "prime", "severity": "info"},
 {"name": "AgentErrors", "scope": "agent", "metric": "error_rate", "op": ">", "threshold": 1, "clear": 0.5, "for": "10s", "group_by": "domain"},
 {"name": "AgentErrorsCritical", "scope": "agent", "metric": "error_rate", "op": ">", "threshold": 5, "group_by": "team", "severity": "critical"},
 {"name": "AgentsDown", "scope": "agent", "metric": "failed_agents", "op": ">", "threshold": 0.5, "group_by": "domain", "severity": "critical"},
 {"name": "AgentsDownByTeam", "scope": "agent", "metric": "failed_agents", "op": ">", "threshold": 0.5, "group_by": "team", "severity": "critical"},
 {"name": "AgentStuck", "type": "absence", "scope": "agent", "window": "30s", "group_by": "team"},
 {"name": "AgentStuckShort", "type": "absence", "scope": "agent", "window": "10s", "group_by": "domain"},
 {"name": "AgentLatencyClimbing", "type": "rate", "scope": "agent", "metric": "latency_p99", "op": ">", "threshold": 500, "window": "5s", "for": "2s", "group_by": "domain"},
 {"name": "AgentQueueGrowing", "type": "rate", "scope": "agent", "metric": "queue_depth", "op": ">", "threshold": 5, "window": "5s", "for": "5s", "group_by": "domain", "severity": "info"},
 {"name": "AgentThroughputCollapsed", "scope": "agent", "metric": "throughput", "relative": true, "op": "<", "threshold": 0.1, "for": "30s", "group_by": "domain"},
 {"name": "AgentStageP99Warn", "scope": "agent", "metric": "latency_p99", "op": ">", "threshold": 2500, "clear": 2000, "for": "5s", "group_by": "domain"},
 {"name": "AgentQueueDeepByPrime", "scope": "agent", "metric": "queue_depth", "op": ">", "threshold": 100, "for": "10s", "group_by": "prime"},

 {"name": "HotKosha", "scope": "domain", "metric": "latency_p99", "relative": true, "op": ">", "threshold": 2.5, "clear": 1.8, "for": "3s"},
 {"name": "HotKoshaCritical", "scope": "domain", "metric": "latency_p99", "relative": true, "op": ">", "threshold": 5, "clear": 3, "for": "3s", "severity": "critical"},
 {"name": "DomainP99High", "scope": "domain", "metric": "latency_p99", "op": ">", "threshold": 1000, "clear": 800, "for": "5s"},
 {"name": "DomainP99Critical", "scope": "domain", "metric": "latency_p99", "op": ">", "threshold": 3000, "for": "2s", "severity": "critical"},
 {"name": "DomainP99Warn", "scope": "domain", "metric": "latency_p99", "op": ">", "threshold": 750, "clear": 600, "for": "10s", "severity": "info"},
 {"name": "DomainQueueDeep", "scope": "domain", "metric": "queue_depth", "op": ">", "threshold": 500, "clear": 300, "for": "10s"},
 {"name": "DomainQueueWarn", "scope": "domain", "metric": "queue_depth", "op": ">", "threshold": 300, "clear": 200, "for": "30s", "severity": "info"},
 {"name": "DomainQueueOutlier", "scope": "domain", "metric": "queue_depth", "relative": true, "op": ">", "threshold": 4, "for": "10s", "severity": "info"},
 {"name": "DomainSaturated", "scope": "domain", "metric": "utilisation", "op": ">", "threshold": 97, "for": "30s"},
 {"name": "DomainUnderused", "scope": "domain", "metric": "utilisation", "op": "<", "threshold": 5, "for": "60s", "severity": "info"},
 {"name": "DomainErrors", "scope": "domain", "metric": "error_rate", "op": ">", "threshold": 2, "for": "10s"},
 {"name": "DomainErrorsCritical", "scope": "domain", "metric": "error_rate", "op": ">", "threshold": 10, "severity": "critical"},
 {"name": "DomainAgentsDown", "scope": "domain", "metric": "failed_agents", "op": ">", "threshold": 1.5, "severity": "critical"},
 {"name": "DomainThroughputLow", "scope": "domain", "metric": "throughput", "relative": true, "op": "<", "threshold": 0.2, "for": "60s"},
 {"name": "DomainThroughputOutlierHigh", "scope": "domain", "metric": "throughput", "relative": true, "op": ">", "threshold": 5, "for": "60s", "severity": "info"},
 {"name": "DomainLatencyClimbing", "type": "rate", "scope": "domain", "metric": "latency_p99", "op": ">", "threshold": 200, "window": "10s", "for": "5s"},
 {"name": "DomainQueueGrowing", "type": "rate", "scope": "domain", "metric": "queue_depth", "op": ">", "threshold": 50, "window": "10s", "for": "5s"},
 {"name": "DomainThroughputDropping", "type": "rate", "scope": "domain", "metric": "throughput", "op": "<", "threshold": -20, "window": "10s", "for": "10s"},
 {"name": "DomainErrorRising", "type": "rate", "scope": "domain", "metric": "error_rate", "op": ">", "threshold": 1, "window": "10s", "for": "5s"},
 {"name": "DomainP99ByPrime", "scope": "domain", "metric": "latency_p99", "op": ">", "threshold": 1500, "for": "5s", "group_by": "prime"},
 {"name": "DomainLatencyOutlierByPrime", "scope": "domain", "metric": "latency_p99", "relative": true, "op": ">", "threshold": 3, "for": "10s", "group_by": "prime"},
 {"name": "DomainQueueByTeam", "scope": "domain", "metric": "queue_depth", "op": ">", "threshold": 800, "for": "5s", "group_by": "team"},
 {"name": "DomainErrorsByPrime", "scope": "domain", "metric": "error_rate", "op": ">", "threshold": 3, "for": "10s", "group_by": "prime"},
 {"name": "DomainSaturatedByTeam", "scope": "domain", "metric": "utilisation", "op": ">", "threshold": 99, "for": "60s", "group_by": "team", "severity": "info"},
 {"name": "DomainAgentsDownByTeam", "scope": "domain", "metric": "failed_agents", "op": ">", "threshold": 0.5, "for": "5s", "group_by": "team"},

 {"name": "PrimeP99High", "scope": "prime", "metric": "latency_p99", "op": ">", "threshold": 1000, "for": "5s"},
 {"name": "PrimeP99Critical", "scope": "prime", "metric": "latency_p99", "op": ">", "threshold": 2500, "for": "2s", "severity": "critical"},
 {"name": "PrimeHot", "scope": "prime", "metric": "latency_p99", "relative": true, "op": ">", "threshold": 2, "for": "5s"},
 {"name": "PrimeQueueDeep", "scope": "prime", "metric": "queue_depth", "op": ">", "threshold": 2000, "for": "10s"},
 {"name": "PrimeQueueOutlier", "scope": "prime", "metric": "queue_depth", "relative": true, "op": ">", "threshold": 3, "for": "30s", "severity": "info"},
 {"name": "PrimeSaturated", "scope": "prime", "metric": "utilisation", "op": ">", "threshold": 97, "for": "30s"},
 {"name": "PrimeErrors", "scope": "prime", "metric": "error_rate", "op": ">", "threshold": 5, "for": "10s"},
 {"name": "PrimeAgentsDown", "scope": "prime", "metric": "failed_agents", "op": ">", "threshold": 3, "severity": "critical"},
 {"name": "PrimeThroughputLow", "scope": "prime", "metric": "throughput", "relative": true, "op": "<", "threshold": 0.25, "for": "60s"},
 {"name": "PrimeLatencyClimbing", "type": "rate", "scope": "prime", "metric": "latency_p99", "op": ">", "threshold": 100, "window": "10s", "for": "5s"},
 {"name": "PrimeQueueGrowing", "type": "rate", "scope": "prime", "metric": "queue_depth", "op": ">", "threshold": 100, "window": "10s", "for": "10s", "severity": "info"},
 {"name": "PrimeP99ByTeam", "scope": "prime", "metric": "latency_p99", "op": ">", "threshold": 1500, "for": "5s", "group_by": "team"},

 {"name": "TeamP99High", "scope": "team", "metric": "latency_p99", "op": ">", "threshold": 1000, "for": "5s"},
 {"name": "TeamP99Critical", "scope": "team", "metric": "latency_p99", "op": ">", "threshold": 2000, "for": "2s", "severity": "critical"},
 {"name": "TeamSlowest", "scope": "team", "metric": "latency_p99", "relative": true, "op": ">", "threshold": 2, "for": "10s"},
 {"name": "TeamQueueDeep", "scope": "team", "metric": "queue_depth", "op": ">", "threshold": 10000, "for": "10s"},
 {"name": "TeamSaturated", "scope": "team", "metric": "utilisation", "op": ">", "threshold": 95, "for": "60s"},
 {"name": "TeamIdle", "scope": "team", "metric": "utilisation", "op": "<", "threshold": 2, "for": "60s", "severity": "info"},
 {"name": "TeamErrors", "scope": "team", "metric": "error_rate", "op": ">", "threshold": 10, "for": "10s"},
 {"name": "TeamAgentsDown", "scope": "team", "metric": "failed_agents", "op": ">", "threshold": 10, "severity": "critical"},
 {"name": "TeamThroughputLow", "scope": "team", "metric": "throughput", "relative": true, "op": "<", "threshold": 0.3, "for": "60s"},
 {"name": "TeamThroughputDropping", "type": "rate", "scope": "team", "metric": "throughput", "op": "<", "threshold": -100, "window": "30s", "for": "10s"},
 {"name": "TeamLatencyClimbing", "type": "rate", "scope": "team", "metric": "latency_p99", "op": ">", "threshold": 50, "window": "30s", "for": "10s", "severity": "info"},
 {"name": "TeamQueueGrowing", "type": "rate", "scope": "team", "metric": "queue_depth", "op": ">", "threshold": 200, "window": "30s", "for": "10s", "severity": "info"},

 {"name": "CloudThrottled", "scope": "pool", "pool": "cloud", "metric": "throttled_per_s", "op": ">", "threshold": 5, "clear": 1, "for": "3s"},
 {"name": "CloudThrottleStorm", "scope": "pool", "pool": "cloud", "metric": "throttled_per_s", "op": ">", "threshold": 50, "severity": "critical"},
 {"name": "PoolQueueBuilding", "type": "rate", "scope": "pool", "metric": "waiting", "op": ">", "threshold": 20, "window": "5s", "for": "5s"},
 {"name": "PoolWaitingHigh", "scope": "pool", "metric": "waiting", "op": ">", "threshold": 500, "for": "10s"},
 {"name": "LocalPoolWaiting", "scope": "pool", "pool": "local", "metric": "waiting", "op": ">", "threshold": 200, "for": "10s"},
 {"name": "PoolSaturated", "scope": "pool", "metric": "utilisation", "op": ">", "threshold": 98, "for": "60s"},
 {"name": "PoolUnderused", "scope": "pool", "metric": "utilisation", "op": "<", "threshold": 5, "for": "120s", "severity": "info"},
 {"name": "PoolLatencyHigh", "scope": "pool", "metric": "latency_p99", "op": ">", "threshold": 5000, "for": "10s"},
 {"name": "CloudLatencyHigh", "scope": "pool", "pool": "cloud", "metric": "latency_p99", "op": ">", "threshold": 2000, "for": "5s"},
 {"name": "LocalLatencyHigh", "scope": "pool", "pool": "local", "metric": "latency_p99", "op": ">", "threshold": 1000, "for": "5s"},
 {"name": "PoolStalled", "scope": "pool", "metric": "completed_per_s", "op": "<", "threshold": 0.5, "for": "60s", "severity": "critical"},
 {"name": "PoolThroughputDrop", "type": "rate", "scope": "pool", "metric": "completed_per_s", "op": "<", "threshold": -10, "window": "10s", "for": "10s"},
 {"name": "PoolInUseSpike", "type": "rate", "scope": "pool", "metric": "in_use", "op": ">", "threshold": 50, "window": "5s", "for": "5s", "severity": "info"},
 {"name": "CloudInUseHigh", "scope": "pool", "pool": "cloud", "metric": "in_use", "op": ">", "threshold": 400, "for": "30s", "severity": "info"},

 {"name": "FleetTaskLatencySLO", "scope": "fleet", "metric": "task_latency_p99", "op": ">", "threshold": 2000, "clear": 1800, "for": "5s", "severity": "critical"},
 {"name": "FleetTaskP99Warn", "scope": "fleet", "metric": "task_latency_p99", "op": ">", "threshold": 1600, "clear": 1400, "for": "30s"},
 {"name": "FleetTaskP50High", "scope": "fleet", "metric": "task_latency_p50", "op": ">", "threshold": 1000, "for": "30s"},
 {"name": "FleetErrorBudgetBurn", "type": "burn", "scope": "fleet", "slo": 0.99, "factor": 14.4, "window": "60s", "severity": "critical"},
 {"name": "FleetErrorBudgetBurnSlow", "type": "burn", "scope": "fleet", "slo": 0.99, "factor": 6, "window": "5m"},
 {"name": "FleetErrorBudgetBurnStrict", "type": "burn", "scope": "fleet", "slo": 0.999, "factor": 14.4, "window": "30s", "severity": "critical"},
 {"name": "TelemetryFeedSilent", "type": "absence", "scope": "fleet", "window": "2s", "severity": "critical"},
 {"name": "TelemetryFeedSilentLong", "type": "absence", "scope": "fleet", "window": "10s", "severity": "critical"},
 {"name": "FleetThroughputLow", "scope": "fleet", "metric": "tasks_per_s", "op": "<", "threshold": 1, "for": "30s", "severity": "critical"},
 {"name": "FleetTasksStalled", "scope": "fleet", "metric": "tasks_per_s", "op": "<", "threshold": 0.1, "for": "10s", "severity": "critical"},
 {"name": "FleetThroughputDropping", "type": "rate", "scope": "fleet", "metric": "tasks_per_s", "op": "<", "threshold": -2, "window": "30s", "for": "10s"},
 {"name": "FleetFailuresHigh", "scope": "fleet", "metric": "failed_tasks_per_s", "op": ">", "threshold": 2, "for": "10s"},
 {"name": "FleetInFlightHigh", "scope": "fleet", "metric": "tasks_in_flight", "op": ">", "threshold": 5000, "for": "30s"},
 {"name": "FleetQueueHigh", "scope": "fleet", "metric": "queued_stages", "op": ">", "threshold": 50000, "for": "30s"},
 {"name": "FleetQueueGrowing", "type": "rate", "scope": "fleet", "metric": "queued_stages", "op": ">", "threshold": 500, "window": "30s", "for": "10s"},
 {"name": "FleetAgentsDown", "scope": "fleet", "metric": "failed_agents", "op": ">", "threshold": 30, "severity": "critical"},
 {"name": "FleetTaskP99Rising", "type": "rate", "scope": "fleet", "metric": "task_latency_p99", "op": ">", "threshold": 100, "window": "30s", "for": "10s", "severity": "info"},

 {"name": "AgentStageP99Over1s", "scope": "agent", "metric": "latency_p99", "op": ">", "threshold": 1000, "clear": 800, "for": 0, "severity": "critical", "summary": "An agent's stage p99 is above 1 s"}
]})JSON";

// ------------------------------------------------------------------------------------- the fleet

const char* const kTeamNames[kTeams] = {"atlas",  "borealis", "cygnus", "draco", "eridanus", "fornax",
                                        "gemini", "hydra",    "lyra",   "orion", "pegasus",  "vela"};

// Fixed per-agent character of the feed (seeded), so every phase sees the same fleet.
struct Fleet {
    omega::v1::Topology topology;   // header filled at each send
    std::vector<float> baseP99;     // 30..180 ms: nobody is 4x the median, the spike is ~25x
    std::vector<float> baseUtil;    // 0.3..0.9
    std::vector<float> noise;       // 0.9..1.1, indexed (agent * 7 + tick) % size

    Fleet()
    {
        auto& t = topology;
        t.set_topology_version(1);
        for (int i = 0; i < kTeams; ++i)
            t.add_teams()->set_name(kTeamNames[i]);
        for (int p = 0; p < kPrimes; ++p) {
            auto* prime = t.add_primes();
            const int team = p * kTeams / kPrimes;
            prime->set_name(std::string(kTeamNames[team]) + ".p" + std::to_string(p % (kPrimes / kTeams) + 1));
            prime->set_team(static_cast<unsigned>(team));
        }
        std::vector<int> perPrime(kPrimes, 0);
        for (int d = 0; d < kDomains; ++d) {
            auto* domain = t.add_domains();
            const int prime = d * kPrimes / kDomains;
            domain->set_name(t.primes(prime).name() + ".d" + std::to_string(++perPrime[static_cast<std::size_t>(prime)]));
            domain->set_prime(static_cast<unsigned>(prime));
        }
        std::vector<int> perDomain(kDomains, 0);
        for (int a = 0; a < kAgents; ++a) {
            const int domain = a * kDomains / kAgents;   // 8 or 9 agents per domain
            t.add_agent_names(t.domains(domain).name() + ".a" + std::to_string(++perDomain[static_cast<std::size_t>(domain)]));
            t.add_agent_domain(static_cast<unsigned>(domain));
        }
        auto* local = t.add_pools();
        local->set_name("local");
        local->set_kind(omega::v1::POOL_KIND_LOCAL);
        auto* cloud = t.add_pools();
        cloud->set_name("cloud");
        cloud->set_kind(omega::v1::POOL_KIND_CLOUD);

        std::mt19937_64 rng(20261125);
        std::lognormal_distribution<double> lat(std::log(60.0), 0.5);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        for (int a = 0; a < kAgents; ++a) {
            baseP99.push_back(static_cast<float>(std::clamp(lat(rng), 30.0, 180.0)));
            baseUtil.push_back(static_cast<float>(0.3 + 0.6 * u(rng)));
        }
        for (int k = 0; k < 1024; ++k)
            noise.push_back(static_cast<float>(0.9 + 0.2 * u(rng)));
    }
};

// ------------------------------------------------------------------------------------- publisher

struct Schedule {
    int hz = 100;
    int period = 8;     // ticks from one spike start to the next
    int on = 3;         // ticks a spike lasts
    double seconds = 30;
    double warmupS = 1.0;
};

// Spike pattern: after the warm-up, every `period`-th tick starts a spike of `on` ticks on one
// agent (a different one each time). Returns the agent, or -1.
int spikeAgentAt(const Schedule& s, std::int64_t tick)
{
    const std::int64_t w = static_cast<std::int64_t>(s.warmupS * s.hz);
    if (tick < w)
        return -1;
    const std::int64_t j = tick - w;
    if (j % s.period >= s.on)
        return -1;
    return static_cast<int>((j / s.period * 7919 + 11) % kAgents);
}

// Builds tick k's body (a Tick without header) and pool state; counters advance with k.
class FeedBuilder {
public:
    FeedBuilder(const Fleet& fleet, Schedule s) : m_fleet(fleet), m_s(s)
    {
        interval = 1'000'000 / s.hz;
        m_body.set_topology_version(1);
        m_body.set_agent_count(kAgents);
        m_body.set_interval_us(static_cast<std::uint32_t>(interval));
        m_body.mutable_state()->assign(kAgents, char(omega::v1::AGENT_STATE_BUSY));
        auto fill = [](auto* field, auto value) { field->Resize(kAgents, value); return field->mutable_data(); };
        m_queue = fill(m_body.mutable_queue_depth(), 0u);
        m_inFlight = fill(m_body.mutable_in_flight(), 0u);
        m_completed = fill(m_body.mutable_completed(), 0u);
        m_failed = fill(m_body.mutable_failed(), 0u);
        m_p50 = fill(m_body.mutable_latency_p50_ms(), 0.0f);
        m_p99 = fill(m_body.mutable_latency_p99_ms(), 0.0f);
        m_localCalls = fill(m_body.mutable_local_calls(), 0u);
        m_cloudCalls = fill(m_body.mutable_cloud_calls(), 0u);
        m_cpu = fill(m_body.mutable_cpu_share(), 0.0f);
        m_throttled = fill(m_body.mutable_throttled(), 0u);
        m_util = fill(m_body.mutable_utilisation(), 0.0f);
        m_state = m_body.mutable_state()->data();
        for (const char* name : {"local", "cloud"})
            pools.add_pools()->set_name(name);
        auto* local = pools.mutable_pools(0);
        auto* cloud = pools.mutable_pools(1);
        local->set_kind(omega::v1::POOL_KIND_LOCAL);
        local->set_limit(1);
        local->set_in_use(1);
        local->set_batch_size(1);
        local->set_utilisation(0.85f);
        cloud->set_kind(omega::v1::POOL_KIND_CLOUD);
        cloud->set_limit(10);
        cloud->set_in_use(9);
        cloud->set_batch_size(1);
        cloud->set_utilisation(0.9f);
    }

    // Tick k: body bytes into `body`, pool state into `pools` (header left to the sender).
    void build(std::int64_t k)
    {
        const double dtS = static_cast<double>(interval) / 1e6;
        const std::int64_t failEvery = std::max<std::int64_t>(1, static_cast<std::int64_t>(5.0 / dtS));   // 1 / 5 s
        const int spike = spikeAgentAt(m_s, k);
        for (int a = 0; a < kAgents; ++a) {
            const auto i = static_cast<std::size_t>(a);
            const std::uint32_t q = static_cast<std::uint32_t>((a * 13 + k / m_s.hz) % 7);
            m_queue[a] = q;
            m_inFlight[a] = q > 0 ? 1u : 0u;
            m_state[a] = char(q > 0 ? omega::v1::AGENT_STATE_BUSY : omega::v1::AGENT_STATE_IDLE);
            if ((k + a) % 5 == 0) {
                ++m_completed[a];
                if (a % 5 == 0)
                    ++m_localCalls[a];
                else
                    ++m_cloudCalls[a];
            }
            if (a % 97 == 0 && (k + a) % failEvery == 0)
                ++m_failed[a];
            const float n1 = m_fleet.noise[static_cast<std::size_t>(a * 7 + k) % m_fleet.noise.size()];
            m_p99[a] = a == spike ? kSpikeMs : m_fleet.baseP99[i] * n1;
            m_p50[a] = m_fleet.baseP99[i] * 0.4f * n1;
            m_util[a] = std::min(1.0f, m_fleet.baseUtil[i] * n1);
            m_cpu[a] = m_util[a] / static_cast<float>(kAgents);
            if (a % 200 == 0 && (k + a) % (failEvery * 4) == 0)
                ++m_throttled[a];
        }
        m_tasks += 8.0 * dtS;
        const auto done = static_cast<std::uint64_t>(m_tasks);
        m_body.set_tasks_completed(done);
        m_body.set_tasks_failed(done / 2000);
        m_body.set_tasks_arrived(done + done / 2000 + 40);
        m_body.set_tasks_in_flight(40);
        m_body.set_task_latency_p50_ms(400.0f + 20.0f * std::sin(static_cast<float>(k) * 0.01f));
        m_body.set_task_latency_p99_ms(1200.0f + 80.0f * std::sin(static_cast<float>(k) * 0.013f));
        m_body.SerializeToString(&body);
        m_localDone += 20.0 * dtS;
        m_cloudDone += 32.0 * dtS;
        m_cloudThrottled += 0.5 * dtS;
        auto* local = pools.mutable_pools(0);
        auto* cloud = pools.mutable_pools(1);
        local->set_waiting(static_cast<std::uint32_t>(25 + k % 5));
        local->set_completed(static_cast<std::uint64_t>(m_localDone));
        local->set_latency_p50_ms(40.0f);
        local->set_latency_p99_ms(80.0f + static_cast<float>(k % 7));
        cloud->set_waiting(static_cast<std::uint32_t>(120 + k % 10));
        cloud->set_completed(static_cast<std::uint64_t>(m_cloudDone));
        cloud->set_throttled(static_cast<std::uint64_t>(m_cloudThrottled));
        cloud->set_latency_p50_ms(310.0f);
        cloud->set_latency_p99_ms(450.0f + static_cast<float>(k % 11));
    }

    std::int64_t interval = 100'000;
    std::string body;
    omega::v1::Pools pools;

private:
    const Fleet& m_fleet;
    Schedule m_s;
    omega::v1::Tick m_body;
    std::uint32_t *m_queue, *m_inFlight, *m_completed, *m_failed, *m_localCalls, *m_cloudCalls, *m_throttled;
    float *m_p50, *m_p99, *m_cpu, *m_util;
    char* m_state;
    double m_tasks = 0, m_localDone = 0, m_cloudDone = 0, m_cloudThrottled = 0;
};

// One Tick = its header (filled now) + a pre-serialized body: protobuf merges concatenated fields.
void tickMessage(zmq::message_t& msg, std::string& header, const std::string& body, std::uint64_t epoch,
                 std::uint64_t seq, std::int64_t wallUs, std::int64_t simUs)
{
    omega::v1::Tick head;
    protocol::fillHeader(*head.mutable_header(), kPublisher, epoch, seq, wallUs, simUs, 1);
    head.SerializeToString(&header);
    msg.rebuild(header.size() + body.size());
    std::memcpy(msg.data(), header.data(), header.size());
    std::memcpy(static_cast<char*>(msg.data()) + header.size(), body.data(), body.size());
}

class Publisher {
public:
    Publisher(const Fleet& fleet, Schedule s)
        : m_fleet(fleet), m_s(s), m_ctx(1), m_pub(m_ctx, zmq::socket_type::pub)
    {
        m_pub.set(zmq::sockopt::linger, 0);
        m_pub.set(zmq::sockopt::sndhwm, kHwm);
        m_pub.bind("tcp://127.0.0.1:*");
        m_endpoint = m_pub.get(zmq::sockopt::last_endpoint);
        m_ticks = static_cast<std::size_t>(s.seconds * s.hz) + 8;
        m_sendWallUs = std::make_unique<std::atomic<std::int64_t>[]>(m_ticks);
        m_topoBefore = std::make_unique<std::atomic<bool>[]>(m_ticks);
        for (std::size_t i = 0; i < m_ticks; ++i) {
            m_sendWallUs[i].store(0, std::memory_order_relaxed);
            m_topoBefore[i].store(false, std::memory_order_relaxed);
        }
        m_epoch = static_cast<std::uint64_t>(protocol::wallClockUs());
    }
    ~Publisher() { stop(); }

    const std::string& endpoint() const { return m_endpoint; }
    void start() { m_thread = std::thread([this] { run(); }); }
    void go() { m_go = true; }
    void stop()
    {
        m_stop = true;
        m_go = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    bool finished() const { return m_finished.load(); }
    std::int64_t intervalUs() const { return 1'000'000 / m_s.hz; }
    // Publish wall time of tick k (0-based), 0 if not sent yet.
    std::int64_t sendWallUs(std::size_t k) const { return k < m_ticks ? m_sendWallUs[k].load(std::memory_order_acquire) : 0; }
    bool topoBefore(std::size_t k) const { return k < m_ticks && m_topoBefore[k].load(std::memory_order_relaxed); }
    std::uint64_t ticksSent() const { return m_sent.load(); }
    std::uint64_t spikesSent() const { return m_spikes.load(); }

private:
    template <typename Message>
    void sendWhole(const char* topic, Message& msg, std::uint64_t seq, std::int64_t simUs)
    {
        protocol::fillHeader(*msg.mutable_header(), kPublisher, m_epoch, seq, protocol::wallClockUs(), simUs, 1);
        msg.SerializeToString(&m_buffer);
        m_pub.send(zmq::buffer(topic, std::strlen(topic)), zmq::send_flags::sndmore);
        m_pub.send(zmq::buffer(m_buffer), zmq::send_flags::none);
    }

    void run()
    {
        pthread_setname_np(pthread_self(), "bench-publisher");
        omega::v1::Topology topo = m_fleet.topology;
        std::uint64_t topoSeq = 0, tickSeq = 0, poolSeq = 0;
        while (!m_go.load()) {   // until the receiver has the topology
            sendWhole("topo", topo, ++topoSeq, 0);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (m_stop.load()) {
            m_finished = true;
            return;
        }
        FeedBuilder feed(m_fleet, m_s);
        const std::int64_t interval = intervalUs();
        const std::int64_t n = static_cast<std::int64_t>(m_s.seconds * m_s.hz);
        std::string header;
        zmq::message_t msg;
        const auto t0 = std::chrono::steady_clock::now() + std::chrono::milliseconds(20);
        std::int64_t lastTopoUs = protocol::wallClockUs();
        for (std::int64_t k = 0; k < n && !m_stop.load(std::memory_order_relaxed); ++k) {
            feed.build(k);   // before the deadline
            const int spike = spikeAgentAt(m_s, k);
            const bool spikeStart = spike >= 0 && spikeAgentAt(m_s, k - 1) != spike;

            std::this_thread::sleep_until(t0 + std::chrono::microseconds(k * interval));
            const std::int64_t simUs = (k + 1) * interval;
            if (protocol::wallClockUs() - lastTopoUs >= 1'000'000) {   // docs/protocol.md: >= 1 per second
                sendWhole("topo", topo, ++topoSeq, simUs);
                lastTopoUs = protocol::wallClockUs();
                m_topoBefore[static_cast<std::size_t>(k)].store(true, std::memory_order_relaxed);
            }
            // Publish wall time taken right before the send.
            const std::int64_t wall = protocol::wallClockUs();
            tickMessage(msg, header, feed.body, m_epoch, ++tickSeq, wall, simUs);
            m_sendWallUs[static_cast<std::size_t>(k)].store(wall, std::memory_order_release);
            m_pub.send(zmq::buffer("tick", 4), zmq::send_flags::sndmore);
            m_pub.send(msg, zmq::send_flags::none);
            sendWhole("pool", feed.pools, ++poolSeq, simUs);
            m_sent = static_cast<std::uint64_t>(k + 1);
            if (spikeStart)
                m_spikes.fetch_add(1);
        }
        m_finished = true;
    }

    const Fleet& m_fleet;
    Schedule m_s;
    zmq::context_t m_ctx;
    zmq::socket_t m_pub;
    std::string m_endpoint;
    std::uint64_t m_epoch = 0;
    std::string m_buffer;
    std::size_t m_ticks = 0;
    std::unique_ptr<std::atomic<std::int64_t>[]> m_sendWallUs;
    std::unique_ptr<std::atomic<bool>[]> m_topoBefore;
    std::thread m_thread;
    std::atomic<bool> m_go{false}, m_stop{false}, m_finished{false};
    std::atomic<std::uint64_t> m_sent{0}, m_spikes{0};
};

// ------------------------------------------------------------------------------------- receivers

// Raw SUB with the subscriber's poll + drain loop; one-way latency of every tick, no decode.
class RawReceiver {
public:
    RawReceiver(const Publisher& pub) : m_pub(pub)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~RawReceiver() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    bool gotTopology() const { return m_topo.load(); }
    const std::vector<double>& latenciesMs() const { return m_latMs; }   // after stop()
    const std::vector<std::size_t>& tickIndex() const { return m_index; }
    std::size_t payloadBytes() const { return m_bytes; }

private:
    void run()
    {
        pthread_setname_np(pthread_self(), "bench-raw-sub");
        zmq::context_t ctx(1);
        zmq::socket_t sub(ctx, zmq::socket_type::sub);
        sub.set(zmq::sockopt::linger, 0);
        sub.set(zmq::sockopt::rcvhwm, kHwm);
        sub.set(zmq::sockopt::subscribe, "");
        sub.connect(m_pub.endpoint());
        zmq::message_t topic, payload;
        std::size_t k = 0;
        m_latMs.reserve(1 << 14);
        while (!m_stop.load(std::memory_order_relaxed)) {
            zmq::pollitem_t item{sub.handle(), 0, ZMQ_POLLIN, 0};
            zmq::poll(&item, 1, std::chrono::milliseconds(20));
            if (!(item.revents & ZMQ_POLLIN))
                continue;
            for (int n = 0; n < 256; ++n) {
                if (!sub.recv(topic, zmq::recv_flags::dontwait))
                    break;
                if (topic.more())
                    (void)sub.recv(payload);
                const std::int64_t now = protocol::wallClockUs();
                if (topic.size() == 4 && std::memcmp(topic.data(), "tick", 4) == 0) {
                    const std::int64_t sent = m_pub.sendWallUs(k);
                    if (sent > 0) {
                        m_latMs.push_back(static_cast<double>(now - sent) / 1000.0);
                        m_index.push_back(k);
                    }
                    m_bytes = payload.size();
                    ++k;
                } else if (topic.size() == 4 && std::memcmp(topic.data(), "topo", 4) == 0) {
                    m_topo = true;
                }
            }
        }
    }
    const Publisher& m_pub;
    std::thread m_thread;
    std::atomic<bool> m_stop{false}, m_topo{false};
    std::vector<double> m_latMs;
    std::vector<std::size_t> m_index;
    std::size_t m_bytes = 0;
};

// Sits between the pipeline and the evaluator: forwards every call and times onTick.
class TimingObserver : public model::IngestObserver {
public:
    explicit TimingObserver(alerts::Evaluator& e) : m_eval(e) {}
    struct TickRecord {
        std::int64_t simUs;
        double evalUs;          // Evaluator::onTick, steady clock
        double transportMs;     // recv - publish
        double doneMs;          // end of evaluation - publish
    };
    struct Breakdown {          // of one trigger alert
        std::int64_t simUs;
        double transportMs, ingestMs, evalMs;   // publish->recv, recv->observer, observer->raised
    };
    void onTick(const model::FleetState& fleet, const model::Rollups& rollups, std::int64_t publishWallUs,
                std::int64_t recvWallUs) override
    {
        m_publishWallUs = publishWallUs;
        m_recvWallUs = recvWallUs;
        m_entryWallUs = protocol::wallClockUs();
        m_simUs = fleet.simTimeUs();
        const std::int64_t t0 = bench::nowNs();
        m_eval.onTick(fleet, rollups, publishWallUs, recvWallUs);
        const std::int64_t t1 = bench::nowNs();
        const std::int64_t end = protocol::wallClockUs();
        ticks.push_back({m_simUs, static_cast<double>(t1 - t0) / 1000.0,
                         static_cast<double>(recvWallUs - publishWallUs) / 1000.0,
                         static_cast<double>(end - publishWallUs) / 1000.0});
    }
    void onIdle(std::int64_t nowWallUs, std::int64_t lastMessageWallUs) override { m_eval.onIdle(nowWallUs, lastMessageWallUs); }
    void onRestart() override { m_eval.onRestart(); }

    // Called from the evaluator's listener (same thread, inside onTick).
    void onAlert(const alerts::Alert& a)
    {
        if (!a.firing)
            return;
        ++firedByRule[a.rule.toStdString()];
        if (a.rule != QLatin1String(kTriggerRule))
            return;
        latencyMs.push_back(a.latencyMs());
        breakdown.push_back({m_simUs, static_cast<double>(m_recvWallUs - m_publishWallUs) / 1000.0,
                             static_cast<double>(m_entryWallUs - m_recvWallUs) / 1000.0,
                             static_cast<double>(a.raisedWallUs - m_entryWallUs) / 1000.0});
    }

    std::vector<TickRecord> ticks;
    std::vector<double> latencyMs;
    std::vector<Breakdown> breakdown;
    std::map<std::string, int> firedByRule;

private:
    alerts::Evaluator& m_eval;
    std::int64_t m_publishWallUs = 0, m_recvWallUs = 0, m_entryWallUs = 0, m_simUs = 0;
};

// ------------------------------------------------------------------------------------- load

class Load {
public:
    void start()
    {
        m_thread = std::thread([this] {
            pthread_setname_np(pthread_self(), "bench-load");
            std::mt19937 rng(7);
            std::uniform_real_distribution<float> u(0.0f, 1.0f);
            std::vector<float> src(1 << 18), work;
            for (float& x : src)
                x = u(rng);
            double sink = 0;
            while (!m_stop.load(std::memory_order_relaxed)) {
                work = src;
                std::sort(work.begin(), work.end());
                sink += work[work.size() / 2];
                m_rounds.fetch_add(1, std::memory_order_relaxed);
            }
            m_sink = sink;
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    std::uint64_t rounds() const { return m_rounds.load(); }

private:
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<std::uint64_t> m_rounds{0};
    double m_sink = 0;
};

// ------------------------------------------------------------------------------------- phases

bool g_pumpEvents = false;   // a window is open: waiting keeps its event loop running

bool waitFor(const std::function<bool()>& done, double timeoutS)
{
    const double end = bench::nowS() + timeoutS;
    while (!done()) {
        if (bench::nowS() > end)
            return false;
        if (g_pumpEvents)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

struct Dist {
    std::size_t n = 0;
    double p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;
};
Dist dist(const std::vector<double>& v)
{
    Dist d;
    d.n = v.size();
    if (v.empty())
        return d;
    d.p50 = bench::percentile(v, 0.5);
    d.p90 = bench::percentile(v, 0.9);
    d.p99 = bench::percentile(v, 0.99);
    d.max = *std::max_element(v.begin(), v.end());
    double s = 0;
    for (double x : v)
        s += x;
    d.mean = s / static_cast<double>(v.size());
    return d;
}

struct RawResult {
    std::string name;
    Dist lat;
    std::size_t sent = 0, bytes = 0;
};

struct WorkbenchResult {
    std::string name;
    int hz = 0;
    std::size_t rules = 0;
    bool loaded = false;
    std::uint64_t spikes = 0;
    Dist alert, alertNoTopo, transport, ingest, eval;   // alert latency and its parts, ms
    Dist evalUs;                                        // Evaluator::onTick per tick, µs (after warm-up)
    Dist tickDone;                                      // every tick: publish -> evaluation done, ms
    double viewLastEvalUs = 0, viewMaxEvalUs = 0;
    std::uint64_t evaluations = 0, raised = 0;
    std::uint64_t ticksApplied = 0, missed = 0, gapEvents = 0;
    std::size_t topoTriggers = 0;
    std::map<std::string, int> others;
    std::uint64_t loadRounds = 0;
    double seconds = 0;
    double rssMb = 0;   // whole process at the end of the run (pipeline + evaluator + sockets)
    std::int64_t slowestTick = -1;   // index of the tick with the longest evaluation (warm-up included)
    double slowestUs = 0;
    bool gui = false;
    Dist guiRefreshMs;               // MainWindow::refresh (snapshot handed to every view), sampled
    std::uint64_t analysisCycles = 0;   // analysis engine cycles run beside the window
};

RawResult runRaw(const Fleet& fleet, Schedule s, bool loaded, const std::string& name)
{
    Load load;
    if (loaded)
        load.start();
    Publisher pub(fleet, s);
    RawReceiver rx(pub);
    pub.start();
    if (!waitFor([&] { return rx.gotTopology(); }, 10))
        std::printf("  !! raw receiver got no topology\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    pub.go();
    waitFor([&] { return pub.finished(); }, s.seconds + 30);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    rx.stop();
    pub.stop();
    load.stop();
    RawResult r;
    r.name = name;
    // Skip the warm-up second, like the workbench figures.
    std::vector<double> kept;
    const auto skip = static_cast<std::size_t>(s.warmupS * s.hz);
    for (std::size_t i = 0; i < rx.latenciesMs().size(); ++i)
        if (rx.tickIndex()[i] >= skip)
            kept.push_back(rx.latenciesMs()[i]);
    r.lat = dist(kept);
    r.sent = pub.ticksSent();
    r.bytes = rx.payloadBytes();
    return r;
}

WorkbenchResult runWorkbench(const Fleet& fleet, const alerts::RuleSet& rules, Schedule s, bool loaded,
                             const std::string& name, bool gui = false)
{
    Load load;
    if (loaded)
        load.start();
    const double t0 = bench::nowS();
    model::IngestPipeline pipeline;
    alerts::Evaluator evaluator(rules);
    TimingObserver observer(evaluator);
    observer.ticks.reserve(static_cast<std::size_t>(s.seconds * s.hz) + 16);
    evaluator.setListener([&observer](const alerts::Alert& a) { observer.onAlert(a); });
    pipeline.setObserver(&observer);

    Publisher pub(fleet, s);
    transport::TelemetrySubscriber::Options o;
    o.endpoint = pub.endpoint();
    o.controlEndpoint.clear();   // the publisher resends the topology on its own
    transport::TelemetrySubscriber sub(pipeline, o);
    std::unique_ptr<omega::widgets::MainWindow> window;
    std::unique_ptr<omega::analysis::AnalysisEngine> engine;
    std::vector<double> refreshMs;
    QTimer sampler;
    if (gui) {
        engine = std::make_unique<omega::analysis::AnalysisEngine>(pipeline);   // once a second, as in the product
        engine->start();
        window = std::make_unique<omega::widgets::MainWindow>();
        window->resize(1920, 1080);
        window->setHistorySource(&pipeline);
        window->setSources([&pipeline] { return pipeline.latest(); }, [&sub] { return QString::fromLatin1(transport::linkStateName(sub.state())); },
                           QStringLiteral("bench publisher"));
        window->setAlertsSource([&evaluator] { return evaluator.view(); });
        window->setFindingsSource([&engine] { return engine->latest(); });
        window->show();
        QObject::connect(&sampler, &QTimer::timeout, [&] { refreshMs.push_back(window->lastFrameMs()); });
        sampler.start(100);
        g_pumpEvents = true;
    }
    sub.start();
    pub.start();
    if (!waitFor([&] { return !pipeline.waitingForTopology(); }, 10))
        std::printf("  !! workbench got no topology\n");
    pub.go();
    waitFor([&] { return pub.finished(); }, s.seconds + 30);
    const double lastTickS = bench::nowS() + 0.1;   // let the last tick through
    waitFor([&] { return bench::nowS() > lastTickS; }, 1);
    sampler.stop();
    g_pumpEvents = false;
    window.reset();
    const std::uint64_t analysisCycles = engine ? engine->cyclesRun() : 0;
    if (engine)
        engine->stop();
    sub.stop();
    pub.stop();
    load.stop();
    const double rss = bench::rssMb();

    WorkbenchResult r;
    r.rssMb = rss;
    r.name = name;
    r.hz = s.hz;
    r.rules = rules.rules.size();
    r.loaded = loaded;
    r.gui = gui;
    r.analysisCycles = analysisCycles;
    r.guiRefreshMs = dist(refreshMs);
    r.spikes = pub.spikesSent();
    r.loadRounds = load.rounds();
    r.seconds = bench::nowS() - t0;
    r.alert = dist(observer.latencyMs);
    std::vector<double> noTopo, tr, in, ev;
    const std::int64_t interval = pub.intervalUs();
    for (std::size_t i = 0; i < observer.breakdown.size(); ++i) {
        const auto& b = observer.breakdown[i];
        tr.push_back(b.transportMs);
        in.push_back(b.ingestMs);
        ev.push_back(b.evalMs);
        const auto k = static_cast<std::size_t>(b.simUs / interval - 1);
        if (pub.topoBefore(k))
            ++r.topoTriggers;
        else
            noTopo.push_back(observer.latencyMs[i]);
    }
    r.alertNoTopo = dist(noTopo);
    r.transport = dist(tr);
    r.ingest = dist(in);
    r.eval = dist(ev);
    std::vector<double> evalUs, done;
    const auto warmUs = static_cast<std::int64_t>(s.warmupS * 1e6);
    for (const auto& t : observer.ticks) {
        if (t.evalUs > r.slowestUs) {
            r.slowestUs = t.evalUs;
            r.slowestTick = t.simUs / interval - 1;
        }
        if (t.simUs <= warmUs)
            continue;
        evalUs.push_back(t.evalUs);
        done.push_back(t.doneMs);
    }
    r.evalUs = dist(evalUs);
    r.tickDone = dist(done);
    if (const auto v = evaluator.view()) {
        r.viewLastEvalUs = v->lastEvalUs;
        r.viewMaxEvalUs = v->maxEvalUs;
        r.evaluations = v->evaluations;
        r.raised = v->raised;
    }
    pipeline.publishNow(protocol::wallClockUs());
    if (const auto snap = pipeline.latest()) {
        r.ticksApplied = snap->stats.ticksApplied;
        r.missed = snap->stats.sequence.missedMessages;
        r.gapEvents = snap->stats.sequence.gapEvents;
    }
    for (const auto& [rule, count] : observer.firedByRule)
        if (rule != kTriggerRule)
            r.others[rule] = count;
    return r;
}

// Evaluator cost alone for a subset of the rules: the same feed ingested straight into a pipeline
// (no sockets, one thread), Evaluator::onTick timed per tick after `warm` ticks.
Dist offlineCost(const Fleet& fleet, const alerts::RuleSet& subset, int ticks, int warm)
{
    Schedule s;
    s.hz = 100;
    s.warmupS = 0.2;
    model::IngestPipeline pipeline;
    alerts::Evaluator evaluator(subset);
    TimingObserver observer(evaluator);
    evaluator.setListener([&observer](const alerts::Alert& a) { observer.onAlert(a); });
    pipeline.setObserver(&observer);
    const std::uint64_t epoch = 99;
    omega::v1::Topology topo = fleet.topology;
    protocol::fillHeader(*topo.mutable_header(), kPublisher, epoch, 1, protocol::wallClockUs(), 0, 1);
    const std::string topoBytes = topo.SerializeAsString();
    pipeline.ingest("topo", topoBytes.data(), topoBytes.size(), protocol::wallClockUs());
    FeedBuilder feed(fleet, s);
    std::string header, poolBytes;
    zmq::message_t msg;
    for (int k = 0; k < ticks; ++k) {
        feed.build(k);
        const std::int64_t simUs = (k + 1) * feed.interval;
        tickMessage(msg, header, feed.body, epoch, static_cast<std::uint64_t>(k + 1), protocol::wallClockUs(), simUs);
        pipeline.ingest("tick", msg.data(), msg.size(), protocol::wallClockUs());
        protocol::fillHeader(*feed.pools.mutable_header(), kPublisher, epoch, static_cast<std::uint64_t>(k + 1),
                             protocol::wallClockUs(), simUs, 1);
        feed.pools.SerializeToString(&poolBytes);
        pipeline.ingest("pool", poolBytes.data(), poolBytes.size(), protocol::wallClockUs());
    }
    std::vector<double> us;
    for (std::size_t i = static_cast<std::size_t>(warm); i < observer.ticks.size(); ++i)
        us.push_back(observer.ticks[i].evalUs);
    return dist(us);
}

void printCosts(const Fleet& fleet, const alerts::RuleSet& all)
{
    using Pred = std::function<bool(const alerts::Rule&)>;
    const auto isAgent = [](const alerts::Rule& r) { return r.scope == alerts::ScopeKind::Agent; };
    const std::vector<std::pair<std::string, Pred>> subsets = {
        {"trigger rule only", [](const alerts::Rule& r) { return r.name == QLatin1String(kTriggerRule); }},
        {"agent scope, all", isAgent},
        {"  agent threshold (not relative)", [&](const alerts::Rule& r) { return isAgent(r) && r.kind == alerts::RuleKind::Threshold && !r.relative; }},
        {"  agent relative (vs median)", [&](const alerts::Rule& r) { return isAgent(r) && r.relative; }},
        {"  agent rate", [&](const alerts::Rule& r) { return isAgent(r) && r.kind == alerts::RuleKind::RateOfChange; }},
        {"  agent absence", [&](const alerts::Rule& r) { return isAgent(r) && r.kind == alerts::RuleKind::Absence; }},
        {"domain scope", [](const alerts::Rule& r) { return r.scope == alerts::ScopeKind::Domain; }},
        {"prime scope", [](const alerts::Rule& r) { return r.scope == alerts::ScopeKind::Prime; }},
        {"team scope", [](const alerts::Rule& r) { return r.scope == alerts::ScopeKind::Team; }},
        {"pool scope", [](const alerts::Rule& r) { return r.scope == alerts::ScopeKind::Pool; }},
        {"fleet scope", [](const alerts::Rule& r) { return r.scope == alerts::ScopeKind::Fleet; }},
        {"all 100 rules", [](const alerts::Rule&) { return true; }},
    };
    std::printf("-- Evaluator::onTick cost by rule subset (same feed, no sockets, 100 Hz sim time, 250 ticks, first 50 skipped)\n");
    std::printf("  %-34s %5s %10s %10s %10s %12s\n", "subset", "rules", "p50 us", "p99 us", "max us", "us/rule p50");
    for (const auto& [name, pred] : subsets) {
        alerts::RuleSet sub;
        for (const auto& r : all.rules)
            if (pred(r))
                sub.rules.push_back(r);
        const Dist d = offlineCost(fleet, sub, 250, 50);
        std::printf("  %-34s %5zu %10.1f %10.1f %10.1f %12.1f\n", name.c_str(), sub.rules.size(), d.p50, d.p99, d.max,
                    sub.rules.empty() ? 0.0 : d.p50 / static_cast<double>(sub.rules.size()));
        std::fflush(stdout);
    }
    std::printf("\n");
}

void printRaw(const RawResult& r)
{
    std::printf("  %-30s ticks %5zu  one-way ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  (n %zu, payload %zu B)\n",
                r.name.c_str(), r.sent, r.lat.p50, r.lat.p90, r.lat.p99, r.lat.max, r.lat.n, r.bytes);
    std::fflush(stdout);
}

void printWorkbench(const WorkbenchResult& r)
{
    std::printf("  %s (%.1f s wall%s)\n", r.name.c_str(), r.seconds,
                r.loaded ? (", load thread " + std::to_string(r.loadRounds) + " sorts of 1 MB").c_str() : "");
    std::printf("    triggers sent %llu, alerts raised %zu  |  publish -> alert ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  mean %.3f\n",
                static_cast<unsigned long long>(r.spikes), r.alert.n, r.alert.p50, r.alert.p90, r.alert.p99, r.alert.max,
                r.alert.mean);
    std::printf("    same, triggers on ticks without a topology resend just before (%zu of %zu excluded): p50 %.3f  p99 %.3f  max %.3f\n",
                r.topoTriggers, r.alert.n, r.alertNoTopo.p50, r.alertNoTopo.p99, r.alertNoTopo.max);
    std::printf("    parts of the alert latency (p50 / p99 / max ms): publish->recv %.3f / %.3f / %.3f;"
                " recv->evaluator %.3f / %.3f / %.3f; evaluator->raised %.3f / %.3f / %.3f\n",
                r.transport.p50, r.transport.p99, r.transport.max, r.ingest.p50, r.ingest.p99, r.ingest.max, r.eval.p50,
                r.eval.p99, r.eval.max);
    if (r.gui)
        std::printf("    main window: MainWindow::refresh sampled every 100 ms: p50 %.2f  p99 %.2f  max %.2f ms (n %zu);"
                    " analysis engine cycles %llu\n",
                    r.guiRefreshMs.p50, r.guiRefreshMs.p99, r.guiRefreshMs.max, r.guiRefreshMs.n,
                    static_cast<unsigned long long>(r.analysisCycles));
    std::printf("    Evaluator::onTick per tick (%zu rules, timed by a wrapping observer, %zu ticks after warm-up):"
                " p50 %.1f us  p90 %.1f  p99 %.1f  max %.1f  mean %.1f\n",
                r.rules, r.evalUs.n, r.evalUs.p50, r.evalUs.p90, r.evalUs.p99, r.evalUs.max, r.evalUs.mean);
    std::printf("    AlertsView: evaluations %llu, lastEvalUs %.1f, maxEvalUs %.1f (includes warm-up), raised %llu;"
                " slowest evaluation: tick %lld of the run (%.1f us)\n",
                static_cast<unsigned long long>(r.evaluations), r.viewLastEvalUs, r.viewMaxEvalUs,
                static_cast<unsigned long long>(r.raised), static_cast<long long>(r.slowestTick), r.slowestUs);
    std::printf("    every tick, publish -> evaluation done ms: p50 %.3f  p99 %.3f  max %.3f  (n %zu)\n", r.tickDone.p50,
                r.tickDone.p99, r.tickDone.max, r.tickDone.n);
    std::printf("    ticks applied %llu, sequence gaps %llu (%llu messages missed); process RSS at the end %.0f MB\n",
                static_cast<unsigned long long>(r.ticksApplied), static_cast<unsigned long long>(r.gapEvents),
                static_cast<unsigned long long>(r.missed), r.rssMb);
    if (r.others.empty()) {
        std::printf("    other rules fired: none\n");
    } else {
        std::printf("    other rules fired:");
        for (const auto& [rule, count] : r.others)
            std::printf(" %s x%d", rule.c_str(), count);
        std::printf("\n");
    }
    std::fflush(stdout);
}

double argValue(int argc, char** argv, const char* name, double fallback)
{
    const std::string prefix = std::string("--") + name + "=";
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]).rfind(prefix, 0) == 0)
            return std::atof(argv[i] + prefix.size());
    return fallback;
}
bool hasFlag(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]) == std::string("--") + name)
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    const bool withGui = hasFlag(argc, argv, "gui");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");   // a benchmark never needs a display
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("omega.*.info=false"));
    bench::printMachine("bench_alerts: publish -> alert latency");

    const double fastS = argValue(argc, argv, "fast-seconds", 28);
    const double slowS = argValue(argc, argv, "slow-seconds", 20);
    const double rawS = argValue(argc, argv, "raw-seconds", 6);
    const int period = static_cast<int>(argValue(argc, argv, "period", 8));
    const int on = static_cast<int>(argValue(argc, argv, "on", 3));
    const bool withLoad = !hasFlag(argc, argv, "no-load");
    const bool withSlow = !hasFlag(argc, argv, "no-slow");
    const double lightS = argValue(argc, argv, "light-seconds", 8);
    const bool withCosts = !hasFlag(argc, argv, "no-costs");

    QString error;
    auto rules = alerts::RuleSet::parse(QByteArray(kRulesJson), QStringLiteral("bench rules"), &error);
    if (!rules) {
        std::printf("rules refused: %s\n", qPrintable(error));
        return 1;
    }
    const bool triggerFirst = hasFlag(argc, argv, "trigger-first");
    if (triggerFirst)
        std::rotate(rules->rules.begin(), rules->rules.end() - 1, rules->rules.end());
    std::map<std::string, int> byScope, byKind;
    int relative = 0, grouped = 0;
    for (const auto& r : rules->rules) {
        ++byScope[model::scopeKindKey(r.scope)];
        ++byKind[r.kind == alerts::RuleKind::Threshold      ? "threshold"
                 : r.kind == alerts::RuleKind::RateOfChange ? "rate"
                 : r.kind == alerts::RuleKind::Absence      ? "absence"
                                                            : "burn"];
        relative += r.relative ? 1 : 0;
        grouped += r.grouped ? 1 : 0;
    }
    std::printf("rules     %zu:", rules->rules.size());
    for (const auto& [k, v] : byScope)
        std::printf(" %s %d,", k.c_str(), v);
    for (const auto& [k, v] : byKind)
        std::printf(" %s %d,", k.c_str(), v);
    std::printf(" relative %d, grouped %d; trigger '%s' (agent latency_p99 > 1000 ms, for 0) evaluated %s\n",
                relative, grouped, kTriggerRule, triggerFirst ? "FIRST" : "last");

    const Fleet fleet;
    std::printf("fleet     %d agents, %d teams, %d primes, %d domains, 2 pools; topology %zu B\n", kAgents, kTeams,
                kPrimes, kDomains, fleet.topology.ByteSizeLong());
    std::printf("feed      tick + pool per interval, topo every wall second; fast %d Hz, spike %d of every %d ticks"
                " (%.1f triggers/s); slow 10 Hz, spike 1 of every 2 ticks\n\n",
                100, on, period, 100.0 / period);
    std::fflush(stdout);

    Schedule fast;
    fast.hz = 100;
    fast.period = period;
    fast.on = on;
    fast.seconds = fastS;
    Schedule fastRaw = fast;
    fastRaw.seconds = rawS;
    Schedule slow;
    slow.hz = 10;
    slow.period = 2;
    slow.on = 1;
    slow.seconds = slowS;
    Schedule slowRaw = slow;
    slowRaw.seconds = std::min(rawS, slowS);

    if (withCosts)
        printCosts(fleet, *rules);

    std::vector<RawResult> raws;
    std::vector<WorkbenchResult> wbs;
    std::vector<std::size_t> rawOf;   // the raw run measured next to each workbench run
    std::printf("-- 100 Hz, quiet\n");
    raws.push_back(runRaw(fleet, fastRaw, false, "raw ZeroMQ 100 Hz quiet"));
    printRaw(raws.back());
    wbs.push_back(runWorkbench(fleet, *rules, fast, false, "workbench 100 Hz quiet"));
    rawOf.push_back(raws.size() - 1);
    printWorkbench(wbs.back());
    if (lightS > 0) {
        alerts::RuleSet light;
        for (const auto& r : rules->rules)
            if (r.name == QLatin1String(kTriggerRule))
                light.rules.push_back(r);
        Schedule s = fast;
        s.seconds = lightS;
        wbs.push_back(runWorkbench(fleet, light, s, false, "workbench 100 Hz quiet, trigger rule only"));
        rawOf.push_back(raws.size() - 1);
        printWorkbench(wbs.back());
    }
    if (withLoad) {
        std::printf("-- 100 Hz, loaded (one busy thread)\n");
        raws.push_back(runRaw(fleet, fastRaw, true, "raw ZeroMQ 100 Hz loaded"));
        printRaw(raws.back());
        wbs.push_back(runWorkbench(fleet, *rules, fast, true, "workbench 100 Hz loaded"));
        rawOf.push_back(raws.size() - 1);
        printWorkbench(wbs.back());
    }
    if (withGui) {
        std::printf("-- 100 Hz, with the main window drawing (offscreen) and the analysis engine running\n");
        raws.push_back(runRaw(fleet, fastRaw, false, "raw ZeroMQ 100 Hz, before the GUI run"));
        printRaw(raws.back());
        wbs.push_back(runWorkbench(fleet, *rules, fast, false, "workbench 100 Hz with GUI + analysis", true));
        rawOf.push_back(raws.size() - 1);
        printWorkbench(wbs.back());
    }
    if (withSlow) {
        std::printf("-- 10 Hz, quiet\n");
        raws.push_back(runRaw(fleet, slowRaw, false, "raw ZeroMQ 10 Hz quiet"));
        printRaw(raws.back());
        wbs.push_back(runWorkbench(fleet, *rules, slow, false, "workbench 10 Hz quiet"));
        rawOf.push_back(raws.size() - 1);
        printWorkbench(wbs.back());
    }

    std::printf("\n== summary (ms unless stated) ==\n");
    std::printf("%-42s %8s %8s %8s %8s %8s | %9s %9s %9s | %8s %8s\n", "run", "triggers", "p50", "p99", "max", "noTopo99",
                "raw p50", "raw p99", "raw max", "eval p50", "eval p99");
    for (std::size_t i = 0; i < wbs.size(); ++i) {
        const auto& w = wbs[i];
        const auto& raw = raws[std::min(rawOf[i], raws.size() - 1)];
        std::printf("%-42s %8zu %8.3f %8.3f %8.3f %8.3f | %9.3f %9.3f %9.3f | %6.0fus %6.0fus\n", w.name.c_str(), w.alert.n,
                    w.alert.p50, w.alert.p99, w.alert.max, w.alertNoTopo.p99, raw.lat.p50, raw.lat.p99, raw.lat.max,
                    w.evalUs.p50, w.evalUs.p99);
    }
    std::printf("load avg at end  %s\n", bench::firstLine("/proc/loadavg").c_str());
    return 0;
}
