#include "model/rollup.h"

#include "protocol/telemetry.pb.h"

#include <algorithm>

namespace omega::model {

const char* metricKey(Metric m)
{
    switch (m) {
    case Metric::LatencyP99: return "latency_p99";
    case Metric::QueueDepth: return "queue_depth";
    case Metric::Utilisation: return "utilisation";
    case Metric::ErrorRate: return "error_rate";
    case Metric::Throughput: return "throughput";
    case Metric::State: return "state";
    case Metric::Count: break;
    }
    return "";
}

const char* metricUnit(Metric m)
{
    switch (m) {
    case Metric::LatencyP99: return "ms";
    case Metric::QueueDepth: return "stages";
    case Metric::Utilisation: return "%";
    case Metric::ErrorRate:
    case Metric::Throughput: return "/s";
    case Metric::State:
    case Metric::Count: break;
    }
    return "";
}

float agentValue(const AgentColumns& a, Metric m, std::size_t i)
{
    switch (m) {
    case Metric::LatencyP99: return a.latencyP99Ms[i];
    case Metric::QueueDepth: return static_cast<float>(a.queueDepth[i]);
    case Metric::Utilisation: return a.utilisation[i] * 100.0f;
    case Metric::ErrorRate: return a.errorRate[i];
    case Metric::Throughput: return a.throughput[i];
    case Metric::State: return static_cast<float>(a.state[i]);
    case Metric::Count: break;
    }
    return 0;
}

float groupValue(const GroupStats& g, Metric m)
{
    switch (m) {
    case Metric::LatencyP99: return g.latencyP99;
    case Metric::QueueDepth: return g.queueDepth;
    case Metric::Utilisation: return g.utilisation * 100.0f;
    case Metric::ErrorRate: return g.errorRate;
    case Metric::Throughput: return g.throughput;
    case Metric::State: // share of members not idle, as a state summary
        return g.agents ? 100.0f * static_cast<float>(g.busy + g.waiting) / static_cast<float>(g.agents) : 0.0f;
    case Metric::Count: break;
    }
    return 0;
}

Rollups computeRollups(const Topology& topo, const AgentColumns& a)
{
    Rollups r;
    r.domains.resize(static_cast<std::size_t>(topo.domainCount()));
    std::vector<int> withLatency(r.domains.size(), 0);
    const std::size_t n = std::min<std::size_t>(a.size(), static_cast<std::size_t>(topo.agentCount()));
    for (std::size_t i = 0; i < n; ++i) {
        const auto d = topo.agentDomain[i];
        GroupStats& g = r.domains[d];
        ++g.agents;
        g.busy += a.state[i] == omega::v1::AGENT_STATE_BUSY;
        g.waiting += a.state[i] == omega::v1::AGENT_STATE_WAITING;
        g.failed += a.state[i] == omega::v1::AGENT_STATE_FAILED;
        g.throughput += a.throughput[i];
        g.errorRate += a.errorRate[i];
        g.queueDepth += static_cast<float>(a.queueDepth[i]);
        g.inFlight += static_cast<float>(a.inFlight[i]);
        g.utilisation += a.utilisation[i];
        if (a.latencyP99Ms[i] > 0) {
            g.latencyP99 += a.latencyP99Ms[i];
            ++withLatency[d];
        }
        g.latencyP99Max = std::max(g.latencyP99Max, a.latencyP99Ms[i]);
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
