// Fault injection and recovery (hot kosha, slow team or agent, throttle storm, crashes, drops, capacity),
// and the events that announce them.
#include "sim/sim_engine.h"

namespace omega::sim {

namespace {

const char* kindText(FaultSpec::Kind k)
{
    switch (k) {
    case FaultSpec::Kind::HotKosha: return "hot kosha";
    case FaultSpec::Kind::SlowTeam: return "slow team";
    case FaultSpec::Kind::CloudThrottleStorm: return "cloud throttle storm";
    case FaultSpec::Kind::AgentCrash: return "agent crash";
    case FaultSpec::Kind::TelemetryDrops: return "telemetry drops";
    case FaultSpec::Kind::CapacityChange: return "capacity change";
    case FaultSpec::Kind::SlowAgent: return "slow agent";
    }
    return "fault";
}

} // namespace

void FleetSimulator::Impl::cancelUnit(std::uint32_t u)
{
    Unit& x = units[u];
    switch (x.state) {
    case UnitState::QueuedLocal:
        --localWaiting;
        --aQueued[x.agent];
        break;
    case UnitState::QueuedCloud:
        --cloudWaiting;
        --aQueued[x.agent];
        break;
    case UnitState::InLocal:
        touchPools();
        --localInUse;
        agentStop(x.agent, true);
        break;
    case UnitState::InCloud:
        agentStop(x.agent, false);   // the call still runs and holds its slot
        break;
    case UnitState::Free:
        return;
    }
    freeUnit(u);
}

void FleetSimulator::Impl::crashAgents(const std::vector<std::uint32_t>& agents)
{
    for (std::uint32_t a : agents)
        if (crashed[a]++ == 0)
            --teamLive[teamOfAgent[a]];
    // Work held by a crashed agent fails, and with it the whole task.
    for (std::uint32_t u = 0; u < units.size(); ++u) {
        const Unit& x = units[u];
        if (x.state != UnitState::Free && crashed[x.agent]) {
            ++aFailed[x.agent];
            tasks[x.task].failing = true;
        }
    }
    for (std::uint32_t u = 0; u < units.size(); ++u)
        if (units[u].state != UnitState::Free && tasks[units[u].task].failing)
            cancelUnit(u);
    for (std::uint32_t t = 0; t < tasks.size(); ++t) {
        if (!tasks[t].failing)
            continue;
        ++totals.tasksFailed;
        --totals.tasksInFlight;
        openTask(t);
    }
}

void FleetSimulator::Impl::recoverAgents(const std::vector<std::uint32_t>& agents)
{
    for (std::uint32_t a : agents) {
        if (crashed[a] > 0 && --crashed[a] == 0)
            ++teamLive[teamOfAgent[a]];
    }
    for (std::uint32_t team = 0; team < parked.size(); ++team) {
        if (teamLive[team] == 0 || parked[team].empty())
            continue;
        std::vector<std::uint32_t> resume;
        resume.swap(parked[team]);
        for (std::uint32_t t : resume)
            nextStep(t);
    }
}

std::vector<std::uint32_t> FleetSimulator::Impl::crashTargets(const FaultSpec& f) const
{
    std::vector<std::uint32_t> out;
    const int d = h.domainIndex(f.target);
    if (d < 0)
        return out;
    const std::uint32_t ab = h.domainAgentBegin[d], ae = h.domainAgentBegin[d + 1];
    for (std::uint32_t a = ab; a < ae && out.size() < std::size_t(f.count); ++a)
        out.push_back(a);
    return out;
}

// Recomputes slow factors and pool multipliers from the faults active now.
void FleetSimulator::Impl::recomputeFaultState()
{
    std::fill(slow.begin(), slow.end(), 1.0);
    capacityFactor = quotaFactor = 1.0;
    dropShare = 0.0;
    for (int i = 0; i < sc.faults.size(); ++i) {
        if (!faultActive[i])
            continue;
        const FaultSpec& f = sc.faults[i];
        switch (f.kind) {
        case FaultSpec::Kind::HotKosha: {
            const int d = h.domainIndex(f.target);
            if (d >= 0)
                for (std::uint32_t a = h.domainAgentBegin[d]; a < h.domainAgentBegin[d + 1]; ++a)
                    slow[a] *= f.factor;
            break;
        }
        case FaultSpec::Kind::SlowTeam: {
            const int t = h.teamIndex(f.target);
            if (t >= 0)
                for (std::uint32_t a = h.domainAgentBegin[h.teamDomainBegin[t]];
                     a < h.domainAgentBegin[h.teamDomainBegin[t + 1]]; ++a)
                    slow[a] *= f.factor;
            break;
        }
        case FaultSpec::Kind::SlowAgent:
            if (const qsizetype a = h.agentNames.indexOf(f.target); a >= 0)
                slow[std::size_t(a)] *= f.factor;
            break;
        case FaultSpec::Kind::CloudThrottleStorm: quotaFactor *= f.factor; break;
        case FaultSpec::Kind::CapacityChange: capacityFactor *= f.factor; break;
        case FaultSpec::Kind::TelemetryDrops: dropShare = std::max(dropShare, f.factor); break;
        case FaultSpec::Kind::AgentCrash: break;
        }
    }
    // A team's slowdown as its tasks see it: a domain of the team at random, then a live agent.
    bound.reset();
    classes.clear();
    const double perTeam = double(sc.tasksInFlightPerTeam);
    for (std::size_t t = 0; t + 1 < h.teamDomainBegin.size(); ++t) {
        double teamSum = 0;
        int domains = 0;
        for (std::uint32_t d = h.teamDomainBegin[t]; d < h.teamDomainBegin[t + 1]; ++d) {
            double ds = 0;
            int live = 0;
            for (std::uint32_t a = h.domainAgentBegin[d]; a < h.domainAgentBegin[d + 1]; ++a)
                if (!crashed[a]) {
                    ds += slow[a];
                    ++live;
                }
            if (live > 0) {
                teamSum += ds / live;
                ++domains;
            }
        }
        if (domains == 0)
            continue;   // all down: its tasks wait and complete nothing
        const double f = teamSum / domains;
        auto same = std::find_if(classes.begin(), classes.end(),
                                 [f](const TaskClass& c) { return std::abs(c.slow - f) <= 1e-9 * f; });
        if (same != classes.end())
            same->tasksInFlight += perTeam;
        else
            classes.push_back(TaskClass{perTeam, f});
    }
    if (classes.empty())
        classes.push_back(TaskClass{0.0, 1.0});
}

void FleetSimulator::Impl::addEvent(omega::v1::Severity sev, const char* kind, const QString& scope, const QString& text)
{
    omega::v1::Event e;
    e.set_severity(sev);
    e.set_kind(kind);
    e.set_scope(scope.toStdString());
    e.set_text(text.toStdString());
    events.push_back(std::move(e));
}

QString FleetSimulator::Impl::faultScope(const FaultSpec& f) const
{
    switch (f.kind) {
    case FaultSpec::Kind::HotKosha:
    case FaultSpec::Kind::AgentCrash: return QStringLiteral("domain:") + f.target;
    case FaultSpec::Kind::SlowTeam: return QStringLiteral("team:") + f.target;
    case FaultSpec::Kind::SlowAgent: return QStringLiteral("agent:") + f.target;
    case FaultSpec::Kind::CloudThrottleStorm: return QStringLiteral("pool:cloud");
    case FaultSpec::Kind::CapacityChange: return QStringLiteral("pool:local");
    case FaultSpec::Kind::TelemetryDrops: return QStringLiteral("fleet");
    }
    return QStringLiteral("fleet");
}

QString FleetSimulator::Impl::faultText(const FaultSpec& f, const std::vector<std::uint32_t>& crashedNow) const
{
    const QString until = f.durationS > 0 ? QStringLiteral(" for %1 s").arg(f.durationS) : QString();
    switch (f.kind) {
    case FaultSpec::Kind::HotKosha:
        return QStringLiteral("hot kosha: agents of %1 serve %2x slower%3").arg(f.target).arg(f.factor).arg(until);
    case FaultSpec::Kind::SlowTeam:
        return QStringLiteral("slow team: agents of %1 serve %2x slower%3").arg(f.target).arg(f.factor).arg(until);
    case FaultSpec::Kind::SlowAgent:
        return QStringLiteral("slow agent: %1 serves %2x slower%3").arg(f.target).arg(f.factor).arg(until);
    case FaultSpec::Kind::CloudThrottleStorm:
        return QStringLiteral("cloud throttle storm: provider quota x%1 (%2 calls/s)%3")
            .arg(f.factor).arg(sc.cloudQuotaPerS * f.factor).arg(until);
    case FaultSpec::Kind::CapacityChange:
        return QStringLiteral("capacity change: local pool throughput x%1%2").arg(f.factor).arg(until);
    case FaultSpec::Kind::TelemetryDrops:
        return QStringLiteral("telemetry drops: %1% of ticks lost%2").arg(f.factor * 100).arg(until);
    case FaultSpec::Kind::AgentCrash: {
        QStringList names;
        for (std::uint32_t a : crashedNow)
            names << h.agentNames[a];
        return QStringLiteral("agent crash: %1 agent(s) of %2 down%3: %4")
            .arg(crashedNow.size()).arg(f.target, until, names.join(QStringLiteral(", ")));
    }
    }
    return {};
}

void FleetSimulator::Impl::onFault(std::uint32_t i, bool start)
{
    const FaultSpec& f = sc.faults[int(i)];
    refillTokens();   // the bucket is credited at the old rate up to now
    touchPools();
    faultActive[i] = start;
    std::vector<std::uint32_t> targets;
    if (f.kind == FaultSpec::Kind::AgentCrash) {
        targets = crashTargets(f);
        if (start)
            crashAgents(targets);
        else
            recoverAgents(targets);
    }
    recomputeFaultState();
    if (start) {
        const auto sev = f.kind == FaultSpec::Kind::AgentCrash ? omega::v1::SEVERITY_CRITICAL : omega::v1::SEVERITY_WARNING;
        addEvent(sev, "fault.start", faultScope(f), faultText(f, targets));
    } else {
        addEvent(omega::v1::SEVERITY_INFO, "fault.end", faultScope(f),
             QStringLiteral("%1 over").arg(QString::fromLatin1(kindText(f.kind))));
    }
}

} // namespace omega::sim
