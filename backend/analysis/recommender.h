#pragma once
// Builds a step plan from the current configuration towards the best one the capacity models
// predict, one bounded step at a time (no knob more than doubles or halves per step), and ranks
// the changes worth proposing now. Pure function of the models: testable with known inputs.

#include "analysis/recommendation.h"

namespace omega::analysis {

struct RecommenderOptions {
    double sloP99Ms = 2000;       // end-to-end task p99 objective
    int maxSteps = 8;             // length of the plan
    double minGain = 0.03;        // a step must promise at least this much more throughput
    double stepFactor = 2.0;      // a knob moves by at most this factor per step
};

struct KnobLimits {
    std::uint32_t maxLocalLimit = 256, maxCloudLimit = 1024, maxCloudBatch = 64;
};

std::vector<Recommendation> recommend(const CapacityModels& models, const model::KnobSettings& current,
                                      double measuredTasksPerS, double measuredP99Ms, const KnobLimits& limits,
                                      const RecommenderOptions& options = {});

} // namespace omega::analysis
