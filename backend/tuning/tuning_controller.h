#pragma once
// The closed loop: takes a recommendation (approved by a person, or chosen by auto-apply within the
// guardrails), sends it over a ConfigPort with a unique command id and the expected config version,
// waits for telemetry at the acknowledged version, lets the fleet settle, judges a before and an
// after window (verification.h) and keeps the change or rolls it back. Every transition goes to the
// audit log. One change in flight at a time. Decisions run in simulated time from the telemetry,
// so the loop behaves the same at any replay or simulation speed.
// Not thread-safe: one owner thread calls everything (tuning_service.h runs it on its own).

#include "analysis/capacity_tracker.h"
#include "tuning/audit_log.h"
#include "tuning/config_port.h"

#include <deque>
#include <functional>
#include <optional>

namespace omega::tuning {

class TuningController {
public:
    struct Options {
        Guardrails guardrails;
        analysis::CapacityTracker::Options capacity;
        std::size_t keepChanges = 500;
    };
    TuningController(ConfigPort& port, AuditLog* audit) : TuningController(port, audit, Options{}) {}
    TuningController(ConfigPort& port, AuditLog* audit, Options options);

    // A person's one click. Acted on at the next advance(); false with *why when it cannot be.
    bool approve(const analysis::Recommendation& recommendation, QString* why = nullptr);
    void reject(const analysis::Recommendation& recommendation);
    void setAutoApply(bool on);
    // Stops auto-apply at once and leaves the configuration in force as it is (no rollback either).
    void kill();
    void setGuardrails(const Guardrails& g) { m_options.guardrails = g; }
    // Sees every transition after the audit log (e.g. the session recorder); on the owner thread.
    using TransitionListener = std::function<void(const Change& change, const QString& reason, std::int64_t simUs)>;
    void setTransitionListener(TransitionListener listener) { m_listener = std::move(listener); }

    // New telemetry rows (as IngestPipeline::operatingSamples gives them); runs the state machine.
    void advance(const std::vector<model::OperatingSample>& rows, std::uint64_t generation,
                 const model::KnobRanges& ranges);

    TuningView view() const;
    const std::vector<Change>& changes() const { return m_changes; }
    analysis::CapacityReportPtr capacity() const { return m_report; }

private:
    Change* current();
    void transition(Change& c, ChangeState state, const QString& reason);
    void send(Change& c);
    void onAcked(Change& c);
    void onVerifying(Change& c);
    void startRollback(Change& original);
    void maybeStartNext();
    Change& propose(const analysis::Recommendation& r, Actor actor);   // recorded; not yet in flight
    std::vector<model::OperatingSample> rowsAt(std::uint64_t version, std::int64_t fromUs, std::int64_t toUs) const;
    bool triedAndFailed(const model::KnobSettings& to) const;
    bool steady() const;   // the last two windows at the knobs in force agree

    ConfigPort& m_port;
    AuditLog* m_audit;
    Options m_options;
    analysis::CapacityTracker m_tracker;
    analysis::CapacityReportPtr m_report;
    std::deque<model::OperatingSample> m_rows;   // the last minutes, for before/after windows
    std::uint64_t m_generation = 0;
    std::vector<Change> m_changes;
    int m_current = -1;                           // index into m_changes while a change is in flight
    std::optional<analysis::Recommendation> m_approved;
    std::vector<model::KnobSettings> m_failedTargets;   // rolled back: not proposed again for this fleet
    std::int64_t m_fleetChangeSeen = -1;
    std::uint64_t m_nextId = 0;
    std::int64_t m_nowUs = 0, m_cooldownUntilUs = 0;
    bool m_autoApply = false, m_killed = false;
    double m_trust = 1.0;                          // falls when predictions miss their interval
    double m_baselineTasksPerS = 0;
    QString m_status;
    TransitionListener m_listener;
};

} // namespace omega::tuning
