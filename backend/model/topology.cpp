#include "model/topology.h"

#include "protocol/telemetry.pb.h"

namespace omega::model {

std::shared_ptr<const Topology> Topology::fromProto(const omega::v1::Topology& msg)
{
    auto t = std::make_shared<Topology>();
    t->version = msg.topology_version();
    for (const auto& team : msg.teams())
        t->teams.append(QString::fromStdString(team.name()));
    for (const auto& p : msg.primes()) {
        t->primes.append(QString::fromStdString(p.name()));
        t->primeTeam.push_back(p.team());
    }
    for (const auto& d : msg.domains()) {
        t->domains.append(QString::fromStdString(d.name()));
        t->domainPrime.push_back(d.prime());
    }
    const int n = msg.agent_names_size();
    t->agents.reserve(n);
    t->agentDomain.assign(msg.agent_domain().begin(), msg.agent_domain().end());
    t->agentPrime.resize(n);
    t->agentTeam.resize(n);
    for (int i = 0; i < n; ++i) {
        t->agents.append(QString::fromStdString(msg.agent_names(i)));
        t->agentPrime[i] = t->domainPrime[t->agentDomain[i]];
        t->agentTeam[i] = t->primeTeam[t->agentPrime[i]];
    }
    for (const auto& pool : msg.pools()) {
        t->poolNames.append(QString::fromStdString(pool.name()));
        t->poolKinds.push_back(pool.kind() == omega::v1::POOL_KIND_LOCAL   ? PoolKind::Local
                               : pool.kind() == omega::v1::POOL_KIND_CLOUD ? PoolKind::Cloud
                                                                            : PoolKind::Other);
    }
    return t;
}

} // namespace omega::model
