#include "runtime/status_line.h"

#include "analysis/recommendation.h"
#include "protocol/codec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <google/protobuf/stubs/common.h>
#include <zmq.h>

#include <cmath>
#include <iterator>

namespace omega::runtime {

QList<QPair<QString, QString>> libraryVersions()
{
    QList<QPair<QString, QString>> v;
    int major = 0, minor = 0, patch = 0;
    zmq_version(&major, &minor, &patch);
    v << qMakePair(QStringLiteral("ZeroMQ"), QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch));
    {
        // The SQLite inside Qt's driver, which reads and writes the session files.
        const QString name = QStringLiteral("omega-sqlite-version");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QSqlQuery q(db);
            if (db.open() && q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                v << qMakePair(QStringLiteral("SQLite"), q.value(0).toString());
            else
                v << qMakePair(QStringLiteral("SQLite"), QStringLiteral("-"));
        }
        QSqlDatabase::removeDatabase(name);
    }
    v << qMakePair(QStringLiteral("Protocol Buffers"),
                   QString::fromStdString(google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION)));
    return v;
}

QString statusLine(const model::FleetSnapshot* s, const QString& link, double wallSeconds)
{
    QString line = QStringLiteral("[%1 s] link=%2").arg(wallSeconds, 0, 'f', 0).arg(link);
    if (!s)
        return line + QStringLiteral(" (no data yet)");
    const auto& st = s->stats;
    const auto& f = s->totals;
    // A rate only once a whole second was counted, and only while data flows: "-" before the
    // first second and while the link is stale or down (not the last value, not a made-up 0).
    const bool flowing = link == QLatin1String("live") || link == QLatin1String("replay");
    const QString samplesPerS = st.ratesMeasured && flowing ? QString::number(st.agentSamplesPerS, 'f', 0) : QStringLiteral("-");
    line += QStringLiteral(" agents=%1 samples/s=%2 ticks=%3 gaps=%4 dup=%5 restarts=%6 rejected=%7")
                .arg(s->topology ? s->topology->agentCount() : 0)
                .arg(samplesPerS)
                .arg(st.ticksApplied)
                .arg(st.sequence.missedMessages)
                .arg(st.sequence.duplicates)
                .arg(st.sequence.restarts)
                .arg(st.rejectedTotal);
    if (st.rejectedTotal > 0) {
        // Which rule a publisher broke, not only how often (order of protocol::DecodeError).
        static const char* const kReason[] = {"none", "framing", "topic", "unparsable", "version", "inconsistent",
                                              "non-finite", "out-of-range", "too-large", "duplicate-name"};
        static_assert(std::size(kReason) == protocol::kDecodeErrorCount);
        QStringList parts;
        for (int i = 1; i < protocol::kDecodeErrorCount; ++i)
            if (st.rejected[static_cast<std::size_t>(i)] > 0)
                parts << QStringLiteral("%1=%2").arg(QLatin1String(kReason[i])).arg(st.rejected[static_cast<std::size_t>(i)]);
        line += QStringLiteral("(%1)").arg(parts.join(QLatin1Char(' ')));
    }
    line += QStringLiteral(" | sim=%1 s throughput=%2 tasks/s p99=%3 ms in-flight=%4 busy=%5 cfg=v%6")
                .arg(static_cast<double>(s->simTimeUs) / 1e6, 0, 'f', 1)
                .arg(f.tasksPerS, 0, 'f', 1)
                .arg(f.taskLatencyP99Ms, 0, 'f', 0)
                .arg(f.tasksInFlight)
                .arg(f.busyAgents)
                .arg(s->configVersion);
    for (const auto& p : s->pools)
        line += QStringLiteral(" %1=%2/%3(q%4)").arg(QString::fromStdString(p.name)).arg(p.inUse).arg(p.limit).arg(p.waiting);
    return line;
}

