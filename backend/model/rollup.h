#pragma once
// Roll-ups of the agents to domain kosha, prime kosha and team (the metrics are in metrics.h).

#include "model/fleet_state.h"
#include "model/group_stats.h"
#include "model/metrics.h"

#include <array>
#include <vector>

namespace omega::model {

enum class Level : std::uint8_t { Team, Prime, Domain };

struct Rollups {
    std::vector<GroupStats> teams, primes, domains;
    const std::vector<GroupStats>& at(Level l) const
    {
        return l == Level::Team ? teams : l == Level::Prime ? primes : domains;
    }
};

Rollups computeRollups(const Topology& topo, const AgentColumns& agents);

} // namespace omega::model
