#pragma once
// What the analysis engine reports: findings with their scope, evidence, severity and confidence.
// Numbers only; the views turn them into sentences (so every visible word is translatable).

#include "analysis/evidence.h"
#include "analysis/recommendation.h"
#include "model/scope.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace omega::analysis {

enum class FindingKind : std::uint8_t {
    Saturation,    // a pool is full and work queues for it (Little's law gives the wait)
    Outlier,       // a kosha or team far from its peers (median / MAD)
    ChangePoint,   // a fleet metric stepped to a new level at a known time
    Throttling,    // the provider's quota turns calls away (429s): the quota, not the slots, binds
    SlowService,   // a domain, prime or team whose agents' own service time is far above their peers'
    CrashedAgents, // a domain with failed agents whose work failed
    CapacityLoss,  // the local pool's service time per stage stepped up under the same knobs
};
using model::Scope;
using model::ScopeKind;

struct Finding {
    FindingKind kind = FindingKind::Saturation;
    Scope scope;                    // the fleet, a team, prime or domain kosha, or a pool
    QString scopeName;              // "borealis.p02.d1", "cloud", "fleet"
    QString metric;                 // what was looked at, e.g. "latency_p99", "tasks_per_s"
    int severity = 1;               // 1 info, 2 warning, 3 critical
    double confidence = 0;          // 0..1
    double score = 0;               // 0..1, for ranking: how much of the loss it plausibly explains
    std::int64_t atSimUs = 0;       // ChangePoint: when the level changed
    Evidence evidence;              // the window, the numbers and the series behind it

    double value(Quantity q, double fallback = 0) const { return evidence.value(q, fallback); }
};

// Stable ids for files and logs: "saturation", "outlier", "change_point"; "pool:cloud", "domain:x".
inline const char* findingKindKey(FindingKind k)
{
    switch (k) {
    case FindingKind::Saturation: return "saturation";
    case FindingKind::Outlier: return "outlier";
    case FindingKind::ChangePoint: return "change_point";
    case FindingKind::Throttling: return "throttling";
    case FindingKind::SlowService: return "slow_service";
    case FindingKind::CrashedAgents: return "crashed_agents";
    case FindingKind::CapacityLoss: return "capacity_loss";
    }
    return "";
}

inline QString scopeKey(const Finding& f)
{
    if (f.scope.kind == ScopeKind::Fleet)
        return QStringLiteral("fleet");
    return QLatin1String(model::scopeKindKey(f.scope.kind)) + QLatin1Char(':') + f.scopeName;
}

struct AnalysisReport {
    std::uint64_t job = 0;              // increases with every cycle started
    std::uint64_t snapshotSerial = 0;   // the snapshot it was computed from
    std::int64_t simTimeUs = 0;
    std::vector<Finding> findings;      // most important first
    CapacityReportPtr capacity;         // capacity models and recommendations (null before data)
    double cycleMs = 0;                 // wall time of the cycle on the analysis thread
};
using AnalysisReportPtr = std::shared_ptr<const AnalysisReport>;

} // namespace omega::analysis