QString tuningStatus(const tuning::TuningView* v, double boundTasksPerS)
{
    if (!v)
        return {};
    QString state = QStringLiteral("idle");
    for (auto it = v->changes.rbegin(); it != v->changes.rend(); ++it)
        if (!tuning::isFinal(it->state)) {
            state = QString::fromLatin1(tuning::stateKey(it->state));
            break;
        }
    if (v->killed)
        state = QStringLiteral("killed");
    else if (v->converged && !v->inFlight)
        state = QStringLiteral("converged");
    QString line = QStringLiteral(" | tuning %1 state=%2 kept=%3 rolled-back=%4 failed=%5")
                       .arg(v->autoApply ? QStringLiteral("auto") : QStringLiteral("manual"), state)
                       .arg(v->kept)
                       .arg(v->rolledBack)
                       .arg(v->failed);
    if (v->baselineTasksPerS > 0)
        line += QStringLiteral(" ratio=%1x").arg(v->ratio(), 0, 'f', 1);
    if (boundTasksPerS > 0 && v->nowTasksPerS > 0)
        line += QStringLiteral(" of-bound=%1%").arg(100 * v->nowTasksPerS / boundTasksPerS, 0, 'f', 0);
    return line;
}

QString capacityStatus(const analysis::AnalysisReport* report)
{
    if (!report || !report->capacity)
        return {};
    const analysis::CapacityReport& c = *report->capacity;
    if (c.settling)
        return QStringLiteral(" | capacity settling at cfg=v%1").arg(c.knobs.version);
    if (c.recommendations.empty()) {
        if (!c.current.valid)
            return QStringLiteral(" | capacity learning (%1 windows)").arg(c.models.windows);
        return QStringLiteral(" | capacity no change predicted to help: %1 tasks/s now, model %2, bound by %3")
            .arg(c.measuredTasksPerS, 0, 'f', 1)
            .arg(c.current.tasksPerS.value, 0, 'f', 1)
            .arg(QLatin1String(analysis::stationKey(c.current.binding)));
    }
    const analysis::Recommendation& r = c.recommendations.front();
    QStringList changes;
    if (r.from.localLimit != r.to.localLimit)
        changes << QStringLiteral("local %1->%2").arg(r.from.localLimit).arg(r.to.localLimit);
    if (r.from.cloudLimit != r.to.cloudLimit)
        changes << QStringLiteral("cloud %1->%2").arg(r.from.cloudLimit).arg(r.to.cloudLimit);
    if (r.from.cloudBatch != r.to.cloudBatch)
        changes << QStringLiteral("batch %1->%2").arg(r.from.cloudBatch).arg(r.to.cloudBatch);
    if (std::abs(r.from.bulkLocalShare - r.to.bulkLocalShare) > 1e-6)
        changes << QStringLiteral("share %1->%2").arg(r.from.bulkLocalShare, 0, 'f', 2).arg(r.to.bulkLocalShare, 0, 'f', 2);
    const auto& x = r.predicted.tasksPerS;
    // p99 "-" when no settled latency reading of the predicted regime exists (the model says so).
    const QString p99 = r.predicted.p99Undetermined ? QStringLiteral("-") : QString::number(r.predicted.p99Ms, 'f', 0);
    return QStringLiteral(" | recommend %1 (%2, bottleneck %3): %4 -> %5 tasks/s [%6-%7] p99 %8 ms conf %9 plan %10 steps to %11 tasks/s")
        .arg(changes.join(QLatin1Char(' ')))
        .arg(r.kind == analysis::RecommendationKind::Experiment ? QStringLiteral("experiment") : QStringLiteral("tune"))
        .arg(QLatin1String(analysis::stationKey(r.answers)))
        .arg(r.measuredTasksPerS, 0, 'f', 1)
        .arg(x.value, 0, 'f', 1)
        .arg(x.low, 0, 'f', 1)
        .arg(x.high, 0, 'f', 1)
        .arg(p99)
        .arg(r.confidence, 0, 'f', 2)
        .arg(r.plan.size())
        .arg(r.plan.back().prediction.tasksPerS.value, 0, 'f', 1);
}

} // namespace omega::runtime
