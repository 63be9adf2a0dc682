// Tasks, their sensitive stages and bulk items, and the agents that serve them.
#include "sim/sim_engine.h"

namespace omega::sim {

void FleetSimulator::Impl::agentLatency(std::uint32_t a, std::int64_t us, std::int64_t serviceUs)
{
    aSvcWin[std::size_t(a) * kAgentWindow + aWinPos[a]] = float(serviceUs / 1000.0);
    aWin[std::size_t(a) * kAgentWindow + aWinPos[a]] = float(us / 1000.0);
    aWinPos[a] = std::uint8_t((aWinPos[a] + 1) % kAgentWindow);
    if (aWinCount[a] < kAgentWindow)
        ++aWinCount[a];
    aDirty[a] = 1;
}

std::uint32_t FleetSimulator::Impl::allocUnit()
{
    if (freeUnits.empty()) {
        units.emplace_back();
        return std::uint32_t(units.size() - 1);
    }
    const std::uint32_t u = freeUnits.back();
    freeUnits.pop_back();
    return u;
}

void FleetSimulator::Impl::freeUnit(std::uint32_t u)
{
    units[u].state = UnitState::Free;
    ++units[u].gen;
    freeUnits.push_back(u);
}

std::uint32_t FleetSimulator::Impl::pickAgent(std::uint32_t team)
{
    const std::uint32_t db = h.teamDomainBegin[team], de = h.teamDomainBegin[team + 1];
    for (int attempt = 0; attempt < 16; ++attempt) {
        const std::uint32_t d = db + rng.below(de - db);
        const std::uint32_t ab = h.domainAgentBegin[d], ae = h.domainAgentBegin[d + 1];
        const std::uint32_t a = ab + rng.below(ae - ab);
        if (!crashed[a])
            return a;
    }
    // Rare: most of the team is down; take the next live agent.
    const std::uint32_t ab = h.domainAgentBegin[db], ae = h.domainAgentBegin[de];
    const std::uint32_t start = ab + rng.below(ae - ab);
    for (std::uint32_t i = 0; i < ae - ab; ++i) {
        const std::uint32_t a = ab + (start - ab + i) % (ae - ab);
        if (!crashed[a])
            return a;
    }
    return kNone;
}

void FleetSimulator::Impl::enqueue(std::uint32_t task, bool stage, bool local)
{
    const std::uint32_t u = allocUnit();
    Unit& x = units[u];
    x.task = task;
    x.agent = pickAgent(tasks[task].team);
    x.enqueuedUs = now;
    x.stage = stage;
    x.state = local ? UnitState::QueuedLocal : UnitState::QueuedCloud;
    ++aQueued[x.agent];
    if (local) {
        localQ.push_back(Ref{u, x.gen});
        ++localWaiting;
    } else {
        cloudQ.push_back(Ref{u, x.gen});
        ++cloudWaiting;
    }
}

// Starts the task's next step: a local stage, or the fan-out of its bulk items.
void FleetSimulator::Impl::nextStep(std::uint32_t task)
{
    Task& t = tasks[task];
    if (teamLive[t.team] == 0) {
        parked[t.team].push_back(task);
        return;
    }
    if (t.stagesLeft > 0) {
        enqueue(task, true, true);
        return;
    }
    if (t.itemsLeft <= 0) {
        completeTask(task);
        return;
    }
    const double share = cfg.bulkLocalShare;
    for (int i = 0; i < t.itemsLeft; ++i)
        enqueue(task, false, share > 0 && rng.uniform() < share);
}

void FleetSimulator::Impl::openTask(std::uint32_t task)
{
    Task& t = tasks[task];
    t.stagesLeft = sc.localStagesPerTask;
    t.itemsLeft = sc.bulkItemsPerTask;
    t.failing = false;
    t.admittedUs = now;
    ++totals.tasksArrived;
    ++totals.tasksInFlight;
    nextStep(task);
}

void FleetSimulator::Impl::completeTask(std::uint32_t task)
{
    ++totals.tasksCompleted;
    --totals.tasksInFlight;
    taskLat.push(float((now - tasks[task].admittedUs) / 1000.0));
    openTask(task);   // unbounded backlog: the team's next task arrives at once
}

// serviceUs: the unit's own service time, without waiting for a slot or a 429 back-off.
void FleetSimulator::Impl::unitDone(std::uint32_t u, std::int64_t serviceUs)
{
    const Unit x = units[u];
    freeUnit(u);
    ++totals.stagesCompleted;
    ++aCompleted[x.agent];
    agentLatency(x.agent, now - x.enqueuedUs, serviceUs);
    Task& t = tasks[x.task];
    if (x.stage) {
        --t.stagesLeft;
        nextStep(x.task);
    } else if (--t.itemsLeft == 0) {
        completeTask(x.task);
    }
}

} // namespace omega::sim
