#pragma once
// Closed-form steady-state throughput of the simulated orchestrator (docs/scenarios.md, "Physics").
// The simulator uses it to know its own theoretical best; it does not look at the running fleet.

#include "sim/scenario.h"

#include <vector>

namespace omega::sim {

// Tasks that share a service slowdown (a team, or several teams alike).
struct TaskClass {
    double tasksInFlight = 0;
    double slow = 1.0;   // multiplies every service time of these tasks
};

struct CapacityInputs {
    int localStagesPerTask = 1;
    int bulkItemsPerTask = 4;
    std::vector<TaskClass> classes{TaskClass{192, 1.0}};
    double localServiceMs = 50;       // already divided by a capacity change
    double uslSigma = 0.05;
    double uslKappa = 0.002;
    double cloudCallBaseMs = 300;
    double cloudCallPerItemMs = 10;
    double cloudQuotaPerS = 400;      // already scaled by a throttle storm
    KnobBounds bounds;
};

struct CapacityBound {
    double tasksPerS = 0;
    KnobConfig config;
};

// Local pool stages/s at concurrency n (Universal Scalability Law), without slowdowns.
double uslStagesPerS(const CapacityInputs& in, double n);
// Tasks/s: the local pool, the cloud slots, the provider quota and Little's law on the tasks kept in
// flight, whichever binds first. With one class this is the minimum of the four.
double capacityThroughput(const CapacityInputs& in, const KnobConfig& cfg);
// Best over every knob value within the bounds; within 0.1 % the smaller batch and share win, and
// the cloud limit is the larger of quota x call latency and the least that reaches the bound.
CapacityBound capacityBound(const CapacityInputs& in);

} // namespace omega::sim
