#include "tuning/tuning_controller.h"

#include "protocol/codec.h"
#include "tuning/verification.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace omega::tuning {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("omega::tuning::TuningController", text);
}

bool sameKnobs(const model::KnobSettings& a, const model::KnobSettings& b)
{
    return a.localLimit == b.localLimit && a.cloudLimit == b.cloudLimit && a.cloudBatch == b.cloudBatch
           && std::abs(a.bulkLocalShare - b.bulkLocalShare) < 1e-6;
}

bool withinStep(std::uint32_t from, std::uint32_t to, double factor)
{
    return to <= std::ceil(from * factor) && to >= std::floor(from / factor);
}
} // namespace

const char* stateKey(ChangeState s)
{
    switch (s) {
    case ChangeState::Proposed: return "proposed";
    case ChangeState::Approved: return "approved";
    case ChangeState::AutoApproved: return "auto_approved";
    case ChangeState::Sent: return "sent";
    case ChangeState::Acked: return "acked";
    case ChangeState::Verifying: return "verifying";
    case ChangeState::Kept: return "kept";
    case ChangeState::RolledBack: return "rolled_back";
    case ChangeState::Rejected: return "rejected";
    case ChangeState::Expired: return "expired";
    case ChangeState::Failed: return "failed";
    }
    return "";
}

bool isFinal(ChangeState s)
{
    return s == ChangeState::Kept || s == ChangeState::RolledBack || s == ChangeState::Rejected
           || s == ChangeState::Expired || s == ChangeState::Failed;
}

const char* actorKey(Actor a)
{
    return a == Actor::Person ? "person" : "auto";
}

TuningController::TuningController(ConfigPort& port, AuditLog* audit, Options options)
    : m_port(port), m_audit(audit), m_options(options), m_tracker(options.capacity)
{
    m_status = tr("waiting for telemetry");
}

Change* TuningController::current()
{
    return m_current >= 0 ? &m_changes[static_cast<std::size_t>(m_current)] : nullptr;
}

void TuningController::transition(Change& c, ChangeState state, const QString& reason)
{
    c.state = state;
    if (!reason.isEmpty())
        c.note = reason;
    if (isFinal(state))
        c.doneSimUs = m_nowUs;
    if (m_audit)
        m_audit->append(c, reason, m_nowUs);
    if (m_listener)
        m_listener(c, reason, m_nowUs);
    if (isFinal(state) && m_current >= 0 && &c == &m_changes[static_cast<std::size_t>(m_current)])
        m_current = -1;
}

bool TuningController::approve(const analysis::Recommendation& r, QString* why)
{
    if (m_current >= 0) {
        if (why)
            *why = tr("a change is already in flight; one at a time");
        return false;
    }
    m_approved = r;
    return true;
}

void TuningController::reject(const analysis::Recommendation& r)
{
    Change& c = propose(r, Actor::Person);
    m_failedTargets.push_back(r.to);   // a person said no: auto-apply does not propose it again
    transition(c, ChangeState::Rejected, tr("rejected by a person"));
}

void TuningController::setAutoApply(bool on)
{
    m_autoApply = on;
    if (on)
        m_killed = false;
}

void TuningController::kill()
{
    m_autoApply = false;
    m_killed = true;
    m_approved.reset();
    if (Change* c = current())
        transition(*c, ChangeState::Expired, tr("kill switch: left in force as it is, without a verdict"));
    m_status = tr("stopped by the kill switch; the configuration in force is left as it is");
}

std::vector<model::OperatingSample> TuningController::rowsAt(std::uint64_t version, std::int64_t fromUs,
                                                              std::int64_t toUs) const
{
    std::vector<model::OperatingSample> out;
    for (const model::OperatingSample& r : m_rows)
        if (r.simUs >= fromUs && r.simUs <= toUs && r.configVersion == version)
            out.push_back(r);
    return out;
}

bool TuningController::steady() const
{
    const auto& w = m_report->windows;
    if (w.size() < 2)
        return false;
    const analysis::OperatingWindow& a = w[w.size() - 2];
    const analysis::OperatingWindow& b = w.back();
    if (!(a.knobs == m_report->knobs) || !(b.knobs == m_report->knobs) || a.tasksPerS <= 0 || a.taskP99Ms <= 0)
        return false;
    const Guardrails& g = m_options.guardrails;
    return std::abs(b.tasksPerS / a.tasksPerS - 1) <= g.steadyThroughput && std::abs(b.taskP99Ms / a.taskP99Ms - 1) <= g.steadyP99;
}

