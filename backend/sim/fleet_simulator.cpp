// The simulator's event loop, its construction, configuration changes and the capacity bound.
// The engine's state is in sim_engine.h; its parts in sim_work, sim_pools, sim_faults, sim_telemetry.
#include "sim/sim_engine.h"

namespace omega::sim {

void FleetSimulator::Impl::handle(const Event& e)
{
    switch (e.type) {
    case Ev::LocalDone: onLocalDone(e.a, e.b); break;
    case Ev::CallDone: onCallDone(e.a); break;
    case Ev::Call429: onCall429(e.a); break;
    case Ev::CallRetry: attemptCall(e.a); break;
    case Ev::FaultStart: onFault(e.a, true); break;
    case Ev::FaultEnd: onFault(e.a, false); break;
    }
}

void FleetSimulator::Impl::dispatch()
{
    dispatchLocal();
    dispatchCloud();
}

void FleetSimulator::Impl::run(std::int64_t until)
{
    while (!queue.empty() && queue.top().t <= until) {
        const Event e = queue.top();
        queue.pop();
        now = e.t;
        handle(e);
        dispatch();
    }
    now = std::max(now, until);
}

const CapacityBound& FleetSimulator::Impl::cachedBound() const
{
    if (!bound)
        bound = capacityBound(capacityInputs());
    return *bound;
}

CapacityInputs FleetSimulator::Impl::capacityInputs() const
{
    CapacityInputs in;
    in.localStagesPerTask = sc.localStagesPerTask;
    in.bulkItemsPerTask = sc.bulkItemsPerTask;
    in.classes = classes;
    in.localServiceMs = sc.localServiceMs / capacityFactor;
    in.uslSigma = sc.uslSigma;
    in.uslKappa = sc.uslKappa;
    in.cloudCallBaseMs = sc.cloudCallBaseMs;
    in.cloudCallPerItemMs = sc.cloudCallPerItemMs;
    in.cloudQuotaPerS = sc.cloudQuotaPerS * quotaFactor;
    in.bounds = sc.bounds;
    return in;
}

FleetSimulator::Impl::Impl(Scenario s)
    : sc(std::move(s)), h(buildHierarchy(sc)), cfg(sc.baseline), rng(sc.seed), dropRng(sc.seed ^ 0xd7095ULL)
{
    cfg.version = std::max<std::uint64_t>(1, cfg.version);
    nAgents = std::size_t(sc.agents);
    slow.assign(nAgents, 1.0);
    crashed.assign(nAgents, 0);
    teamOfAgent.resize(nAgents);
    teamLive.assign(std::size_t(sc.teams), 0);
    for (std::size_t a = 0; a < nAgents; ++a) {
        teamOfAgent[a] = h.primeTeam[h.domainPrime[h.agentDomain[a]]];
        ++teamLive[teamOfAgent[a]];
    }
    for (auto* v : {&aQueued, &aInService, &aLocalInService, &aCompleted, &aFailed, &aLocalCalls, &aCloudCalls, &aThrottled})
        v->assign(nAgents, 0);
    aBusySince.assign(nAgents, 0);
    aBusyAccum.assign(nAgents, 0);
    aLocalTouch.assign(nAgents, 0);
    aLocalAccum.assign(nAgents, 0.0);
    aWin.assign(nAgents * kAgentWindow, 0.f);
    aSvcWin.assign(nAgents * kAgentWindow, 0.f);
    aWinCount.assign(nAgents, 0);
    aWinPos.assign(nAgents, 0);
    aDirty.assign(nAgents, 0);
    aP50.assign(nAgents, 0.f);
    aP99.assign(nAgents, 0.f);
    aSvcP50.assign(nAgents, 0.f);
    aSvcP99.assign(nAgents, 0.f);
    parked.resize(std::size_t(sc.teams));

    const std::size_t nTasks = std::size_t(sc.teams) * std::size_t(sc.tasksInFlightPerTeam);
    tasks.resize(nTasks);
    units.reserve(nTasks * std::size_t(std::max(1, sc.bulkItemsPerTask)));
    calls.reserve(std::min<std::size_t>(sc.bounds.maxCloudLimit, 4096));

    refillTokens();
    tokens = std::max(1.0, sc.cloudQuotaPerS / 10.0);   // the bucket starts full

    faultActive.assign(std::size_t(sc.faults.size()), false);
    for (int i = 0; i < sc.faults.size(); ++i) {
        const FaultSpec& f = sc.faults[i];
        schedule(std::llround(f.startS * 1e6), Ev::FaultStart, std::uint32_t(i));
        if (f.durationS > 0)
            schedule(std::llround((f.startS + f.durationS) * 1e6), Ev::FaultEnd, std::uint32_t(i));
    }
    recomputeFaultState();
    run(0);   // faults from t = 0 are in force before the first task picks its agents

    std::uint32_t slot = 0;
    for (int t = 0; t < sc.teams; ++t)
        for (int k = 0; k < sc.tasksInFlightPerTeam; ++k, ++slot) {
            tasks[slot].team = std::uint32_t(t);
            openTask(slot);
        }
    dispatch();
}

FleetSimulator::FleetSimulator(Scenario scenario) : d(std::make_unique<Impl>(std::move(scenario))) {}
FleetSimulator::~FleetSimulator() = default;

const Scenario& FleetSimulator::scenario() const { return d->sc; }
std::int64_t FleetSimulator::nowUs() const { return d->now; }
void FleetSimulator::advanceTo(std::int64_t simTimeUs) { d->run(simTimeUs); }
const KnobConfig& FleetSimulator::config() const { return d->cfg; }
FleetTotals FleetSimulator::totals() const { return d->totals; }

bool FleetSimulator::applyConfig(const omega::v1::Config& change, std::uint64_t expectedVersion, QString* error)
{
    auto refuse = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    KnobConfig& cfg = d->cfg;
    const KnobBounds& b = d->sc.bounds;
    if (expectedVersion != cfg.version)
        return refuse(QStringLiteral("config version mismatch: the change expects version %1 but version %2 is in force")
                          .arg(expectedVersion).arg(cfg.version));
    if (change.has_local_limit() && (change.local_limit() < 1 || change.local_limit() > b.maxLocalLimit))
        return refuse(QStringLiteral("local_limit %1 is out of bounds (1 .. %2)").arg(change.local_limit()).arg(b.maxLocalLimit));
    if (change.has_cloud_limit() && (change.cloud_limit() < 1 || change.cloud_limit() > b.maxCloudLimit))
        return refuse(QStringLiteral("cloud_limit %1 is out of bounds (1 .. %2)").arg(change.cloud_limit()).arg(b.maxCloudLimit));
    if (change.has_cloud_batch() && (change.cloud_batch() < 1 || change.cloud_batch() > b.maxCloudBatch))
        return refuse(QStringLiteral("cloud_batch %1 is out of bounds (1 .. %2)").arg(change.cloud_batch()).arg(b.maxCloudBatch));
    if (change.has_bulk_local_share()
        && !(change.bulk_local_share() >= 0.f && change.bulk_local_share() <= 1.f))
        return refuse(QStringLiteral("bulk_local_share %1 is out of bounds (0 .. 1)").arg(change.bulk_local_share()));

    d->touchPools();   // utilisation so far was against the old limits
    if (change.has_local_limit())
        cfg.localLimit = change.local_limit();
    if (change.has_cloud_limit())
        cfg.cloudLimit = change.cloud_limit();
    if (change.has_cloud_batch())
        cfg.cloudBatch = change.cloud_batch();
    if (change.has_bulk_local_share())
        cfg.bulkLocalShare = change.bulk_local_share();
    ++cfg.version;
    // A shrunk limit only stops new starts; work in service finishes.
    d->dispatch();
    d->addEvent(omega::v1::SEVERITY_INFO, "config.applied", QStringLiteral("fleet"),
            QStringLiteral("config v%1: local %2, cloud %3, batch %4, bulk local share %5")
                .arg(cfg.version).arg(cfg.localLimit).arg(cfg.cloudLimit).arg(cfg.cloudBatch)
                .arg(cfg.bulkLocalShare, 0, 'f', 2));
    return true;
}

double FleetSimulator::analyticThroughput(const KnobConfig& cfg) const
{
    return capacityThroughput(d->capacityInputs(), cfg);
}

double FleetSimulator::theoreticalBoundTasksPerS() const
{
    return d->cachedBound().tasksPerS;
}

KnobConfig FleetSimulator::boundConfig() const
{
    KnobConfig k = d->cachedBound().config;
    k.version = d->cfg.version;
    return k;
}

} // namespace omega::sim
