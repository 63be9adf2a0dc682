// Over 600 lines: one discrete-event model whose events touch the pools, the work and the
// telemetry counters together; splitting it along those seams is still to do (issue 9).
#include "sim/fleet_simulator.h"
#include "sim/capacity_model.h"
#include "sim/hierarchy.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <limits>
#include <optional>
#include <queue>

namespace omega::sim {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr int kAgentWindow = 32;   // recent stage latencies kept per agent
constexpr int kPoolWindow = 256;   // recent service latencies kept per pool
constexpr int kTaskWindow = 512;   // recent end-to-end task latencies (fleet)
constexpr std::uint64_t kTopologyVersion = 1;

enum class Ev : std::uint8_t { LocalDone, CallDone, Call429, CallRetry, FaultStart, FaultEnd };

struct Event {
    std::int64_t t;
    std::uint64_t seq;   // FIFO among equal times keeps runs reproducible
    std::uint32_t a;
    std::uint32_t b;
    Ev type;
};
struct Later {
    bool operator()(const Event& x, const Event& y) const { return x.t != y.t ? x.t > y.t : x.seq > y.seq; }
};

enum class UnitState : std::uint8_t { Free, QueuedLocal, QueuedCloud, InLocal, InCloud };

// A local stage or a bulk item of one task, served by one agent.
struct Unit {
    std::uint32_t task = 0;
    std::uint32_t agent = 0;
    std::uint32_t gen = 0;          // bumped on free: stale queue entries and events are skipped
    std::int64_t enqueuedUs = 0;
    std::int64_t startUs = 0;
    UnitState state = UnitState::Free;
    bool stage = false;             // sensitive stage (else bulk item)
};

struct Task {
    std::int64_t admittedUs = 0;
    std::uint32_t team = 0;
    std::int32_t stagesLeft = 0;
    std::int32_t itemsLeft = 0;
    bool failing = false;
};

struct Ref {
    std::uint32_t unit;
    std::uint32_t gen;
};

struct Call {
    std::vector<Ref> items;         // capacity kept across reuse
    std::int64_t startUs = 0;       // slot acquired
    std::int64_t serviceStartUs = 0;   // the provider accepted the current attempt
};

// Fixed ring of recent samples with nearest-rank percentiles.
template <int N>
struct Window {
    std::array<float, N> v{};
    int count = 0;
    int pos = 0;
    void push(float x)
    {
        v[pos] = x;
        pos = (pos + 1) % N;
        count = std::min(count + 1, N);
    }
};

float percentile(float* data, int n, double q)
{
    if (n <= 0)
        return 0.f;
    int k = int(std::ceil(q * n)) - 1;
    k = std::clamp(k, 0, n - 1);
    std::nth_element(data, data + k, data + n);
    return data[k];
}

const char* kindText(FaultSpec::Kind k)
{
    switch (k) {
    case FaultSpec::Kind::HotKosha: return "hot kosha";
    case FaultSpec::Kind::SlowTeam: return "slow team";
    case FaultSpec::Kind::CloudThrottleStorm: return "cloud throttle storm";
    case FaultSpec::Kind::AgentCrash: return "agent crash";
    case FaultSpec::Kind::TelemetryDrops: return "telemetry drops";
    case FaultSpec::Kind::CapacityChange: return "capacity change";
    }
    return "fault";
}

} // namespace

struct FleetSimulator::Impl {
    Scenario sc;
    Hierarchy h;
    KnobConfig cfg;
    Rng rng;
    Rng dropRng;   // separate stream: whether a tick is dropped never changes the fleet's run

    std::int64_t now = 0;
    std::uint64_t seq = 0;
    std::priority_queue<Event, std::vector<Event>, Later> queue;

    std::vector<Task> tasks;
    std::vector<Unit> units;
    std::vector<std::uint32_t> freeUnits;
    std::vector<Call> calls;
    std::vector<std::uint32_t> freeCalls;
    std::vector<std::vector<std::uint32_t>> parked;   // per team: tasks waiting for a live agent