bool TuningController::triedAndFailed(const model::KnobSettings& to) const
{
    return std::any_of(m_failedTargets.begin(), m_failedTargets.end(),
                       [&](const model::KnobSettings& k) { return sameKnobs(k, to); });
}

void TuningController::send(Change& c)
{
    c.commandId = "tune-" + std::to_string(protocol::wallClockUs()) + "-" + std::to_string(c.id);
    c.sentSimUs = m_nowUs;
    transition(c, ChangeState::Sent, tr("sent, expecting config version %1").arg(c.from.version));
    QString error;
    const auto reply = m_port.apply(c.to, c.from.version, c.commandId, &error);
    if (!reply) {
        transition(c, ChangeState::Failed, tr("no reply: %1").arg(error));
        m_cooldownUntilUs = m_nowUs + m_options.guardrails.cooldownUs;
        return;
    }
    if (!reply->ok) {
        // A version conflict means someone else changed the fleet: the recommendation is stale.
        const bool conflict = reply->error.contains(QStringLiteral("version"));
        transition(c, conflict ? ChangeState::Expired : ChangeState::Failed,
                   tr("refused by the publisher: %1").arg(reply->error));
        m_cooldownUntilUs = m_nowUs + m_options.guardrails.cooldownUs;
        return;
    }
    c.appliedVersion = reply->config.version;
    c.appliedSimUs = std::max(reply->simTimeUs, c.sentSimUs);
    transition(c, ChangeState::Acked, tr("acknowledged as config version %1").arg(c.appliedVersion));
}

void TuningController::onAcked(Change& c)
{
    const auto seen = std::find_if(m_rows.begin(), m_rows.end(), [&](const model::OperatingSample& r) {
        return r.simUs >= c.sentSimUs && r.configVersion >= c.appliedVersion;
    });
    if (seen == m_rows.end()) {
        if (m_nowUs - c.appliedSimUs > m_options.guardrails.ackTimeoutUs)
            transition(c, ChangeState::Failed, tr("acknowledged, but the telemetry never showed version %1").arg(c.appliedVersion));
        return;
    }
    c.ackedSimUs = seen->simUs;
    if (c.isRollback) {
        transition(c, ChangeState::Kept, tr("rollback in force as config version %1").arg(c.appliedVersion));
        m_cooldownUntilUs = m_nowUs + m_options.guardrails.cooldownUs;
        return;
    }
    // The closed loop needs about one mean task latency (Little: N / X) to settle.
    const Guardrails& g = m_options.guardrails;
    std::int64_t settle = g.settleMinUs;
    if (m_report && m_report->measuredTasksPerS > 0 && m_report->models.demand.tasksInFlight > 0)
        settle = static_cast<std::int64_t>(m_report->models.demand.tasksInFlight / m_report->measuredTasksPerS * 1e6);
    settle = std::clamp(settle, g.settleMinUs, g.settleMaxUs);
    c.verifyFromUs = c.ackedSimUs + settle;
    c.verifyToUs = c.verifyFromUs + g.windowUs;
    transition(c, ChangeState::Verifying,
               tr("verifying: %1 s to settle, then %2 s against the %2 s before")
                   .arg(static_cast<double>(settle) / 1e6, 0, 'f', 0)
                   .arg(static_cast<double>(g.windowUs) / 1e6, 0, 'f', 0));
}

