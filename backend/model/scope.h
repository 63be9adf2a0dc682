#pragma once
// What a number, an alert, a finding or a selection is about: the fleet, a team, a prime or domain
// kosha, an agent, or a pool. One type for every part (alerts, analysis, sessions, views).

#include <cstdint>
#include <optional>
#include <string_view>

namespace omega::model {

// Hierarchy kinds in order from the top (Fleet) down to Agent; pools stand beside the hierarchy.
enum class ScopeKind : std::uint8_t { Fleet, Team, Prime, Domain, Agent, Pool };

struct Scope {
    using Kind = ScopeKind;
    ScopeKind kind = ScopeKind::Fleet;
    int index = -1;   // into the topology's list of that kind (pools: the snapshot's pool list); -1 for the fleet

    bool operator==(const Scope&) const = default;
    static constexpr Scope fleet() { return {}; }
    static constexpr Scope team(int i) { return {ScopeKind::Team, i}; }
    static constexpr Scope prime(int i) { return {ScopeKind::Prime, i}; }
    static constexpr Scope domain(int i) { return {ScopeKind::Domain, i}; }
    static constexpr Scope agent(int i) { return {ScopeKind::Agent, i}; }
    static constexpr Scope pool(int i) { return {ScopeKind::Pool, i}; }
};

// The group kinds (those with roll-ups, model/rollup.h), top down, and their position in that
// list (roll-up arrays are indexed by it; -1 for the others).
inline constexpr ScopeKind kGroupKinds[] = {ScopeKind::Team, ScopeKind::Prime, ScopeKind::Domain};
constexpr int groupLevelIndex(ScopeKind k)
{
    return k == ScopeKind::Team ? 0 : k == ScopeKind::Prime ? 1 : k == ScopeKind::Domain ? 2 : -1;
}

// True when `upper` contains `lower` in the hierarchy (the fleet contains everything but pools).
constexpr bool isAbove(ScopeKind upper, ScopeKind lower)
{
    if (upper == ScopeKind::Pool || lower == ScopeKind::Pool)
        return false;
    return static_cast<int>(upper) < static_cast<int>(lower);
}

// Stable keys for files, rules and logs: "fleet", "team", "prime", "domain", "agent", "pool".
constexpr const char* scopeKindKey(ScopeKind k)
{
    switch (k) {
    case ScopeKind::Fleet: return "fleet";
    case ScopeKind::Team: return "team";
    case ScopeKind::Prime: return "prime";
    case ScopeKind::Domain: return "domain";
    case ScopeKind::Agent: return "agent";
    case ScopeKind::Pool: return "pool";
    }
    return "";
}

constexpr std::optional<ScopeKind> scopeKindFromKey(std::string_view key)
{
    for (ScopeKind k : {ScopeKind::Fleet, ScopeKind::Team, ScopeKind::Prime, ScopeKind::Domain, ScopeKind::Agent, ScopeKind::Pool})
        if (key == scopeKindKey(k))
            return k;
    return std::nullopt;
}

} // namespace omega::model
