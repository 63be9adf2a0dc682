#pragma once
// Closed-form steady-state throughput of the simulated orchestrator (docs/scenarios.md, "Physics").
// The simulator uses it to know its own theoretical best; it does not look at the running fleet.

#include "sim/scenario.h"

namespace omega::sim {

struct CapacityInputs {
    int localStagesPerTask = 1;
    int bulkItemsPerTask = 4;
    double tasksInFlight = 192;       // all teams together
    double localServiceMs = 50;       // already scaled by mean agent slowness and lost capacity
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

// Local pool stages/s at concurrency n (Universal Scalability Law).
double uslStagesPerS(const CapacityInputs& in, double n);
// Tasks/s: the minimum of the local pool, the cloud pool (slots or quota) and Little's law on the
// tasks kept in flight.
double capacityThroughput(const CapacityInputs& in, const KnobConfig& cfg);
// Best over every knob value within the bounds; ties go to the smaller batch, share and cloud limit.
CapacityBound capacityBound(const CapacityInputs& in);

} // namespace omega::sim