void TuningController::onVerifying(Change& c)
{
    if (m_nowUs < c.verifyToUs)
        return;
    const Guardrails& g = m_options.guardrails;
    const std::int64_t cut = c.appliedSimUs;   // the old knobs ruled until here
    const SecondValues before = perSecond(rowsAt(c.from.version, cut - g.windowUs, cut), cut - g.windowUs, cut);
    const SecondValues after = perSecond(rowsAt(c.appliedVersion, c.verifyFromUs, c.verifyToUs), c.verifyFromUs, c.verifyToUs);
    c.verdict = judge(before, after, g);
    if (c.verdict.judged && c.predicted.valid && c.predicted.tasksPerS.value > 0) {
        c.predictionMiss = c.verdict.afterTasksPerS / c.predicted.tasksPerS.value - 1;
        c.missOutsideInterval = c.verdict.afterTasksPerS < c.predicted.tasksPerS.low
                                || c.verdict.afterTasksPerS > c.predicted.tasksPerS.high;
        // A model that missed its own interval earns less trust for the next automatic change.
        m_trust = c.missOutsideInterval ? std::max(0.25, m_trust * 0.5) : std::min(1.0, m_trust * 1.5);
    }
    m_cooldownUntilUs = m_nowUs + g.cooldownUs;
    if (!c.verdict.judged || c.verdict.keep) {
        transition(c, ChangeState::Kept, c.verdict.reason);
        return;
    }
    startRollback(c);
}

void TuningController::startRollback(Change& original)
{
    const QString why = original.verdict.reason;
    m_failedTargets.push_back(original.to);
    Change back;
    back.id = ++m_nextId;
    back.actor = Actor::Auto;
    back.isRollback = true;
    back.rollbackOf = original.id;
    back.from = original.to;
    back.from.version = original.appliedVersion;
    back.to = original.from;
    back.to.version = original.appliedVersion;
    back.proposedSimUs = m_nowUs;
    transition(original, ChangeState::RolledBack, why);
    m_changes.push_back(back);
    m_current = static_cast<int>(m_changes.size()) - 1;
    transition(m_changes.back(), ChangeState::AutoApproved, tr("rollback of change %1").arg(original.id));
    send(m_changes.back());
}

Change& TuningController::propose(const analysis::Recommendation& r, Actor actor)
{
    Change c;
    c.id = ++m_nextId;
    c.actor = actor;
    c.from = r.from;
    c.to = r.to;
    c.predicted = r.predicted;
    c.confidence = r.confidence;
    c.proposedSimUs = m_nowUs;
    m_changes.push_back(c);
    return m_changes.back();
}

void TuningController::maybeStartNext()
{
    if (!m_report)
        return;
    const model::KnobSettings& knobs = m_report->knobs;
    const Guardrails& g = m_options.guardrails;
    if (m_approved && m_approved->from.version == knobs.version && !steady()) {
        // Judged against a before-window that is still moving, a good change could look bad.
        m_status = tr("approved; waiting for the fleet to hold steady before sending it");
        return;
    }
    if (m_approved) {
        const analysis::Recommendation r = *m_approved;
        m_approved.reset();
        Change& added = propose(r, Actor::Person);
        m_current = static_cast<int>(m_changes.size()) - 1;
        if (r.from.version != knobs.version) {
            transition(added, ChangeState::Expired,
                       tr("the configuration changed since (version %1 in force, the change expected %2)")
                           .arg(knobs.version)
                           .arg(r.from.version));
            return;
        }
        if (!withinStep(r.from.localLimit, r.to.localLimit, g.stepFactor)
            || !withinStep(r.from.cloudLimit, r.to.cloudLimit, g.stepFactor)
            || !withinStep(r.from.cloudBatch, r.to.cloudBatch, g.stepFactor)) {
            transition(added, ChangeState::Failed, tr("refused by the guardrails: a knob moves more than %1× in one step")
                                                       .arg(g.stepFactor, 0, 'f', 1));
            return;
        }
        transition(added, ChangeState::Approved, tr("approved by a person"));
        send(added);
        return;
    }
    if (!m_autoApply || m_killed)
        return;
    if (m_nowUs < m_cooldownUntilUs) {
        m_status = tr("cooling down");
        return;
    }
    if (m_report->settling) {
        m_status = tr("waiting for a window at the configuration in force");
        return;
    }
    if (!steady()) {
        // A before-window taken while the closed loop still moves (start-up, the last change's
        // tail) would judge the next change against a state that no longer exists.
        m_status = tr("waiting for the fleet to hold steady before the next change");
        return;
    }
    for (const analysis::Recommendation& r : m_report->recommendations) {
        if (triedAndFailed(r.to))
            continue;   // rolled back or rejected before: never thrash back to it
        if (r.confidence * m_trust < g.minConfidence || r.risk > g.maxRisk) {
            m_status = tr("the best recommendation is below the auto-apply thresholds (confidence %1 %, risk %2)")
                           .arg(r.confidence * m_trust * 100, 0, 'f', 0)
                           .arg(r.risk);
            return;
        }
        propose(r, Actor::Auto);
        m_current = static_cast<int>(m_changes.size()) - 1;
        transition(m_changes.back(), ChangeState::AutoApproved,
                   tr("auto-apply: predicted %1 tasks/s, confidence %2 %")
                       .arg(r.predicted.tasksPerS.value, 0, 'f', 1)
                       .arg(r.confidence * 100, 0, 'f', 0));
        send(m_changes.back());
        return;
    }
    m_status = tr("converged: no change left that the models predict would help");
}

