#pragma once
// Small hand-made telemetry messages for unit tests (2 teams, 3 primes, 4 domains, n agents).

#include "protocol/codec.h"

#include <string>

namespace omega::testing {

inline omega::v1::Topology makeTopology(int agents, std::uint64_t version = 1)
{
    omega::v1::Topology t;
    protocol::fillHeader(*t.mutable_header(), "test-pub", 7, 1, protocol::wallClockUs(), 0, 1);
    t.set_topology_version(version);
    t.add_teams()->set_name("red");
    t.add_teams()->set_name("blue");
    const unsigned primeTeam[] = {0, 0, 1};
    for (unsigned p = 0; p < 3; ++p) {
        auto* prime = t.add_primes();
        prime->set_name(std::string("p").append(std::to_string(p)));
        prime->set_team(primeTeam[p]);
    }
    const unsigned domainPrime[] = {0, 1, 2, 2};
    for (unsigned d = 0; d < 4; ++d) {
        auto* domain = t.add_domains();
        domain->set_name(std::string("d").append(std::to_string(d)));
        domain->set_prime(domainPrime[d]);
    }
    for (int a = 0; a < agents; ++a) {
        t.add_agent_names(std::string("agent-").append(std::to_string(a)));
        t.add_agent_domain(static_cast<unsigned>(a % 4));
    }
    auto* local = t.add_pools();
    local->set_name("local");
    local->set_kind(omega::v1::POOL_KIND_LOCAL);
    auto* cloud = t.add_pools();
    cloud->set_name("cloud");
    cloud->set_kind(omega::v1::POOL_KIND_CLOUD);
    return t;
}

// Every agent has completed `completedEach` stages; state BUSY for even agents.
inline omega::v1::Tick makeTick(int agents, std::uint64_t sequence, std::int64_t simUs, std::uint32_t completedEach,
                                std::uint64_t tasksCompleted = 0, std::uint64_t topologyVersion = 1,
                                std::uint64_t epoch = 7, const std::string& publisher = "test-pub")
{
    omega::v1::Tick t;
    protocol::fillHeader(*t.mutable_header(), publisher, epoch, sequence, protocol::wallClockUs(), simUs, 3);
    t.set_topology_version(topologyVersion);
    t.set_agent_count(static_cast<unsigned>(agents));
    t.set_interval_us(100'000);
    std::string state(static_cast<std::size_t>(agents), char(omega::v1::AGENT_STATE_IDLE));
    for (int a = 0; a < agents; a += 2)
        state[static_cast<std::size_t>(a)] = char(omega::v1::AGENT_STATE_BUSY);
    t.set_state(state);
    for (int a = 0; a < agents; ++a) {
        t.add_queue_depth(static_cast<unsigned>(a % 3));
        t.add_in_flight(a % 2 == 0 ? 1 : 0);
        t.add_completed(completedEach);
        t.add_failed(0);
        t.add_latency_p50_ms(10.0f + static_cast<float>(a));
        t.add_latency_p99_ms(20.0f + static_cast<float>(a));
        t.add_local_calls(completedEach / 5);
        t.add_cloud_calls(completedEach - completedEach / 5);
        t.add_cpu_share(1.0f / static_cast<float>(agents));
        t.add_throttled(0);
        t.add_utilisation(a % 2 == 0 ? 1.0f : 0.0f);
    }
    t.set_tasks_completed(tasksCompleted);
    t.set_tasks_arrived(tasksCompleted + 10);
    t.set_tasks_in_flight(10);
    t.set_task_latency_p50_ms(400);
    t.set_task_latency_p99_ms(1500);
    return t;
}

inline std::string bytes(const google::protobuf::MessageLite& m)
{
    return m.SerializeAsString();
}

} // namespace omega::testing
