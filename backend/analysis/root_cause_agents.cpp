// Agents in the root-cause ranking, judged on their own service time (protocol 1.1).
// docs/root-cause.md ("Slow agent").
#include "analysis/analyses.h"
#include "analysis/root_cause.h"

#include <algorithm>
#include <cmath>

namespace omega::analysis {

namespace {
constexpr double kPublisherWindowUnits = 32;   // an agent's service p50 / p99 cover its last 32 units
}

void slowAgents(const RootCauseInput& in, const RootCauseOptions& o, std::vector<Finding>& out)
{
    const model::FleetSnapshot& s = *in.snapshot;
    const model::Topology& topo = *s.topology;
    const model::AgentColumns& a = s.agents;
    const std::size_t na = topo.agentDomain.size();
    if (!a.hasServiceTime || a.serviceP50Ms.size() != na || a.serviceP99Ms.size() != na || a.completed.size() != na ||
        topo.agents.size() != static_cast<qsizetype>(na))
        return;
    const double fleetP50 = in.fleetAgentServiceP50Ms, fleetP99 = in.fleetAgentServiceP99Ms;
    if (fleetP50 <= 0 || fleetP99 <= 0)
        return;
    std::vector<std::vector<std::uint32_t>> members(static_cast<std::size_t>(topo.domainCount()));
    double fleetBusy = 0;   // agents with a unit in service, on average over the last interval
    for (std::size_t i = 0; i < na; ++i) {
        if (topo.agentDomain[i] < members.size())
            members[topo.agentDomain[i]].push_back(static_cast<std::uint32_t>(i));
        if (i < a.utilisation.size())
            fleetBusy += a.utilisation[i];
    }
    auto othersP50 = [&](std::uint32_t agent) {
        std::vector<double> v;
        for (const std::uint32_t i : members[topo.agentDomain[agent]])
            if (i != agent && a.serviceP50Ms[i] > 0)
                v.push_back(a.serviceP50Ms[i]);
        return median(std::move(v));
    };
    auto setAgentEvidence = [&](Finding& f, std::uint32_t agent) {
        f.scope.kind = ScopeKind::Agent;
        f.scope.index = static_cast<int>(agent);
        f.scopeName = topo.agents.value(static_cast<int>(agent));
        f.evidence.set({{Quantity::AgentServiceP50Ms, a.serviceP50Ms[agent]},
                        {Quantity::FleetAgentServiceP50Ms, fleetP50},
                        {Quantity::AgentServiceP99Ms, a.serviceP99Ms[agent]},
                        {Quantity::FleetAgentServiceP99Ms, fleetP99},
                        {Quantity::DomainAgentServiceP50Ms, othersP50(agent)}});
    };
    // A slow domain is one agent's when that agent alone has a far-out p99 (some unit it served took
    // far longer than usual) and its p50 is raised too; several such agents are the domain's.
    std::vector<bool> covered(members.size(), false);   // domains inside a slow group's finding
    std::vector<bool> named(na, false);
    for (Finding& f : out) {
        if (f.kind != FindingKind::SlowService)
            continue;
        for (std::size_t d = 0; d < members.size(); ++d) {
            const auto prime = topo.domainPrime[d];
            const bool inside = (f.scope.kind == ScopeKind::Domain && f.scope.index == static_cast<int>(d)) ||
                                (f.scope.kind == ScopeKind::Prime && f.scope.index == static_cast<int>(prime)) ||
                                (f.scope.kind == ScopeKind::Team && f.scope.index == static_cast<int>(topo.primeTeam[prime]));
            covered[d] = covered[d] || inside;
        }
        if (f.scope.kind != ScopeKind::Domain || f.scope.index < 0 || static_cast<std::size_t>(f.scope.index) >= members.size())
            continue;
        int only = -1, far = 0;
        for (const std::uint32_t i : members[static_cast<std::size_t>(f.scope.index)])
            if (a.serviceP99Ms[i] >= o.slowRatio * fleetP99) {
                only = static_cast<int>(i);
                ++far;
            }
        if (far != 1 || a.serviceP50Ms[static_cast<std::size_t>(only)] < o.agentFoldP50Ratio * fleetP50)
            continue;
        setAgentEvidence(f, static_cast<std::uint32_t>(only));
        named[static_cast<std::size_t>(only)] = true;
    }
    for (std::uint32_t i = 0; i < na; ++i) {
        const std::uint32_t d = topo.agentDomain[i];
        if (named[i] || d >= covered.size() || covered[d] || a.completed[i] < o.agentMinUnits)
            continue;
        // Fewer units, a noisier median: the bar is 2x at agentFullUnits, 2.8x at half as many.
        const double units = std::min<double>(a.completed[i], kPublisherWindowUnits);
        const double bar = o.slowRatio * std::max(1.0, std::sqrt(o.agentFullUnits / units));
        const double p50 = a.serviceP50Ms[i];
        if (p50 < bar * fleetP50)
            continue;   // before the domain's median: that costs a pass over the domain's agents
        if (const double others = othersP50(i); others <= 0 || p50 < bar * others)
            continue;
        Finding f;
        f.kind = FindingKind::SlowService;
        f.metric = QStringLiteral("service_ms");
        f.severity = 2;
        // Its work beyond the fleet's pace, of the fleet's busy agents: units/s (the smoothed rate
        // now) x extra s per unit.
        const double rate = i < a.throughput.size() ? a.throughput[i] : 0.0;
        const double extra = rate * (p50 - fleetP50) / 1000;
        f.score = fleetBusy > 0 ? std::clamp(extra / fleetBusy, 0.0, 1.0) : 0.0;
        f.confidence = std::clamp(0.5 + 0.1 * std::log2(p50 / fleetP50) * std::sqrt(units / 16), 0.0, 0.95);
        f.evidence.fromSimUs = f.evidence.toSimUs = s.simTimeUs;
        setAgentEvidence(f, i);
        f.evidence.set({{Quantity::Ratio, p50 / fleetP50}, {Quantity::Units, double(a.completed[i])}, {Quantity::Share, f.score}});
        out.push_back(std::move(f));
    }
}

} // namespace omega::analysis