    // Local pool.
    std::uint32_t localInUse = 0;
    std::uint32_t localWaiting = 0;
    std::deque<Ref> localQ;
    std::uint64_t localCompleted = 0;
    double localServiceUs = 0;       // cumulative slot-µs in service
    Window<kPoolWindow> localLat;
    Window<kTaskWindow> taskLat;     // admission to completion, ms
    // Cloud pool.
    std::uint32_t cloudInUse = 0;
    std::uint32_t cloudWaiting = 0;
    std::deque<Ref> cloudQ;
    std::uint64_t cloudCompleted = 0;
    std::uint64_t cloudThrottled = 0;
    std::uint64_t cloudItemsCompleted = 0;
    std::uint32_t cloudInService = 0;   // calls the provider accepted and has not answered yet
    double cloudServiceUs = 0;          // cumulative slot-µs in service (429s and back-offs excluded)
    Window<kPoolWindow> cloudLat;
    double tokens = 0;
    std::int64_t tokensUs = 0;
    // Pool utilisation integrals over the current pools interval.
    double localUtilAccum = 0, cloudUtilAccum = 0;
    std::int64_t poolTouchUs = 0, poolIntervalStartUs = 0;

    // Fault state.
    std::vector<bool> faultActive;
    double capacityFactor = 1.0;
    double quotaFactor = 1.0;
    double dropShare = 0.0;
    std::vector<TaskClass> classes;   // per distinct team slowdown, for the analytic model
    mutable std::optional<CapacityBound> bound;   // cleared whenever the physics change

    // Agents (columns).
    std::size_t nAgents = 0;
    std::vector<double> slow;
    std::vector<std::uint16_t> crashed;    // >0 while at least one crash fault holds the agent
    std::vector<std::uint32_t> teamOfAgent;
    std::vector<std::uint32_t> teamLive;
    std::vector<std::uint32_t> aQueued, aInService, aLocalInService;
    std::vector<std::uint32_t> aCompleted, aFailed, aLocalCalls, aCloudCalls, aThrottled;
    std::vector<std::int64_t> aBusySince, aBusyAccum, aLocalTouch;
    std::vector<double> aLocalAccum;
    std::vector<float> aWin;   // nAgents * kAgentWindow
    std::vector<float> aSvcWin;   // service time alone, same positions as aWin
    std::vector<std::uint8_t> aWinCount, aWinPos, aDirty;
    std::vector<float> aP50, aP99, aSvcP50, aSvcP99;
    std::int64_t tickStartUs = 0;

    FleetTotals totals;
    std::vector<omega::v1::Event> events;

    explicit Impl(Scenario s);

    // --- scheduling
    void schedule(std::int64_t t, Ev type, std::uint32_t a, std::uint32_t b = 0)
    {
        queue.push(Event{t, seq++, a, b, type});
    }
    double noise()
    {
        const double sg = sc.serviceNoiseSigma;
        return sg > 0 ? std::exp(sg * rng.normal() - 0.5 * sg * sg) : 1.0;
    }

    // --- accounting
    void touchPools()
    {
        const double dt = double(now - poolTouchUs);
        if (dt > 0) {
            localUtilAccum += dt * localInUse / std::max<std::uint32_t>(1, cfg.localLimit);
            cloudUtilAccum += dt * cloudInUse / std::max<std::uint32_t>(1, cfg.cloudLimit);
            localServiceUs += dt * localInUse;
            cloudServiceUs += dt * cloudInService;
        }
        poolTouchUs = now;
    }
    void touchAgentLocal(std::uint32_t a)
    {
        aLocalAccum[a] += double(now - aLocalTouch[a]) * aLocalInService[a];
        aLocalTouch[a] = now;
    }
    void agentStart(std::uint32_t a, bool local)
    {
        if (aInService[a]++ == 0)
            aBusySince[a] = now;
        if (local) {
            touchAgentLocal(a);
            ++aLocalInService[a];
        }
    }
    void agentStop(std::uint32_t a, bool local)
    {
        if (--aInService[a] == 0)
            aBusyAccum[a] += now - aBusySince[a];
        if (local) {
            touchAgentLocal(a);
            --aLocalInService[a];
        }
    }
    void agentLatency(std::uint32_t a, std::int64_t us, std::int64_t serviceUs)
    {
        aSvcWin[std::size_t(a) * kAgentWindow + aWinPos[a]] = float(serviceUs / 1000.0);
        aWin[std::size_t(a) * kAgentWindow + aWinPos[a]] = float(us / 1000.0);
        aWinPos[a] = std::uint8_t((aWinPos[a] + 1) % kAgentWindow);
        if (aWinCount[a] < kAgentWindow)
            ++aWinCount[a];
        aDirty[a] = 1;
    }

