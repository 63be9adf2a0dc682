#pragma once
// Seeded team -> prime -> domain -> agent layout shared by scenario validation and the simulator.

#include "sim/scenario.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace omega::sim {

struct Hierarchy {
    QStringList teamNames;
    QStringList primeNames;
    QStringList domainNames;
    QStringList agentNames;
    std::vector<std::uint32_t> primeTeam;      // per prime: team index
    std::vector<std::uint32_t> domainPrime;    // per domain: prime index
    std::vector<std::uint32_t> agentDomain;    // per agent: domain index
    // Children are contiguous: [begin[i], begin[i+1]).
    std::vector<std::uint32_t> teamDomainBegin;   // teams + 1 entries
    std::vector<std::uint32_t> domainAgentBegin;  // domains + 1 entries

    int domainIndex(const QString& name) const { return domainNames.indexOf(name); }
    int teamIndex(const QString& name) const { return teamNames.indexOf(name); }
};

// Sizes must already be valid (1 <= teams <= primes <= domains <= agents).
Hierarchy buildHierarchy(const Scenario& s);

// Small deterministic generator (xoshiro256**): same sequence on every platform and compiler.
class Rng {
public:
    explicit Rng(std::uint64_t seed);
    std::uint64_t next();
    double uniform();                       // [0, 1)
    std::uint32_t below(std::uint32_t n);   // [0, n)
    double normal();
private:
    std::uint64_t s_[4];
    double spare_ = 0;
    bool hasSpare_ = false;
};

} // namespace omega::sim
