#pragma once
// The fleet hierarchy (team -> prime kosha -> domain kosha -> agent) as flat index arrays.

#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace omega::v1 { class Topology; }

namespace omega::model {

enum class PoolKind : std::uint8_t { Other, Local, Cloud };

struct Topology {
    std::uint64_t version = 0;
    QStringList teams;
    QStringList primes;
    QStringList domains;
    QStringList agents;
    std::vector<std::uint32_t> primeTeam;    // per prime: team index
    std::vector<std::uint32_t> domainPrime;  // per domain: prime index
    std::vector<std::uint32_t> agentDomain;  // per agent: domain index
    std::vector<std::uint32_t> agentPrime;   // derived
    std::vector<std::uint32_t> agentTeam;    // derived
    QStringList poolNames;
    std::vector<PoolKind> poolKinds;

    int agentCount() const { return static_cast<int>(agentDomain.size()); }
    int domainCount() const { return static_cast<int>(domainPrime.size()); }
    int primeCount() const { return static_cast<int>(primeTeam.size()); }
    int teamCount() const { return static_cast<int>(teams.size()); }

    // Expects a message that passed protocol::validate().
    static std::shared_ptr<const Topology> fromProto(const omega::v1::Topology& msg);
};

using TopologyPtr = std::shared_ptr<const Topology>;

} // namespace omega::model
