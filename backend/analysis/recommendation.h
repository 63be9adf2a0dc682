#pragma once
// What the recommender proposes: a change of the orchestrator's knobs with the throughput and p99
// the capacity models predict for it, and the plan of bounded steps it is the first of.
// Numbers only; views write the sentences.

#include "analysis/capacity_models.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace omega::analysis {

enum class RecommendationKind : std::uint8_t {
    Tune,         // the models determine the outcome
    Experiment,   // a bounded step whose outcome the data do not determine yet; it will
};

struct PlanStep {
    model::KnobSettings knobs;
    Prediction prediction;
};

struct Recommendation {
    RecommendationKind kind = RecommendationKind::Tune;
    model::KnobSettings from, to;       // to.version = from.version (the version it expects)
    Station answers = Station::None;    // the bottleneck it relieves
    double measuredTasksPerS = 0, measuredP99Ms = 0;   // now, from the newest windows
    Prediction predicted;               // at `to`
    double confidence = 0;              // 0..1
    int risk = 1;                       // 1 low, 2 medium, 3 high
    std::vector<PlanStep> plan;         // `to` first, then on to the predicted optimum
    bool sloReachable = true;           // the plan's end meets the p99 objective
    double sloP99Ms = 0;

    double deltaTasksPerS() const { return predicted.tasksPerS.value - measuredTasksPerS; }
    double deltaP99Ms() const { return predicted.p99Ms - measuredP99Ms; }
    // Knobs that differ between from and to: "local_limit", "cloud_limit", "cloud_batch", "bulk_local_share".
    std::vector<const char*> changedKnobs() const;
};

} // namespace omega::analysis

namespace omega::analysis {

// What the capacity side of one analysis cycle found: the fitted models with the windows behind
// them, the prediction for the configuration in force, and the recommendations.
struct CapacityReport {
    CapacityModels models;
    std::vector<OperatingWindow> windows;   // the data behind the fits, oldest first
    model::KnobSettings knobs;              // in force now
    bool knobsReported = false;             // the publisher reports its knobs (else read off the pools)
    bool settling = false;                  // knobs changed and no window at them is closed yet
    Prediction current;                     // for `knobs`
    double measuredTasksPerS = 0, measuredP99Ms = 0;   // newest window at `knobs`
    bool measuredP99Settled = false;        // measuredP99Ms describes `knobs` (OperatingWindow::latencySettled)
    std::int64_t fleetChangedAtUs = -1;     // the last change of the fleet under fixed knobs
    std::vector<Recommendation> recommendations;   // best first; empty when none is worth it
};
using CapacityReportPtr = std::shared_ptr<const CapacityReport>;

} // namespace omega::analysis
