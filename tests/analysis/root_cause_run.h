#pragma once
// A shipped fault scenario run in simulated time through the analysis cycle of the engine
// (analyses, capacity tracker, throttling, root cause), and what its first finding should name.
// Shared by tst_root_cause (fast) and bench_accuracy (every scenario x seeds).

#include "analysis/analyses.h"
#include "analysis/capacity_tracker.h"
#include "analysis/root_cause.h"
#include "sim/hierarchy.h"
#include "sim_feed.h"

#include <QElapsedTimer>
#include <QString>
#include <optional>

namespace omega::testing {

// The cycle of AnalysisEngine::run() on the newest snapshot of a feed.
class AnalysisCycle {
public:
    explicit AnalysisCycle(sim::Scenario scenario) : m_feed(std::move(scenario)) {}

    const std::vector<analysis::Finding>& step(double seconds)
    {
        m_feed.run(seconds);
        const model::SnapshotPtr snapshot = m_feed.pipeline().latest();
        const analysis::AnalysisInput input = analysis::gatherInput(m_feed.pipeline(), snapshot);
        m_findings = analysis::analyse(input);
        m_capacity = m_tracker.update(m_feed.pipeline(), *snapshot);
        for (analysis::Finding& f : analysis::throttling(*m_capacity, *snapshot))
            m_findings.push_back(std::move(f));
        QElapsedTimer clock;
        clock.start();
        const auto causes = analysis::gatherRootCauseInput(m_feed.pipeline(), snapshot, m_capacity);
        analysis::mergeRootCauses(m_findings, analysis::rootCauses(causes), *snapshot, m_capacity.get());
        m_rootCauseMs.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        return m_findings;
    }

    SimFeed& feed() { return m_feed; }
    const std::vector<analysis::Finding>& findings() const { return m_findings; }
    const analysis::CapacityReportPtr& capacity() const { return m_capacity; }
    // Wall time of the root-cause part of each cycle (gather + rank + merge), in ms.
    const std::vector<double>& rootCauseMs() const { return m_rootCauseMs; }

private:
    SimFeed m_feed;
    analysis::CapacityTracker m_tracker;
    std::vector<analysis::Finding> m_findings;
    analysis::CapacityReportPtr m_capacity;
    std::vector<double> m_rootCauseMs;
};

// What the first finding must name while a scenario's fault lasts.
struct Expected {
    std::vector<analysis::FindingKind> kinds;   // any of these
    analysis::ScopeKind scope = analysis::ScopeKind::Pool;
    QString name;                               // scope name
    double faultStartS = 0, faultEndS = 1e9;    // when it applies; the whole run without a fault
    bool hasFault = false;
    // A slow agent is listed, not first: one agent's work is a small share of the fleet's, so it
    // ranks below the pool that limits the fleet. Right when it is among the first three findings.
    bool listed = false;
    // Checked from this long after the fault's start: 40 s (a group's window fills); a slow agent
    // 90 s (its own p50 moves when half of its last 32 units were slow: 16 of its units, about
    // 65 s near the bound).
    double checkAfterS = 40;

