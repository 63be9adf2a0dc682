#include "analysis/finding_text.h"

#include "model/metric_text.h"
#include "model/sim_clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace omega::analysis {

namespace {
// The translation context of every sentence here.
class Words {
    Q_DECLARE_TR_FUNCTIONS(Finding)
};

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString metricName(const QString& key)
{
    if (key == QLatin1String("tasks_per_s"))
        return Words::tr("Fleet throughput (tasks/s)");
    if (key == QLatin1String("task_latency_p99"))
        return Words::tr("Task latency p99 (ms)");
    if (const model::Metric m = model::metricByKey(key.toStdString()); m != model::Metric::Count)
        return model::metricLabel(m);
    return key;
}

} // namespace

QString findingKindName(FindingKind k)
{
    switch (k) {
    case FindingKind::Saturation: return Words::tr("Saturated pool");
    case FindingKind::Outlier: return Words::tr("Outlier");
    case FindingKind::ChangePoint: return Words::tr("Change");
    case FindingKind::Throttling: return Words::tr("Throttled (429)");
    case FindingKind::SlowService: return Words::tr("Slow service");
    case FindingKind::CrashedAgents: return Words::tr("Crashed agents");
    case FindingKind::CapacityLoss: return Words::tr("Capacity lost");
    }
    return {};
}

QString findingScopeText(const Finding& f)
{
    switch (f.scope.kind) {
    case ScopeKind::Fleet: return Words::tr("fleet");
    case ScopeKind::Team: return Words::tr("team %1").arg(f.scopeName);
    case ScopeKind::Prime: return Words::tr("prime kosha %1").arg(f.scopeName);
    case ScopeKind::Domain: return Words::tr("domain kosha %1").arg(f.scopeName);
    case ScopeKind::Agent: return Words::tr("agent %1").arg(f.scopeName);
    case ScopeKind::Pool: return Words::tr("%1 pool").arg(f.scopeName);
    }
    return f.scopeName;
}

QString findingSentence(const Finding& f)
{
    switch (f.kind) {
    case FindingKind::Saturation: {
        const QString head = Words::tr("%1 of %2 slots busy, %3 calls waiting")
                                 .arg(number(f.value(Quantity::InUse)), number(f.value(Quantity::Limit)),
                                      number(f.value(Quantity::Waiting)));
        const double wait = f.value(Quantity::QueueWaitMs, -1);
        if (wait < 0)
            return Words::tr("%1; nothing finished yet to measure the wait by").arg(head);
        return Words::tr("%1: each waits about %2 s before its %3 ms of service (Little's law)")
            .arg(head, number(wait / 1000.0, 1), number(f.value(Quantity::ServiceMs)));
    }
    case FindingKind::Outlier:
        return Words::tr("p99 latency %1 ms over the last %2 s, %3× its peers' median of %4 ms")
            .arg(number(f.value(Quantity::ValueMs)), number(f.value(Quantity::Seconds)),
                 number(f.value(Quantity::Ratio), 1), number(f.value(Quantity::PeerMedianMs)));
    case FindingKind::ChangePoint:
        return Words::tr("%1 went from %2 to %3 (%4 %) at %5")
            .arg(metricName(f.metric), number(f.value(Quantity::Before), 1), number(f.value(Quantity::After), 1),
                 number(f.value(Quantity::ChangePct), 0), model::simClockText(f.atSimUs));
    case FindingKind::Throttling: {
        const QString head = Words::tr("%1 % of calls get HTTP 429 (%2/s) while %3 calls/s pass")
                                 .arg(number(f.value(Quantity::ThrottledShare) * 100, 0),
                                      number(f.value(Quantity::ThrottledPerS), 0),
                                      number(f.value(Quantity::CallsPerS), 0));
        const double quota = f.value(Quantity::QuotaPerS, -1);
        if (quota < 0)
            return head;
        return Words::tr("%1: the provider's quota is about %2 calls/s, which %3 slots keep busy")
            .arg(head, number(quota, 0), number(f.value(Quantity::SlotsQuotaKeepsBusy), 0));
    }
    case FindingKind::SlowService: {
        const QString domain = Words::tr("its agents take %1 ms per unit of work, %2× the %3 ms of their peers, over %4 units; "
                                         "that is %5 % of the fleet's work time")
                                   .arg(number(f.value(Quantity::ServiceMs)), number(f.value(Quantity::Ratio), 1),
                                        number(f.value(Quantity::PeerServiceMs)), number(f.value(Quantity::Units)),
                                        number(100 * f.value(Quantity::Share), 1));
        if (f.scope.kind != ScopeKind::Agent)
            return domain;
        const QString own = Words::tr("its own service takes %1 ms per unit (median of its last units; the fleet's agents "
                                      "%2 ms, its domain's other agents %3 ms), %4 ms at the 99th percentile (the fleet's agents %5 ms)")
                                .arg(number(f.value(Quantity::AgentServiceP50Ms)),
                                     number(f.value(Quantity::FleetAgentServiceP50Ms)),
                                     number(f.value(Quantity::DomainAgentServiceP50Ms)),
                                     number(f.value(Quantity::AgentServiceP99Ms)),
                                     number(f.value(Quantity::FleetAgentServiceP99Ms)));
        // Named from its domain's slowness: both halves; else its own work alone.
        return f.evidence.has(Quantity::ServiceMs) ? Words::tr("%1; in its domain, %2").arg(own, domain)
                                                   : Words::tr("%1; that is %2 % of the fleet's work time")
                                                         .arg(own, number(100 * f.value(Quantity::Share), 1));
    }
    case FindingKind::CrashedAgents:
        return Words::tr("%1 of its %2 agents have failed; the work they held failed with them (%3 units)")
            .arg(number(f.value(Quantity::FailedAgents)), number(f.value(Quantity::Agents)),
                 number(f.value(Quantity::FailedUnits)));
    case FindingKind::CapacityLoss:
        return Words::tr("a stage now holds a slot for %1 ms instead of %2 ms (%3×) under the same settings since %4: "
                  "about %5 % of the pool's capacity is lost")
            .arg(number(f.value(Quantity::AfterMs)), number(f.value(Quantity::BeforeMs)),
                 number(f.value(Quantity::Ratio), 1), model::simClockText(f.atSimUs), number(100 * f.score, 0));
    }
    return {};
}

QString findingEvidenceText(const Finding& f)
{
    QStringList lines;
    lines << Words::tr("Evidence (%1 – %2):").arg(model::simClockText(f.evidence.fromSimUs), model::simClockText(f.evidence.toSimUs));
    for (const EvidenceNumber& n : f.evidence.numbers) {
        const QuantityInfo& q = quantityInfo(n.quantity);
        const QString unit = *q.unit && qstrcmp(q.unit, "bool") != 0 ? QLatin1Char(' ') + QLatin1String(q.unit) : QString();
        lines << QStringLiteral("  %1 = %2%3").arg(QLatin1String(q.key), QLocale().toString(n.value, 'g', 6), unit);
    }
    for (const SeriesRef& r : f.evidence.series) {
        const QString where = r.scope == f.scope ? findingScopeText(f)
                              : r.scope.kind == ScopeKind::Fleet
                                  ? Words::tr("fleet")
                                  : QStringLiteral("%1 #%2").arg(QLatin1String(model::scopeKindKey(r.scope.kind))).arg(r.scope.index);
        lines << Words::tr("  series: %1 of %2").arg(r.metric, where);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace omega::analysis
