#include "model/rollup.h"

#include "protocol/telemetry.pb.h"

#include <algorithm>

namespace omega::model {

Rollups computeRollups(const Topology& topo, const AgentColumns& a)
{
    Rollups r;
    r.domains.resize(static_cast<std::size_t>(topo.domainCount()));
    std::vector<int> withLatency(r.domains.size(), 0);
    const std::size_t n = std::min<std::size_t>(a.size(), static_cast<std::size_t>(topo.agentCount()));
    // Agents of a domain usually sit next to each other: sum each run in registers and add the run
    // to its domain once (a read-modify-write per agent would chain every add through memory).
    for (std::size_t i = 0; i < n;) {
        const auto d = topo.agentDomain[i];
        std::size_t end = i + 1;
        while (end < n && topo.agentDomain[end] == d)
            ++end;
        int busy = 0, waiting = 0, failed = 0, lat = 0;
        float throughput = 0, errorRate = 0, queue = 0, inFlight = 0, util = 0, p99 = 0, p99Max = 0;
        for (std::size_t k = i; k < end; ++k) {
            const auto st = a.state[k];
            busy += st == omega::v1::AGENT_STATE_BUSY;
            waiting += st == omega::v1::AGENT_STATE_WAITING;
            failed += st == omega::v1::AGENT_STATE_FAILED;
            throughput += a.throughput[k];
            errorRate += a.errorRate[k];
            queue += static_cast<float>(a.queueDepth[k]);
            inFlight += static_cast<float>(a.inFlight[k]);
            util += a.utilisation[k];
            const float v = a.latencyP99Ms[k];
            const bool ran = v > 0;
            p99 += ran ? v : 0.0f;
            lat += ran;
            p99Max = std::max(p99Max, v);
        }
        GroupStats& g = r.domains[d];
        g.agents += static_cast<int>(end - i);
        g.busy += busy;
        g.waiting += waiting;
        g.failed += failed;
        g.throughput += throughput;
        g.errorRate += errorRate;
        g.queueDepth += queue;
        g.inFlight += inFlight;
        g.utilisation += util;
        g.latencyP99 += p99;
        g.latencyP99Max = std::max(g.latencyP99Max, p99Max);
        withLatency[d] += lat;
        i = end;
    }
    // Upper levels merge sums; means are weighted by members (agents, or agents with latency).
    auto rollUp = [](const std::vector<GroupStats>& from, const std::vector<int>& fromLat,
                     const std::vector<std::uint32_t>& parentOf, std::size_t parents, std::vector<int>& toLat) {
        std::vector<GroupStats> to(parents);
        toLat.assign(parents, 0);
        for (std::size_t c = 0; c < from.size(); ++c) {
            const GroupStats& s = from[c];
            GroupStats& p = to[parentOf[c]];
            p.agents += s.agents;
            p.busy += s.busy;
            p.waiting += s.waiting;
            p.failed += s.failed;
            p.throughput += s.throughput;
            p.errorRate += s.errorRate;
            p.queueDepth += s.queueDepth;
            p.inFlight += s.inFlight;
            p.utilisation += s.utilisation;               // still a sum here
            p.latencyP99 += s.latencyP99;                 // still a sum here
            p.latencyP99Max = std::max(p.latencyP99Max, s.latencyP99Max);
            toLat[parentOf[c]] += fromLat[c];
        }
        return to;
    };
    std::vector<int> primeLat, teamLat;
    r.primes = rollUp(r.domains, withLatency, topo.domainPrime, static_cast<std::size_t>(topo.primeCount()), primeLat);
    r.teams = rollUp(r.primes, primeLat, topo.primeTeam, static_cast<std::size_t>(topo.teamCount()), teamLat);
    auto finish = [](std::vector<GroupStats>& groups, const std::vector<int>& lat) {
        for (std::size_t k = 0; k < groups.size(); ++k) {
            GroupStats& g = groups[k];
            g.utilisation = g.agents ? g.utilisation / static_cast<float>(g.agents) : 0.0f;
            g.latencyP99 = lat[k] ? g.latencyP99 / static_cast<float>(lat[k]) : 0.0f;
        }
    };
    finish(r.domains, withLatency);
    finish(r.primes, primeLat);
    finish(r.teams, teamLat);
    return r;
}

} // namespace omega::model