    // --- work
    std::uint32_t allocUnit()
    {
        if (freeUnits.empty()) {
            units.emplace_back();
            return std::uint32_t(units.size() - 1);
        }
        const std::uint32_t u = freeUnits.back();
        freeUnits.pop_back();
        return u;
    }
    void freeUnit(std::uint32_t u)
    {
        units[u].state = UnitState::Free;
        ++units[u].gen;
        freeUnits.push_back(u);
    }
    std::uint32_t pickAgent(std::uint32_t team)
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
    void enqueue(std::uint32_t task, bool stage, bool local)
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
    void nextStep(std::uint32_t task)
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
    void openTask(std::uint32_t task)
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
    void completeTask(std::uint32_t task)
    {
        ++totals.tasksCompleted;
        --totals.tasksInFlight;
        taskLat.push(float((now - tasks[task].admittedUs) / 1000.0));
        openTask(task);   // unbounded backlog: the team's next task arrives at once
    }
    // serviceUs: the unit's own service time, without waiting for a slot or a 429 back-off.
    void unitDone(std::uint32_t u, std::int64_t serviceUs)
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

    // --- local pool
    void dispatchLocal()
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
    void onLocalDone(std::uint32_t u, std::uint32_t gen)
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

    // --- cloud pool
    void refillTokens()
    {
        const double rate = sc.cloudQuotaPerS * quotaFactor;
        const double burst = std::max(1.0, rate / 10.0);
        tokens = std::min(burst, tokens + rate * double(now - tokensUs) / 1e6);
        tokensUs = now;
    }
    void dispatchCloud()
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
    void attemptCall(std::uint32_t c)
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
    void onCall429(std::uint32_t c)
    {
        ++cloudThrottled;
        ++totals.cloudThrottled;
        for (const Ref& r : calls[c].items)
            if (units[r.unit].gen == r.gen)
                ++aThrottled[units[r.unit].agent];
        // The retry keeps its slot through the back-off.
        schedule(now + std::llround(sc.retryBackoffMs * 1000.0), Ev::CallRetry, c);
    }
    void onCallDone(std::uint32_t c)
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

    // --- faults
    void cancelUnit(std::uint32_t u)
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
    void crashAgents(const std::vector<std::uint32_t>& agents)
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
    void recoverAgents(const std::vector<std::uint32_t>& agents)
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
    std::vector<std::uint32_t> crashTargets(const FaultSpec& f) const
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
    void recomputeFaultState()
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
    void addEvent(omega::v1::Severity sev, const char* kind, const QString& scope, const QString& text)
    {
        omega::v1::Event e;
        e.set_severity(sev);
        e.set_kind(kind);
        e.set_scope(scope.toStdString());
        e.set_text(text.toStdString());
        events.push_back(std::move(e));
    }
    QString faultScope(const FaultSpec& f) const
    {
        switch (f.kind) {
        case FaultSpec::Kind::HotKosha:
        case FaultSpec::Kind::AgentCrash: return QStringLiteral("domain:") + f.target;
        case FaultSpec::Kind::SlowTeam: return QStringLiteral("team:") + f.target;
        case FaultSpec::Kind::CloudThrottleStorm: return QStringLiteral("pool:cloud");
        case FaultSpec::Kind::CapacityChange: return QStringLiteral("pool:local");
        case FaultSpec::Kind::TelemetryDrops: return QStringLiteral("fleet");
        }
        return QStringLiteral("fleet");
    }
    QString faultText(const FaultSpec& f, const std::vector<std::uint32_t>& crashedNow) const
    {
        const QString until = f.durationS > 0 ? QStringLiteral(" for %1 s").arg(f.durationS) : QString();
        switch (f.kind) {
        case FaultSpec::Kind::HotKosha:
            return QStringLiteral("hot kosha: agents of %1 serve %2x slower%3").arg(f.target).arg(f.factor).arg(until);
        case FaultSpec::Kind::SlowTeam:
            return QStringLiteral("slow team: agents of %1 serve %2x slower%3").arg(f.target).arg(f.factor).arg(until);
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
    void onFault(std::uint32_t i, bool start)
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

    void handle(const Event& e)
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
    void dispatch()
    {
        dispatchLocal();
        dispatchCloud();
    }
    void run(std::int64_t until)
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

    const CapacityBound& cachedBound() const
    {
        if (!bound)
            bound = capacityBound(capacityInputs());
        return *bound;
    }
    CapacityInputs capacityInputs() const
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
};

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
