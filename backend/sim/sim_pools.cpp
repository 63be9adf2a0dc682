// The local CPU pool (slots, USL-like contention) and the cloud pool (slots, quota, 429s, batching).
#include "sim/sim_engine.h"

namespace omega::sim {

void FleetSimulator::Impl::dispatchLocal()
{
    while (localInUse < cfg.localLimit && localWaiting > 0) {
        const Ref r = localQ.front();
        localQ.pop_front();
        Unit& x = units[r.unit];
        if (x.gen != r.gen || x.state != UnitState::QueuedLocal)
            continue;   // cancelled while queued
        --localWaiting;
        --aQueued[x.agent];
        touchPools();
        const std::uint32_t n = ++localInUse;
        x.state = UnitState::InLocal;
        x.startUs = now;
        agentStart(x.agent, true);
        ++aLocalCalls[x.agent];
        // USL: coherency and crosstalk stretch each stage as concurrency grows.
        const double usl = 1.0 + sc.uslSigma * (n - 1) + sc.uslKappa * double(n) * (n - 1);
        const double ms = sc.localServiceMs * noise() * slow[x.agent] * usl / capacityFactor;
        schedule(now + std::max<std::int64_t>(1, std::llround(ms * 1000.0)), Ev::LocalDone, r.unit, r.gen);
    }
    if (localWaiting == 0)
        localQ.clear();   // only stale entries can be left
}

void FleetSimulator::Impl::onLocalDone(std::uint32_t u, std::uint32_t gen)
{
    Unit& x = units[u];
    if (x.gen != gen || x.state != UnitState::InLocal)
        return;   // cancelled by a crash
    touchPools();
    --localInUse;
    ++localCompleted;
    localLat.push(float((now - x.startUs) / 1000.0));
    agentStop(x.agent, true);
    unitDone(u, now - x.startUs);
}

void FleetSimulator::Impl::refillTokens()
{
    const double rate = sc.cloudQuotaPerS * quotaFactor;
    const double burst = std::max(1.0, rate / 10.0);
    tokens = std::min(burst, tokens + rate * double(now - tokensUs) / 1e6);
    tokensUs = now;
}

void FleetSimulator::Impl::dispatchCloud()
{
    while (cloudInUse < cfg.cloudLimit && cloudWaiting > 0) {
        std::uint32_t c;
        if (freeCalls.empty()) {
            calls.emplace_back();
            c = std::uint32_t(calls.size() - 1);
        } else {
            c = freeCalls.back();
            freeCalls.pop_back();
        }
        Call& call = calls[c];
        call.items.clear();
        // Takes what is queued, up to the batch size; never waits to fill a batch.
        while (call.items.size() < cfg.cloudBatch && cloudWaiting > 0) {
            const Ref r = cloudQ.front();
            cloudQ.pop_front();
            Unit& x = units[r.unit];
            if (x.gen != r.gen || x.state != UnitState::QueuedCloud)
                continue;
            --cloudWaiting;
            --aQueued[x.agent];
            x.state = UnitState::InCloud;
            x.startUs = now;
            agentStart(x.agent, false);
            ++aCloudCalls[x.agent];
            call.items.push_back(r);
        }
        touchPools();
        ++cloudInUse;
        call.startUs = now;
        attemptCall(c);
    }
    if (cloudWaiting == 0)
        cloudQ.clear();
}

void FleetSimulator::Impl::attemptCall(std::uint32_t c)
{
    refillTokens();
    Call& call = calls[c];
    if (tokens >= 1.0) {
        tokens -= 1.0;
        touchPools();
        ++cloudInService;
        call.serviceStartUs = now;
        double slowest = 1.0;   // a batch answers when its slowest member is done
        for (const Ref& r : call.items)
            if (units[r.unit].gen == r.gen)
                slowest = std::max(slowest, slow[units[r.unit].agent]);
        const double ms = (sc.cloudCallBaseMs + sc.cloudCallPerItemMs * double(call.items.size())) * noise() * slowest;
        schedule(now + std::max<std::int64_t>(1, std::llround(ms * 1000.0)), Ev::CallDone, c);
    } else {
        schedule(now + std::llround(sc.throttleReplyMs * 1000.0), Ev::Call429, c);
    }
}

void FleetSimulator::Impl::onCall429(std::uint32_t c)
{
    ++cloudThrottled;
    ++totals.cloudThrottled;
    for (const Ref& r : calls[c].items)
        if (units[r.unit].gen == r.gen)
            ++aThrottled[units[r.unit].agent];
    // The retry keeps its slot through the back-off.
    schedule(now + std::llround(sc.retryBackoffMs * 1000.0), Ev::CallRetry, c);
}

void FleetSimulator::Impl::onCallDone(std::uint32_t c)
{
    touchPools();
    --cloudInUse;
    --cloudInService;
    ++cloudCompleted;
    ++totals.cloudCalls;
    Call& call = calls[c];
    cloudItemsCompleted += call.items.size();
    cloudLat.push(float((now - call.startUs) / 1000.0));
    const std::int64_t serviceUs = now - call.serviceStartUs;
    for (const Ref& r : call.items) {
        Unit& x = units[r.unit];
        if (x.gen != r.gen || x.state != UnitState::InCloud)
            continue;   // its task failed meanwhile
        agentStop(x.agent, false);
        unitDone(r.unit, serviceUs);
    }
    call.items.clear();
    freeCalls.push_back(c);
}

} // namespace omega::sim
