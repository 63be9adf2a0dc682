#pragma once
// Known snapshots for widget tests and frame benchmarks: a regular hierarchy with chosen values.

#include "model/rollup.h"
#include "model/snapshot.h"
#include "protocol/telemetry.pb.h"

#include <QDir>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>

namespace omega::testing {

// teams x primesPerTeam x domainsPerPrime domains, agents spread evenly (the first domains get one more).
inline std::shared_ptr<model::Topology> makeTopology(int agents, int teams = 12, int primesPerTeam = 6, int domainsPerPrime = 5)
{
    auto t = std::make_shared<model::Topology>();
    t->version = 1;
    for (int tm = 0; tm < teams; ++tm) {
        t->teams.append(QStringLiteral("team%1").arg(tm));
        for (int p = 0; p < primesPerTeam; ++p) {
            const auto prime = static_cast<std::uint32_t>(t->primes.size());
            t->primes.append(QStringLiteral("team%1.p%2").arg(tm).arg(p));
            t->primeTeam.push_back(static_cast<std::uint32_t>(tm));
            for (int d = 0; d < domainsPerPrime; ++d) {
                t->domains.append(QStringLiteral("team%1.p%2.d%3").arg(tm).arg(p).arg(d));
                t->domainPrime.push_back(prime);
            }
        }
    }
    const int domains = t->domainCount();
    for (int a = 0; a < agents; ++a) {
        // Contiguous blocks: agents of one domain are neighbours, like a real topology.
        const auto d = static_cast<std::uint32_t>(static_cast<long long>(a) * domains / agents);
        t->agentDomain.push_back(d);
        t->agentPrime.push_back(t->domainPrime[d]);
        t->agentTeam.push_back(t->primeTeam[t->agentPrime.back()]);
        t->agents.append(QStringLiteral("%1.a%2").arg(t->domains[int(d)]).arg(a));
    }
    t->poolNames = {QStringLiteral("local"), QStringLiteral("cloud")};
    t->poolKinds = {model::PoolKind::Local, model::PoolKind::Cloud};
    return t;
}

// Every agent: p99 = 100 + (a % 50) ms, queue a % 7, utilisation 0.5, throughput 1/s, idle,
// except those for which `hot` says true: p99 5000 ms, queue 40, utilisation 1, busy.
inline model::SnapshotPtr makeSnapshot(int agents, std::function<bool(int)> hot = {}, int teams = 12,
                                       int primesPerTeam = 6, int domainsPerPrime = 5, std::uint64_t serial = 1)
{
    auto s = std::make_shared<model::FleetSnapshot>();
    s->serial = serial;
    auto topo = makeTopology(agents, teams, primesPerTeam, domainsPerPrime);
    s->topology = topo;
    s->agents.resize(static_cast<std::size_t>(agents));
    for (int a = 0; a < agents; ++a) {
        const auto i = static_cast<std::size_t>(a);
        const bool isHot = hot && hot(a);
        s->agents.latencyP99Ms[i] = isHot ? 5000.0f : 100.0f + static_cast<float>(a % 50);
        s->agents.latencyP50Ms[i] = s->agents.latencyP99Ms[i] / 4;
        s->agents.queueDepth[i] = isHot ? 40u : static_cast<std::uint32_t>(a % 7);
        s->agents.utilisation[i] = isHot ? 1.0f : 0.5f;
        s->agents.throughput[i] = 1.0f;
        s->agents.state[i] = isHot ? omega::v1::AGENT_STATE_BUSY : omega::v1::AGENT_STATE_IDLE;
    }
    s->rollups = model::computeRollups(*topo, s->agents);
    s->totals.tasksPerS = 8.0;
    model::PoolView local;
    local.name = "local";
    local.kind = model::PoolKind::Local;
    local.limit = 1;
    local.inUse = 1;
    local.waiting = 120;
    local.latencyP99Ms = 90;
    model::PoolView cloud;
    cloud.name = "cloud";
    cloud.kind = model::PoolKind::Cloud;
    cloud.limit = 10;
    cloud.inUse = 10;
    cloud.waiting = 300;
    cloud.throttledPerS = 2.5;
    cloud.latencyP99Ms = 480;
    s->pools = {local, cloud};
    return s;
}

// Saves a screenshot of a widget under the build tree (OMEGA_ARTIFACT_DIR) and returns its path.
inline QString saveScreenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariableIsSet("OMEGA_ARTIFACT_DIR") ? qEnvironmentVariable("OMEGA_ARTIFACT_DIR")
                                                                        : QDir::tempPath();
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    w.grab().save(path);
    return path;
}

} // namespace omega::testing
