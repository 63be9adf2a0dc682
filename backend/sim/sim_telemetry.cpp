// What the simulator publishes: topology, per-agent tick columns, pool states, events.
#include "sim/sim_engine.h"

namespace omega::sim {

namespace {

float percentile(float* data, int n, double q)
{
    if (n <= 0)
        return 0.f;
    int k = int(std::ceil(q * n)) - 1;
    k = std::clamp(k, 0, n - 1);
    std::nth_element(data, data + k, data + n);
    return data[k];
}

} // namespace


void FleetSimulator::fillTopology(omega::v1::Topology& out) const
{
    const Hierarchy& h = d->h;
    out.set_topology_version(kTopologyVersion);
    out.clear_teams();
    out.clear_primes();
    out.clear_domains();
    out.clear_agent_names();
    out.clear_agent_domain();
    out.clear_pools();
    for (const QString& t : h.teamNames)
        out.add_teams()->set_name(t.toStdString());
    for (int p = 0; p < h.primeNames.size(); ++p) {
        auto* x = out.add_primes();
        x->set_name(h.primeNames[p].toStdString());
        x->set_team(h.primeTeam[p]);
    }
    for (int i = 0; i < h.domainNames.size(); ++i) {
        auto* x = out.add_domains();
        x->set_name(h.domainNames[i].toStdString());
        x->set_prime(h.domainPrime[i]);
    }
    out.mutable_agent_names()->Reserve(h.agentNames.size());
    for (const QString& a : h.agentNames)
        out.add_agent_names(a.toStdString());
    out.mutable_agent_domain()->Reserve(int(h.agentDomain.size()));
    for (std::uint32_t dom : h.agentDomain)
        out.add_agent_domain(dom);
    auto* local = out.add_pools();
    local->set_name("local");
    local->set_kind(omega::v1::POOL_KIND_LOCAL);
    auto* cloud = out.add_pools();
    cloud->set_name("cloud");
    cloud->set_kind(omega::v1::POOL_KIND_CLOUD);
}


void FleetSimulator::fillTick(omega::v1::Tick& out)
{
    Impl& s = *d;
    const int n = int(s.nAgents);
    const std::int64_t now = s.now;
    const double interval = double(now - s.tickStartUs);

    out.set_topology_version(kTopologyVersion);
    out.set_agent_count(std::uint32_t(n));
    out.set_interval_us(std::uint32_t(std::llround(s.sc.tickIntervalMs * 1000.0)));

    std::string* state = out.mutable_state();
    state->resize(std::size_t(n));
    auto column = [n](auto* field) {
        field->Resize(n, {});
        return field->mutable_data();
    };
    std::uint32_t* queue = column(out.mutable_queue_depth());
    std::uint32_t* inFlight = column(out.mutable_in_flight());
    std::uint32_t* completed = column(out.mutable_completed());
    std::uint32_t* failed = column(out.mutable_failed());
    float* p50 = column(out.mutable_latency_p50_ms());
    float* p99 = column(out.mutable_latency_p99_ms());
    std::uint32_t* localCalls = column(out.mutable_local_calls());
    std::uint32_t* cloudCalls = column(out.mutable_cloud_calls());
    float* cpu = column(out.mutable_cpu_share());
    std::uint32_t* throttled = column(out.mutable_throttled());
    float* util = column(out.mutable_utilisation());
    float* svc50 = column(out.mutable_service_p50_ms());
    float* svc99 = column(out.mutable_service_p99_ms());

    double localTotal = 0;
    for (int a = 0; a < n; ++a) {
        s.touchAgentLocal(std::uint32_t(a));
        localTotal += s.aLocalAccum[a];
    }
    std::array<float, kAgentWindow> scratch;
    for (int a = 0; a < n; ++a) {
        if (s.crashed[a])
            (*state)[a] = char(omega::v1::AGENT_STATE_FAILED);
        else if (s.aInService[a] > 0)
            (*state)[a] = char(omega::v1::AGENT_STATE_BUSY);
        else if (s.aQueued[a] > 0)
            (*state)[a] = char(omega::v1::AGENT_STATE_WAITING);
        else
            (*state)[a] = char(omega::v1::AGENT_STATE_IDLE);
        queue[a] = s.aQueued[a];
        inFlight[a] = s.aInService[a];
        completed[a] = s.aCompleted[a];
        failed[a] = s.aFailed[a];
        localCalls[a] = s.aLocalCalls[a];
        cloudCalls[a] = s.aCloudCalls[a];
        throttled[a] = s.aThrottled[a];
        if (s.aDirty[a]) {
            // Only agents that finished work since the last tick need their window sorted again.
            const int c = s.aWinCount[a];
            std::copy_n(&s.aWin[std::size_t(a) * kAgentWindow], c, scratch.data());
            s.aP99[a] = percentile(scratch.data(), c, 0.99);
            s.aP50[a] = percentile(scratch.data(), c, 0.50);
            std::copy_n(&s.aSvcWin[std::size_t(a) * kAgentWindow], c, scratch.data());
            s.aSvcP99[a] = percentile(scratch.data(), c, 0.99);
            s.aSvcP50[a] = percentile(scratch.data(), c, 0.50);
            s.aDirty[a] = 0;
        }
        p50[a] = s.aP50[a];
        p99[a] = s.aP99[a];
        svc50[a] = s.aSvcP50[a];
        svc99[a] = s.aSvcP99[a];
        cpu[a] = localTotal > 0 ? float(s.aLocalAccum[a] / localTotal) : 0.f;
        s.aLocalAccum[a] = 0;
        if (s.aInService[a] > 0) {
            s.aBusyAccum[a] += now - s.aBusySince[a];
            s.aBusySince[a] = now;
        }
        util[a] = interval > 0 ? float(std::min(1.0, double(s.aBusyAccum[a]) / interval)) : (s.aInService[a] > 0 ? 1.f : 0.f);
        s.aBusyAccum[a] = 0;
    }
    s.tickStartUs = now;

    out.set_tasks_arrived(s.totals.tasksArrived);
    out.set_tasks_completed(s.totals.tasksCompleted);
    out.set_tasks_failed(s.totals.tasksFailed);
    out.set_tasks_in_flight(s.totals.tasksInFlight);
    std::array<float, kTaskWindow> taskScratch;
    std::copy_n(s.taskLat.v.data(), s.taskLat.count, taskScratch.data());
    out.set_task_latency_p99_ms(percentile(taskScratch.data(), s.taskLat.count, 0.99));
    out.set_task_latency_p50_ms(percentile(taskScratch.data(), s.taskLat.count, 0.50));
}


void FleetSimulator::fillPools(omega::v1::Pools& out)
{
    Impl& s = *d;
    s.touchPools();
    const double interval = double(s.now - s.poolIntervalStartUs);
    std::array<float, kPoolWindow> scratch;
    auto fill = [&](omega::v1::PoolState* p, const char* name, omega::v1::PoolKind kind, std::uint32_t limit,
                    std::uint32_t inUse, std::uint32_t waiting, std::uint64_t completed, std::uint64_t throttled,
                    const Window<kPoolWindow>& lat, std::uint32_t batch, double utilAccum, double serviceUs,
                    std::uint64_t items) {
        p->set_name(name);
        p->set_kind(kind);
        p->set_limit(limit);
        p->set_in_use(inUse);
        p->set_waiting(waiting);
        p->set_completed(completed);
        p->set_throttled(throttled);
        std::copy_n(lat.v.data(), lat.count, scratch.data());
        p->set_latency_p99_ms(percentile(scratch.data(), lat.count, 0.99));
        p->set_latency_p50_ms(percentile(scratch.data(), lat.count, 0.50));
        p->set_batch_size(batch);
        p->set_utilisation(float(interval > 0 ? utilAccum / interval : double(inUse) / std::max<std::uint32_t>(1, limit)));
        p->set_service_us_total(std::uint64_t(std::llround(serviceUs)));
        p->set_items_completed(items);
    };
    out.clear_pools();
    fill(out.add_pools(), "local", omega::v1::POOL_KIND_LOCAL, s.cfg.localLimit, s.localInUse, s.localWaiting,
         s.localCompleted, 0, s.localLat, 1, s.localUtilAccum, s.localServiceUs, s.localCompleted);
    fill(out.add_pools(), "cloud", omega::v1::POOL_KIND_CLOUD, s.cfg.cloudLimit, s.cloudInUse, s.cloudWaiting,
         s.cloudCompleted, s.cloudThrottled, s.cloudLat, s.cfg.cloudBatch, s.cloudUtilAccum, s.cloudServiceUs,
         s.cloudItemsCompleted);
    auto* cfg = out.mutable_config();
    cfg->set_version(s.cfg.version);
    cfg->set_local_limit(s.cfg.localLimit);
    cfg->set_cloud_limit(s.cfg.cloudLimit);
    cfg->set_cloud_batch(s.cfg.cloudBatch);
    cfg->set_bulk_local_share(float(s.cfg.bulkLocalShare));
    auto* bounds = out.mutable_bounds();
    bounds->set_max_local_limit(s.sc.bounds.maxLocalLimit);
    bounds->set_max_cloud_limit(s.sc.bounds.maxCloudLimit);
    bounds->set_max_cloud_batch(s.sc.bounds.maxCloudBatch);
    s.localUtilAccum = s.cloudUtilAccum = 0;
    s.poolIntervalStartUs = s.now;
}


std::vector<omega::v1::Event> FleetSimulator::takeEvents()
{
    std::vector<omega::v1::Event> out;
    out.swap(d->events);
    return out;
}


bool FleetSimulator::dropTelemetryNow()
{
    return d->dropShare > 0 && d->dropRng.uniform() < d->dropShare;
}

} // namespace omega::sim