void TuningController::advance(const std::vector<model::OperatingSample>& rows, std::uint64_t generation,
                               const model::KnobRanges& ranges)
{
    if (generation != m_generation) {
        if (m_generation != 0) {
            // A publisher restart (or a seek): what was sent may not be in force any more.
            if (Change* c = current())
                transition(*c, ChangeState::Failed,
                           tr("the publisher restarted mid-change: re-checked from its new telemetry, not assumed"));
            m_rows.clear();
            m_failedTargets.clear();
            m_baselineTasksPerS = 0;
        }
        m_generation = generation;
    }
    for (const model::OperatingSample& r : rows)
        m_rows.push_back(r);
    const std::int64_t keepUs = 2 * (m_options.guardrails.windowUs + m_options.guardrails.settleMaxUs) + 60'000'000;
    while (!m_rows.empty() && !rows.empty() && m_rows.front().simUs < rows.back().simUs - keepUs)
        m_rows.pop_front();
    if (!m_rows.empty()) {
        // Lost trust comes back with time (fully in two simulated minutes): a miss makes the loop
        // more careful for a while, never stuck for good.
        const std::int64_t now = m_rows.back().simUs;
        if (now > m_nowUs)
            m_trust = std::min(1.0, m_trust + static_cast<double>(now - m_nowUs) / 120e6);
        m_nowUs = now;
    }
    m_report = m_tracker.update(rows, generation, ranges);
    if (m_report->fleetChangedAtUs != m_fleetChangeSeen) {
        m_fleetChangeSeen = m_report->fleetChangedAtUs;
        m_failedTargets.clear();   // another fleet: what failed before may work now
        m_trust = 1.0;             // and the models were refit on it
    }
    // The baseline is the throughput once the fleet first holds steady (two windows agree), not
    // the first window: a feed joined at the publisher's start has windows before any task ended.
    if (m_baselineTasksPerS <= 0 && steady())
        m_baselineTasksPerS = m_report->windows.back().tasksPerS;

    if (Change* c = current()) {
        if (c->state == ChangeState::Acked)
            onAcked(*c);
        if ((c = current()) && c->state == ChangeState::Verifying)
            onVerifying(*c);
        if ((c = current()) && c->state == ChangeState::Acked && c->isRollback)
            onAcked(*c);
    }
    if (Change* c = current())
        m_status = tr("change %1 %2").arg(c->id).arg(QString::fromLatin1(stateKey(c->state)));
    else
        maybeStartNext();
    while (m_changes.size() > m_options.keepChanges && m_current != 0) {
        m_changes.erase(m_changes.begin());
        if (m_current > 0)
            --m_current;
    }
}

TuningView TuningController::view() const
{
    TuningView v;
    v.autoApply = m_autoApply;
    v.killed = m_killed;
    v.inFlight = m_current >= 0;
    v.changes = m_changes;
    for (const Change& c : m_changes) {
        v.kept += c.state == ChangeState::Kept && !c.isRollback;
        v.rolledBack += c.state == ChangeState::RolledBack;
        v.failed += c.state == ChangeState::Failed;
    }
    v.baselineTasksPerS = m_baselineTasksPerS;
    if (m_report && !m_report->windows.empty())
        v.nowTasksPerS = m_report->windows.back().tasksPerS;
    v.converged = m_report && !m_report->settling && m_report->recommendations.empty() && m_current < 0;
    v.guardrails = m_options.guardrails;
    v.status = m_status;
    v.capacity = m_report;
    return v;
}

} // namespace omega::tuning
