#pragma once
// One configuration change as the tuning controller carries it from proposal to verdict, and what
// the controller shows of itself. Plain data: the views and the audit log read these.

#include "analysis/recommendation.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace omega::tuning {

// proposed → approved | auto-approved → sent → acked → verifying → kept | rolled back;
// also rejected (by a person), expired (the fleet moved on before it was sent), failed (refused,
// no reply, publisher restarted mid-change).
enum class ChangeState : std::uint8_t {
    Proposed, Approved, AutoApproved, Sent, Acked, Verifying, Kept, RolledBack, Rejected, Expired, Failed
};
const char* stateKey(ChangeState s);   // "proposed", "approved", "auto_approved", ...
bool isFinal(ChangeState s);

enum class Actor : std::uint8_t { Person, Auto };
const char* actorKey(Actor a);          // "person", "auto"

// Before and after windows on live data, compared per simulated second.
struct Verdict {
    bool judged = false;
    bool keep = true;
    double beforeTasksPerS = 0, afterTasksPerS = 0;   // medians of the per-second values
    double beforeP99Ms = 0, afterP99Ms = 0;
    double beforeFailedPerS = 0, afterFailedPerS = 0;
    double pThroughputBetter = 1, pThroughputWorse = 1, pP99Worse = 1;   // one-sided Mann-Whitney
    int beforeSeconds = 0, afterSeconds = 0;
    QString reason;                                   // the sentence a person reads
};

struct Change {
    std::uint64_t id = 0;
    std::string commandId;                 // unique; a resend reuses it and is applied once
    Actor actor = Actor::Person;
    ChangeState state = ChangeState::Proposed;
    model::KnobSettings from, to;          // to.version: the version expected in force
    std::uint64_t appliedVersion = 0;      // the version the publisher acknowledged
    analysis::Prediction predicted;
    double confidence = 0;
    bool isRollback = false;
    std::uint64_t rollbackOf = 0;          // id of the change this one undoes
    std::int64_t proposedSimUs = 0, sentSimUs = 0, ackedSimUs = 0, verifyFromUs = 0, verifyToUs = 0, doneSimUs = 0;
    // The publisher's clock when it applied the change: the telemetry behind it may lag far
    // behind at high simulation speeds, so windows and timeouts are measured from here.
    std::int64_t appliedSimUs = 0;
    Verdict verdict;
    double predictionMiss = 0;             // measured / predicted − 1, once judged
    bool missOutsideInterval = false;
    QString note;                          // why it ended as it did (refusal text, restart, ...)
};

struct Guardrails {
    double minConfidence = 0.25;           // auto-apply: recommendations below are left to a person
    int maxRisk = 3;                       // auto-apply: 1 low .. 3 high
    double stepFactor = 2.0;               // no knob more than doubles or halves in one change
    std::int64_t cooldownUs = 5'000'000;   // simulated time between the end of one change and the next
    std::int64_t settleMinUs = 5'000'000, settleMaxUs = 30'000'000;   // after the ack, before judging
    std::int64_t windowUs = 20'000'000;    // before and after windows
    double throughputWorseMargin = 0.05;   // roll back when throughput falls by more (and significantly)
    double p99WorseMargin = 0.25;          // ... or p99 rises by more than this (and significantly)
    double failedWorseMargin = 0.5;        // ... or failed tasks/s rise by this much and 50 %
    std::int64_t ackTimeoutUs = 30'000'000;   // no telemetry at the new version by then: failed
    double steadyThroughput = 0.10;        // auto-apply waits until two windows agree this well ...
    double steadyP99 = 0.20;               // ... in throughput and in task p99
};

struct TuningView {
    bool autoApply = false;
    bool killed = false;                   // the kill switch stopped auto-apply
    bool converged = false;                // nothing left that the models predict would help
    bool inFlight = false;
    std::vector<Change> changes;           // oldest first, bounded
    int kept = 0, rolledBack = 0, failed = 0;
    double baselineTasksPerS = 0;          // when the fleet first held steady (0 until then)
    double nowTasksPerS = 0;               // newest window
    double ratio() const { return baselineTasksPerS > 0 ? nowTasksPerS / baselineTasksPerS : 0; }
    Guardrails guardrails;
    QString status;                        // one line: what the controller is doing now
    analysis::CapacityReportPtr capacity;  // the report its decisions came from
};
using TuningViewPtr = std::shared_ptr<const TuningView>;

} // namespace omega::tuning
