#pragma once
// Evaluates alert rules incrementally on the ingest thread, right after each tick is applied:
// per-instance state machines (pending -> firing -> resolved) with for-durations and hysteresis,
// grouping of members into one alert per group, dedup, flapping suppression, silences and acks.
// Readers on other threads get immutable AlertsView snapshots.

#include "alerts/rule.h"
#include "model/ingest_observer.h"

#include <QMutex>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <memory>
#include <vector>

namespace omega::alerts {

struct Alert {
    std::uint64_t id = 0;
    QString rule;
    Severity severity = Severity::Warning;
    model::Scope where;                     // the group (the rule's scope when not grouped); pools by index
    QString scope;                          // "domain:atlas.p01.d2", "fleet", "pool:cloud", ...
    QString summary;
    QMap<QString, QString> labels;
    std::vector<int> members;               // firing instances of the rule's scope in this group
    double value = 0;                       // worst member value when it fired / last updated
    bool firing = true;
    bool flapping = false;
    bool silenced = false;
    bool acknowledged = false;
    std::int64_t firedSimUs = 0, resolvedSimUs = 0;
    std::int64_t sampleWallUs = 0;          // publish time of the sample that made it fire
    std::int64_t raisedWallUs = 0;          // when the workbench raised it
    double latencyMs() const { return static_cast<double>(raisedWallUs - sampleWallUs) / 1000.0; }
};

struct AlertsView {
    std::vector<Alert> firing;              // newest first
    std::shared_ptr<const std::vector<Alert>> resolved;   // newest first, bounded
    std::uint64_t evaluations = 0;
    double lastEvalUs = 0, maxEvalUs = 0;   // cost per tick on the ingest thread
    std::uint64_t raised = 0;
};
using AlertsViewPtr = std::shared_ptr<const AlertsView>;

struct Silence {
    QString rule;                           // empty = any rule
    QString scope;                          // empty = any scope; else exact scope text
    std::int64_t untilWallUs = 0;
};

class Evaluator : public model::IngestObserver {
public:
    using AlertListener = std::function<void(const Alert& alert)>;   // fired or resolved, ingest thread

    explicit Evaluator(RuleSet rules = {});
    // Any thread: takes effect at the next tick; state of rules with the same name is kept.
    void setRules(RuleSet rules);
    RuleSet rules() const;
    void setListener(AlertListener listener) { m_listener = std::move(listener); }

    // Any thread.
    AlertsViewPtr view() const;
    void acknowledge(std::uint64_t alertId);
    void silence(const Silence& s);

    // IngestObserver (ingest thread).
    void onTick(const model::FleetState& fleet, const model::Rollups& rollups, std::int64_t publishWallUs,
                std::int64_t recvWallUs) override;
    void onIdle(std::int64_t nowWallUs, std::int64_t lastMessageWallUs) override;
    void onRestart() override;

private:
    // Kept small (cache-friendly): 3,000 of these per agent rule are touched every tick.
    struct Instance {
        std::int64_t pendingSinceUs = -1;
        std::int64_t lastProgressUs = 0;
        double value = 0;
        std::uint32_t lastCompleted = 0;
        bool firing = false;
    };
    using History = std::deque<std::pair<std::int64_t, double>>;
    // Rate rules keep whole columns, at most one every window/64, so memory stays bounded at
    // high tick rates; the reference is the newest kept column at least a window old.
    struct Column {
        std::int64_t simUs = 0;
        std::vector<double> values;
    };
    struct RuleState {
        Rule rule;
        int metric = 0;                           // resolved once, not per tick
        std::string pool;                         // Pool scope filter, empty = every pool
        std::vector<Instance> instances;
        std::vector<std::uint8_t> live;           // 1 = pending or firing: quiet instances are skipped
        std::deque<Column> rateColumns;           // rate rules only
        std::vector<History> history, history2;   // burn rules only, per instance
    };
    // A scope's metric as one column per tick, shared by every rule that reads it.
    struct ValueColumn {
        std::uint64_t tick = 0;
        std::vector<double> values;
        std::uint64_t medianTick = 0;
        double median = 0;
    };
    struct Track {                          // flapping bookkeeping per alert key
        std::deque<std::int64_t> transitions;
        std::int64_t quietSinceUs = -1;
    };
    using Key = std::pair<int, int>;        // rule index, group index
    using Groups = std::map<int, std::vector<int>>;   // group index -> its firing instances
    struct Tick {                           // what one evaluation reads
        const model::FleetState& fleet;
        const model::Rollups& rollups;
        const model::Topology* topo;
        std::int64_t simUs;
    };

    void applyPendingRules();
    // One rule on one tick (evaluator_kinds.cpp): a function per rule kind finds the firing
    // instances, settle() turns them into alerts.
    void evaluateRule(int r, const Tick& tick, std::int64_t publishWallUs, std::int64_t recvWallUs);
    void evaluateLevels(RuleState& st, std::size_t n, const Tick& tick, Groups& groups);   // Threshold, RateOfChange
    const double* changePerSecond(RuleState& st, const double* v, std::size_t n, std::int64_t simUs);
    void evaluateStalls(RuleState& st, std::size_t n, const Tick& tick, Groups& groups);   // Absence (agents)
    void evaluateBurn(RuleState& st, std::size_t n, const Tick& tick, Groups& groups);     // BurnRate
    static void step(RuleState& st, std::size_t i, double v, bool cond, bool clear, const Tick& tick, Groups& groups);
    void settle(int r, Groups& groups, const model::Topology* topo, std::int64_t simUs, std::int64_t publishWallUs,
                std::int64_t recvWallUs);
    void publish();
    QString scopeName(ScopeKind level, int index, const model::Topology* topo, const model::FleetState* fleet) const;
    bool isSilenced(const Alert& a, std::int64_t nowWallUs) const;

    std::vector<RuleState> m_rules;
    std::map<Key, Alert> m_active;
    std::map<Key, Track> m_tracks;
    std::deque<Alert> m_resolved;
    std::uint64_t m_nextId = 1;
    AlertsView m_stats;
    bool m_publisherSilent = false;
    std::int64_t m_lastIdleUs = 0;
    std::int64_t m_lastSimUs = 0;           // fleet time of the last tick: a silent feed's alerts carry it
    std::vector<double> m_scratch;
    std::vector<double> m_rates;
    std::vector<Column> m_spareColumns;     // recycled buffers of trimmed rate columns
    std::vector<ValueColumn> m_columns;     // by scope and metric
    std::uint64_t m_tick = 0;
    const ValueColumn& valueColumn(ScopeKind scope, int metric, const model::FleetState& fleet,
                                   const model::Rollups& rollups, bool withMedian);
    const model::FleetState* m_lastFleet = nullptr;   // during onTick only
    bool m_resolvedChanged = false;
    std::shared_ptr<const std::vector<Alert>> m_resolvedShared;
    AlertListener m_listener;

    mutable QMutex m_mutex;                 // guards the members below
    std::unique_ptr<RuleSet> m_pendingRules;
    RuleSet m_currentRules;
    std::vector<std::uint64_t> m_pendingAcks;
    std::vector<Silence> m_silences;
    AlertsViewPtr m_view;
};

} // namespace omega::alerts
