#pragma once
// A regular fleet fed through a real IngestPipeline, for widget tests that draw from the store.

#include "model/ingest_pipeline.h"
#include "protocol/codec.h"
#include "protocol/telemetry.pb.h"

#include <cmath>
#include <functional>
#include <string>

namespace omega::testing {

inline const char* const kTeams[] = {"payments", "search", "risk", "ledger", "onboarding", "support", "fraud", "pricing"};

// teams x primes x domains, `agentsPerDomain` agents each, agents of one domain contiguous.
inline omega::v1::Topology makeFleet(int teams, int primesPerTeam, int domainsPerPrime, int agentsPerDomain)
{
    omega::v1::Topology t;
    protocol::fillHeader(*t.mutable_header(), "test-pub", 7, 1, protocol::wallClockUs(), 0, 1);
    t.set_topology_version(1);
    int domain = 0;
    for (int tm = 0; tm < teams; ++tm) {
        // Names are unique per level (the protocol refuses duplicates): a second round gets a suffix.
        const std::string team = std::string(kTeams[tm % 8]) + (tm >= 8 ? std::to_string(tm / 8 + 1) : std::string());
        t.add_teams()->set_name(team);
        for (int p = 0; p < primesPerTeam; ++p) {
            auto* prime = t.add_primes();
            prime->set_name(team + ".p" + std::to_string(p));
            prime->set_team(static_cast<unsigned>(tm));
            for (int d = 0; d < domainsPerPrime; ++d, ++domain) {
                auto* dom = t.add_domains();
                dom->set_name(prime->name() + ".d" + std::to_string(d));
                dom->set_prime(static_cast<unsigned>(t.primes_size() - 1));
                for (int a = 0; a < agentsPerDomain; ++a) {
                    t.add_agent_names("agent-" + std::to_string(t.agent_names_size()));
                    t.add_agent_domain(static_cast<unsigned>(domain));
                }
            }
        }
    }
    for (auto [name, kind] : {std::pair{"local", omega::v1::POOL_KIND_LOCAL}, std::pair{"cloud", omega::v1::POOL_KIND_CLOUD}}) {
        auto* pool = t.add_pools();
        pool->set_name(name);
        pool->set_kind(kind);
    }
    return t;
}

// One tick; `heat(agent)` in 0..1 raises queue depth, latency and utilisation of that agent (and,
// with serviceTimes, its own service time: protocol 1.1).
inline omega::v1::Tick makeFleetTick(int agents, std::uint64_t seq, std::int64_t simUs, std::uint32_t intervalUs,
                              const std::function<float(int)>& heat, bool serviceTimes = false)
{
    omega::v1::Tick t;
    protocol::fillHeader(*t.mutable_header(), "test-pub", 7, seq, protocol::wallClockUs(), simUs, 3);
    t.set_topology_version(1);
    t.set_agent_count(static_cast<unsigned>(agents));
    t.set_interval_us(intervalUs);
    std::string state(static_cast<std::size_t>(agents), char(omega::v1::AGENT_STATE_IDLE));
    for (int a = 0; a < agents; ++a) {
        const float h = heat ? heat(a) : 0.0f;
        if (h > 0.5f)
            state[static_cast<std::size_t>(a)] = char(omega::v1::AGENT_STATE_BUSY);
        t.add_queue_depth(static_cast<unsigned>(a % 3 + h * 40));
        t.add_in_flight(h > 0.5f ? 1 : 0);
        t.add_completed(static_cast<std::uint32_t>(seq));
        t.add_failed(0);
        t.add_latency_p50_ms(20.0f + static_cast<float>(a % 10) + h * 1200);
        t.add_latency_p99_ms(100.0f + static_cast<float>(a % 50) + h * 4900);
        t.add_local_calls(0);
        t.add_cloud_calls(0);
        t.add_cpu_share(0);
        t.add_throttled(0);
        t.add_utilisation(0.3f + 0.7f * h);
        if (serviceTimes) {
            t.add_service_p50_ms(15.0f + static_cast<float>(a % 10) + h * 600);
            t.add_service_p99_ms(60.0f + static_cast<float>(a % 50) + h * 2400);
        }
    }
    t.set_state(state);
    // Cumulative task counters with a slow wave in the rate (4 +- 2 tasks per tick), so plots move.
    const double x = static_cast<double>(seq);
    const auto completed = static_cast<std::uint64_t>(4 * x + 60 * (1 - std::cos(x / 30)));
    t.set_tasks_completed(completed);
    t.set_tasks_failed(seq / 25);
    t.set_tasks_arrived(completed + seq / 25 + 10);
    t.set_tasks_in_flight(10);
    t.set_task_latency_p50_ms(static_cast<float>(400 + 50 * std::sin(x / 45)));
    t.set_task_latency_p99_ms(static_cast<float>(1500 + 300 * std::sin(x / 45)));
    return t;
}

struct Fleet {
    model::IngestPipeline pipeline;
    int agents = 0;
    std::uint64_t seq = 0;
    bool serviceTimes = false;   // ticks carry the agents' own service time (protocol 1.1)

    Fleet(int teams, int primes, int domains, int agentsPerDomain) : agents(teams * primes * domains * agentsPerDomain)
    {
        const std::string topo = makeFleet(teams, primes, domains, agentsPerDomain).SerializeAsString();
        pipeline.ingest("topo", topo.data(), topo.size(), 0);
    }
    // `ticks` ticks every `intervalUs`, continuing the simulated clock.
    void feed(int ticks, std::uint32_t intervalUs, const std::function<float(int agent, std::int64_t simUs)>& heat)
    {
        for (int i = 0; i < ticks; ++i) {
            ++seq;
            const std::int64_t simUs = static_cast<std::int64_t>(seq) * intervalUs;
            const std::string tick =
                makeFleetTick(agents, seq, simUs, intervalUs, [&](int a) { return heat(a, simUs); }, serviceTimes).SerializeAsString();
            pipeline.ingest("tick", tick.data(), tick.size(), static_cast<std::int64_t>(seq));
        }
        pipeline.publishNow(static_cast<std::int64_t>(seq) + 1'000'000'000);
    }
};

} // namespace omega::testing
