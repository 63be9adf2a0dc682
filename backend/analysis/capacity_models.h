#pragma once
// Capacity models fitted online from operating windows (telemetry only; never the scenario file
// or a publisher's own bound), and the what-if they answer: predicted throughput and p99 for any
// configuration. docs/analysis.md ("Capacity models") states each model's assumptions and when it
// refuses to answer.

#include "analysis/operating_windows.h"

#include <array>
#include <deque>

namespace omega::analysis {

// How much of a model the data determine.
enum class Determination : std::uint8_t {
    None,      // no usable data
    OneLevel,  // the pool ran at one operating level only: its value there, nothing about others
    Partial,   // two levels: a straight-line part (local: contention σ, no coherency κ)
    Full,      // every parameter from data
};

struct Range {
    double value = 0, low = 0, high = 0;   // point and ~95 % interval
    bool extrapolated = false;             // outside the range of the data
};

// Local pool, Universal Scalability Law: the time a stage holds a slot at concurrency n is
// S(n) = S1 (1 + σ (n−1) + κ n (n−1)), so throughput is X(n) = n / S(n).
struct LocalModel {
    Determination determination = Determination::None;
    double s1Ms = 0, sigma = 0, kappa = 0;
    double s1MsSe = 0, sigmaSe = 0, kappaSe = 0;
    double nMin = 0, nMax = 0;         // concurrency levels the data span
    double level = 0;                  // OneLevel: the concurrency observed
    double levelStagesPerS = 0;        // OneLevel: throughput there
    double residualRel = 0;            // residual standard error / mean service time
    int levels = 0, windows = 0;
    std::array<double, 9> cov{};       // covariance of (c0, c1, c2) in s, row-major
    double nStar() const;              // the optimum concurrency, 0 when κ is not determined
    Range stagesPerS(double n) const;  // capacity with n slots, all in use
};

// Cloud pool: a call carrying B items is in service for T(B) = a + b·B; the provider accepts at
// most Q calls/s (estimated from the rate of successful calls while 429s come back).
struct CloudModel {
    Determination determination = Determination::None;   // of T(B)
    double aMs = 0, bMs = 0, aMsSe = 0, bMsSe = 0;
    double batchMin = 0, batchMax = 0;   // effective items per call the data span
    double level = 0, levelCallMs = 0;   // OneLevel: items per call observed and T there
    double residualRel = 0;
    int levels = 0, windows = 0;
    std::array<double, 4> cov{};         // covariance of (a, b) in s
    bool quotaSeen = false;              // 429s came back in some window
    double quotaPerS = 0, quotaPerSSe = 0;   // when seen
    double maxCallsPerS = 0;             // highest successful call rate measured (a floor of Q)
    int quotaWindows = 0;
    Range callMs(double batch) const;
};

// Work per task and the closed loop: tasks in flight are fixed by the orchestrator, so by
// Little's law the mean task latency is N / X. The p99 is that mean plus the tail the latency
// readings show above their median (p99 − p50): in a closed loop most of a task's time is its
// wait in queues the whole population shares, which moves with N / X, while the tail comes from
// the spread of service times and of the queue's drain, which do not grow with the mean. Only
// readings that describe their window's configuration count (OperatingWindow::latencySettled),
// and a tail measured with 429s (retries, back-offs) says nothing about one without, and back.
struct DemandModel {
    bool known = false;
    double localFixedPerTask = 0;      // sensitive stages: always local
    double bulkPerTask = 0;            // bulk items, split by the routing share
    double tasksInFlight = 0;
    double p99OverMean = 0;            // newest settled reading: task p99 / (N / X); 0 when none
    double shareSeen = 0;
    double tailMs = 0;                 // p99 − p50 of the settled readings without 429s at the newest
                                       // configuration that has any (when tailWindows > 0)
    double throttledTailMs = 0;        // the same with 429s coming back
    int tailWindows = 0, throttledTailWindows = 0;
};

enum class Station : std::uint8_t { None, LocalPool, CloudSlots, CloudQuota, TasksInFlight };
const char* stationKey(Station s);   // "local_pool", "cloud_slots", "cloud_quota", "tasks_in_flight"

struct Prediction {
    bool valid = false;                // false when the models cannot answer for this configuration
    Range tasksPerS;
    double p99Ms = 0;                  // 0 when p99Undetermined and no reading says anything
    bool p99Undetermined = false;      // no settled latency reading of this regime (with / without 429s)
    bool throttled = false;            // the quota binds: 429s come back
    Station binding = Station::None;
    std::array<Range, 4> stations{};   // tasks/s each station allows (LocalPool..TasksInFlight)
    bool undetermined = false;         // a model part it needs is not determined by the data
};

struct CapacityModels {
    LocalModel local;
    CloudModel cloud;
    DemandModel demand;
    std::int64_t fromUs = 0, toUs = 0;   // the data behind the fits
    int windows = 0;
    std::int64_t refitAfterChangeUs = -1;   // when the fleet last changed under a fixed config

    Prediction predict(const model::KnobSettings& knobs) const;
};

// From when each model's data still describe the fleet (a change of one part of the fleet, say
// the quota, leaves what was learnt about the others standing).
struct FitFrom {
    std::int64_t localUs = -1, cloudUs = -1, quotaUs = -1;
};

// Fits every model on the windows (oldest first). Windows are weighted by their length.
CapacityModels fitCapacityModels(const std::deque<OperatingWindow>& windows, const FitFrom& from = {});

// The newest windows disagree with what the older ones predict by more than noise: which part of
// the fleet changed (the local pool's service, the cloud calls' time, the quota) and when.
struct FleetChange {
    std::int64_t atUs = -1;
    bool local = false, cloud = false, quota = false;
    bool any() const { return atUs >= 0; }
};
FleetChange detectFleetChange(const std::deque<OperatingWindow>& windows, const FitFrom& from = {});

} // namespace omega::analysis
