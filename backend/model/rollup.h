#pragma once
// Roll-ups of the agents to domain kosha, prime kosha and team (the metrics are in metrics.h).

#include "model/fleet_state.h"
#include "model/group_stats.h"
#include "model/metrics.h"
#include "model/scope.h"

#include <array>
#include <vector>

namespace omega::model {

struct Rollups {
    std::vector<GroupStats> teams, primes, domains;
    const std::vector<GroupStats>& at(ScopeKind l) const   // l: a group kind (Team, Prime, Domain)
    {
        return l == ScopeKind::Team ? teams : l == ScopeKind::Prime ? primes : domains;
    }
};

Rollups computeRollups(const Topology& topo, const AgentColumns& agents);

} // namespace omega::model