    bool matches(const analysis::Finding& f) const
    {
        return f.scope.kind == scope && f.scopeName == name && std::find(kinds.begin(), kinds.end(), f.kind) != kinds.end();
    }
    bool inTop(const std::vector<analysis::Finding>& found, std::size_t n) const
    {
        for (std::size_t i = 0; i < found.size() && i < n; ++i)
            if (matches(found[i]))
                return true;
        return false;
    }
    bool right(const std::vector<analysis::Finding>& found) const { return inTop(found, listed ? 3 : 1); }
};

// A shipped scenario file (resources/scenarios); OMEGA_SCENARIO_DIR is set by the build.
inline sim::Scenario loadShipped(const QString& file)
{
    QString error;
    const auto sc = sim::Scenario::loadFile(QStringLiteral(OMEGA_SCENARIO_DIR "/") + file, &error);
    if (!sc)
        qFatal("%s", qPrintable(error));
    return *sc;
}

inline const char* const kShippedScenarios[] = {"reference.json",     "hot-kosha.json",       "slow-team.json",
                                                "throttle-storm.json", "agent-crash.json",     "telemetry-drops.json",
                                                "capacity-change.json", "slow-agent.json"};

// The knobs near the simulator's bound (local 22, cloud 128, batch 2) as the scenario's baseline.
inline void nearBound(sim::Scenario& sc)
{
    sc.baseline.localLimit = 22;
    sc.baseline.cloudLimit = 128;
    sc.baseline.cloudBatch = 2;
}

// Moves the scenario to another seed, keeping each fault on a target of the same kind: the domain
// (or team) at the same position in the new hierarchy.
inline void reseed(sim::Scenario& sc, std::uint64_t seed)
{
    const sim::Hierarchy before = sim::buildHierarchy(sc);
    sc.seed = seed;
    const sim::Hierarchy after = sim::buildHierarchy(sc);
    for (sim::FaultSpec& f : sc.faults) {
        if (const int a = before.agentNames.indexOf(f.target); a >= 0) {
            // The agent at the same place in the domain at the shifted position (or its last).
            const int d = static_cast<int>(before.agentDomain[static_cast<std::size_t>(a)]);
            const int offset = a - static_cast<int>(before.domainAgentBegin[static_cast<std::size_t>(d)]);
            const auto nd = static_cast<std::size_t>((d + 37 * (seed - 1)) % after.domainNames.size());
            const int begin = static_cast<int>(after.domainAgentBegin[nd]), end = static_cast<int>(after.domainAgentBegin[nd + 1]);
            f.target = after.agentNames.value(std::min(begin + offset, end - 1));
        } else if (const int d = before.domainIndex(f.target); d >= 0) {
            f.target = after.domainNames.value(static_cast<int>((d + 37 * (seed - 1)) % after.domainNames.size()));
            if (f.kind == sim::FaultSpec::Kind::AgentCrash) {
                const int domain = after.domainIndex(f.target);
                const int agents = static_cast<int>(after.domainAgentBegin[static_cast<std::size_t>(domain) + 1] -
                                                    after.domainAgentBegin[static_cast<std::size_t>(domain)]);
                f.count = std::max(1, std::min(f.count, agents - 1));
            }
        } else if (const int t = before.teamIndex(f.target); t >= 0) {
            f.target = after.teamNames.value(static_cast<int>((t + seed - 1) % after.teamNames.size()));
        }
    }
}

// The right first finding for a scenario: the fault's scope, or the pool the knobs make binding.
inline Expected expectedFor(const sim::Scenario& sc, analysis::FindingKind bindingKind, const QString& bindingPool)
{
    using analysis::FindingKind;
    using analysis::ScopeKind;
    Expected e{{bindingKind}, ScopeKind::Pool, bindingPool};
    for (const sim::FaultSpec& f : sc.faults) {
        e.faultStartS = f.startS;
        e.faultEndS = f.durationS > 0 ? f.startS + f.durationS : 1e9;
        e.hasFault = true;
        switch (f.kind) {
        case sim::FaultSpec::Kind::HotKosha: e = {{FindingKind::SlowService}, ScopeKind::Domain, f.target, e.faultStartS, e.faultEndS, true}; break;
        case sim::FaultSpec::Kind::SlowTeam: e = {{FindingKind::SlowService}, ScopeKind::Team, f.target, e.faultStartS, e.faultEndS, true}; break;
        case sim::FaultSpec::Kind::AgentCrash: e = {{FindingKind::CrashedAgents}, ScopeKind::Domain, f.target, e.faultStartS, e.faultEndS, true}; break;
        case sim::FaultSpec::Kind::CloudThrottleStorm: {
            // A storm whose quota is above what the slots call anyway changes nothing measurable.
            const double callS = (sc.cloudCallBaseMs + sc.cloudCallPerItemMs * sc.baseline.cloudBatch) / 1000;
            if (sc.baseline.cloudLimit / callS < sc.cloudQuotaPerS * f.factor) {
                e = {{FindingKind::Saturation, FindingKind::Throttling}, ScopeKind::Pool, QStringLiteral("cloud"), e.faultStartS,
                     e.faultEndS, true};
                break;
            }
            e = {{FindingKind::Throttling}, ScopeKind::Pool, QStringLiteral("cloud"), e.faultStartS, e.faultEndS, true};
            break;
        }
        case sim::FaultSpec::Kind::CapacityChange: e = {{FindingKind::CapacityLoss}, ScopeKind::Pool, QStringLiteral("local"), e.faultStartS, e.faultEndS, true}; break;
        case sim::FaultSpec::Kind::SlowAgent:
            e = {{FindingKind::SlowService}, ScopeKind::Agent, f.target, e.faultStartS, e.faultEndS, true, true, 90};
            break;
        case sim::FaultSpec::Kind::TelemetryDrops: e.hasFault = false; e.faultStartS = 0; e.faultEndS = 1e9; break;   // nothing in the fleet changed
        }
    }
    return e;
}

} // namespace omega::testing
