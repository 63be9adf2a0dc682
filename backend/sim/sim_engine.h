#pragma once
// The simulator's engine, shared by its parts: the event types, and FleetSimulator::Impl with the
// state of the fleet, its pools and its faults. Private to backend/sim; the API is fleet_simulator.h.
//   fleet_simulator.cpp  event loop, construction, configuration, the capacity bound
//   sim_work.cpp         tasks, their stages and bulk items, agent accounting
//   sim_pools.cpp        the local CPU pool and the cloud pool (quota, 429s, batching)
//   sim_faults.cpp       fault injection and recovery, events
//   sim_telemetry.cpp    topology, tick and pool messages
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

namespace engine {


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

} // namespace engine

using namespace engine;   // this header is included by the simulator's own sources only

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

    // --- work (sim_work.cpp)
    void agentLatency(std::uint32_t a, std::int64_t us, std::int64_t serviceUs);
    std::uint32_t allocUnit();
    void freeUnit(std::uint32_t u);
    std::uint32_t pickAgent(std::uint32_t team);
    void enqueue(std::uint32_t task, bool stage, bool local);
    // Starts the task's next step: a local stage, or the fan-out of its bulk items.
    void nextStep(std::uint32_t task);
    void openTask(std::uint32_t task);
    void completeTask(std::uint32_t task);
    // serviceUs: the unit's own service time, without waiting for a slot or a 429 back-off.
    void unitDone(std::uint32_t u, std::int64_t serviceUs);

    // --- local pool (sim_pools.cpp)
    void dispatchLocal();
    void onLocalDone(std::uint32_t u, std::uint32_t gen);

    // --- cloud pool (sim_pools.cpp)
    void refillTokens();
    void dispatchCloud();
    void attemptCall(std::uint32_t c);
    void onCall429(std::uint32_t c);
    void onCallDone(std::uint32_t c);

    // --- faults (sim_faults.cpp)
    void cancelUnit(std::uint32_t u);
    void crashAgents(const std::vector<std::uint32_t>& agents);
    void recoverAgents(const std::vector<std::uint32_t>& agents);
    std::vector<std::uint32_t> crashTargets(const FaultSpec& f) const;
    // Recomputes slow factors and pool multipliers from the faults active now.
    void recomputeFaultState();
    void addEvent(omega::v1::Severity sev, const char* kind, const QString& scope, const QString& text);
    QString faultScope(const FaultSpec& f) const;
    QString faultText(const FaultSpec& f, const std::vector<std::uint32_t>& crashedNow) const;
    void onFault(std::uint32_t i, bool start);

    // --- event loop and capacity (fleet_simulator.cpp)
    void handle(const Event& e);
    void dispatch();
    void run(std::int64_t until);
    const CapacityBound& cachedBound() const;
    CapacityInputs capacityInputs() const;
};

} // namespace omega::sim
