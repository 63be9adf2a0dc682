#include "app/runtime.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <google/protobuf/stubs/common.h>
#include <zmq.h>
#include <QStringList>
#include <cmath>
#include <iterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace omega::app {

Runtime::Runtime()
    : m_pipeline(std::make_unique<model::IngestPipeline>()), m_alerts(std::make_unique<alerts::Evaluator>()),
      m_analysis(std::make_unique<analysis::AnalysisEngine>(*m_pipeline))
{
    m_pipeline->setObserver(m_alerts.get());
    // Findings go into the recording as they appear (not again every second while they last).
    m_analysis->setListener([this](const analysis::AnalysisReportPtr& report) {
        QSet<QString> now;
        std::shared_ptr<session::SessionWriter> writer = std::atomic_load(&m_writer);
        for (const analysis::Finding& f : report->findings) {
            const QString key = QLatin1String(analysis::findingKindKey(f.kind)) + QLatin1Char('|') + analysis::scopeKey(f)
                                + QLatin1Char('|') + f.metric;
            now.insert(key);
            if (!writer || m_findingsShown.contains(key))
                continue;
            QJsonObject detail;
            detail.insert(QStringLiteral("metric"), f.metric);
            for (const analysis::Evidence& e : f.evidence)
                detail.insert(e.key, e.value);
            writer->appendFinding(protocol::wallClockUs(), f.kind == analysis::FindingKind::ChangePoint ? f.atSimUs : report->simTimeUs,
                                  QLatin1String(analysis::findingKindKey(f.kind)), analysis::scopeKey(f), f.severity,
                                  f.confidence, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        }
        m_findingsShown = std::move(now);
    });
    m_analysis->start();
    // Alerts go into the recording, when there is one.
    m_alerts->setListener([this](const alerts::Alert& a) {
        std::shared_ptr<session::SessionWriter> writer = std::atomic_load(&m_writer);
        if (!writer)
            return;
        QString detail = a.summary;
        if (!a.members.empty())
            detail += QStringLiteral(" (%1 members)").arg(a.members.size());
        writer->appendAlert(a.firing ? a.raisedWallUs : protocol::wallClockUs(), a.firing ? a.firedSimUs : a.resolvedSimUs,
                            a.rule, a.scope, static_cast<int>(a.severity),
                            a.firing ? QStringLiteral("firing") : QStringLiteral("resolved"), detail);
    });
}

bool Runtime::applyRules(const QByteArray& json, const QString& origin, QString* error)
{
    auto set = alerts::RuleSet::parse(json, origin, error);
    if (!set)
        return false;
    m_alerts->setRules(std::move(*set));
    m_rulesText = json;
    return true;
}

Runtime::~Runtime()
{
    stop();
    m_analysis->stop();
}

bool Runtime::start(const Options& options, QString* error)
{
    {
        const QString rules = options.rulesPath.isEmpty() ? QStringLiteral(":/alerts/default-rules.json") : options.rulesPath;
        QFile f(rules);
        if (!f.open(QIODevice::ReadOnly)) {
            if (!options.rulesPath.isEmpty()) {
                *error = QStringLiteral("%1: %2").arg(rules, f.errorString());
                return false;
            }
        } else if (!applyRules(f.readAll(), rules, error)) {
            return false;
        }
    }
    if (!options.replayPath.isEmpty()) {
        m_replayer = std::make_unique<session::Replayer>(*m_pipeline);
        if (!m_replayer->open(options.replayPath, error)) {
            m_replayer.reset();
            return false;
        }
        m_description = QCoreApplication::translate("Runtime", "replay of %1").arg(options.replayPath);
        return options.recordPath.isEmpty() || startRecording(options.recordPath, error);
    }
    transport::TelemetrySubscriber::Options sub;
    if (options.demo) {
        sim::Scenario scenario = sim::Scenario::referenceDefault();
        if (!options.scenarioPath.isEmpty()) {
            auto loaded = sim::Scenario::loadFile(options.scenarioPath, error);
            if (!loaded)
                return false;
            scenario = *loaded;
        }
        sim::SimulatorServer::Options so;
        so.telemetryEndpoint = "tcp://127.0.0.1:*";   // free ports: several demos can run side by side
        so.controlEndpoint = "tcp://127.0.0.1:*";
        so.speed = options.speed;
        // Secure by default even in-process: fresh keys, this workbench the only operator.
        const security::CurveKeyPair client = security::generateKeyPair();
        so.serverKeys = security::generateKeyPair();
        so.authorizedKeys.add(client.publicKey, security::KeyRole::Operator, QStringLiteral("embedded workbench"));
        sub.curve = {client, so.serverKeys->publicKey};
        m_controlSecurity = ControlSecurity::Curve;
        m_server = std::make_unique<sim::SimulatorServer>(scenario, so);
        if (!m_server->start(error))
            return false;
        sub.endpoint = m_server->telemetryEndpoint();
        sub.controlEndpoint = m_server->controlEndpoint();
        m_description = QCoreApplication::translate("Runtime", "embedded simulator (%1, %2)")
                            .arg(scenario.name, QString::fromStdString(sub.endpoint));
    } else {
        sub.endpoint = options.telemetryEndpoint;
        sub.controlEndpoint = options.controlEndpoint;
        sub.curve = options.controlKeys;
        sub.curveTelemetry = options.curveTelemetry && options.controlKeys.enabled();
        if (sub.controlEndpoint.empty())
            m_controlSecurity = ControlSecurity::Off;
        else if (options.controlKeys.enabled())
            m_controlSecurity = ControlSecurity::Curve;
        else if (options.insecureControl)
            m_controlSecurity = ControlSecurity::Plaintext;
        else {
            m_controlSecurity = ControlSecurity::Off;   // no keys and no explicit consent: watch only
            sub.controlEndpoint.clear();
        }
        m_description = QString::fromStdString(sub.endpoint);
    }
    // Recording starts before the subscriber so the first frames are in the file.
    if (!options.recordPath.isEmpty() && !startRecording(options.recordPath, error)) {
        stop();
        return false;
    }
    m_subscriber = std::make_unique<transport::TelemetrySubscriber>(*m_pipeline, sub);
    m_subscriber->start();
    if (!sub.controlEndpoint.empty()) {
        tuning::TuningService::Options to;
        to.controlEndpoint = sub.controlEndpoint;
        to.curve = sub.curve;
        to.auditPath = options.tuningHistoryPath;
        // While recording, every transition also goes into the session file (the replay timeline shows it).
        to.onTransition = [this](const tuning::Change& c, const QString& reason, std::int64_t simUs) {
            const std::shared_ptr<session::SessionWriter> writer = std::atomic_load(&m_writer);
            if (!writer)
                return;
            writer->appendTuning(protocol::wallClockUs(), simUs, QString::fromLatin1(tuning::actorKey(c.actor)),
                                 QString::fromLatin1(tuning::stateKey(c.state)), c.appliedVersion ? c.appliedVersion : c.from.version,
                                 reason, tuning::AuditLog::knobsJson(c.from) + QStringLiteral(" -> ") + tuning::AuditLog::knobsJson(c.to));
        };
        m_tuning = std::make_unique<tuning::TuningService>(*m_pipeline, to);
        m_tuning->setAutoApply(options.autoApply);
        m_tuning->start();
    }
    return true;
}

QString Runtime::controlSecurityText() const
{
    if (m_replayer)
        return QCoreApplication::translate("Runtime", "control: none (replay)");
    switch (m_controlSecurity) {
    case ControlSecurity::Curve:
        if (const QString problem = controlProblem(); !problem.isEmpty())
            return QCoreApplication::translate("Runtime", "control: CURVE, refused: %1").arg(problem);
        return QCoreApplication::translate("Runtime", "control: CURVE (encrypted, key checked by the server)");
    case ControlSecurity::Plaintext:
        return QCoreApplication::translate("Runtime", "control: PLAINTEXT (--insecure-control): anyone on the path can read or forge commands");
    case ControlSecurity::Off: break;
    }
    return QCoreApplication::translate("Runtime", "control: off (watching only; tuning needs --identity and --server-public-key, or --insecure-control)");
}

void Runtime::stop()
{
    if (m_tuning)
        m_tuning->stop();
    if (m_subscriber)
        m_subscriber->stop();
    if (m_replayer)
        m_replayer->close();
    if (m_server)
        m_server->stop();
    stopRecording();
}

bool Runtime::openReplay(const QString& path, QString* error)
{
    // Check the file before giving up the current source.
    {
        auto probe = session::SessionReader::open(path, error);
        if (!probe)
            return false;
    }
    stop();
    m_tuning.reset();   // nothing to tune in a recording
    m_subscriber.reset();
    m_server.reset();
    m_pipeline->restart();
    m_replayer = std::make_unique<session::Replayer>(*m_pipeline);
    if (!m_replayer->open(path, error)) {
        m_replayer.reset();
        return false;
    }
    m_description = QCoreApplication::translate("Runtime", "replay of %1").arg(path);
    return true;
}

bool Runtime::startRecording(const QString& path, QString* error)
{
    stopRecording();
    session::SessionWriter::Options o;
    o.path = path;
    o.meta.insert(QStringLiteral("source"), m_description);
    o.meta.insert(QStringLiteral("application"), QStringLiteral("omega-workbench"));
    std::shared_ptr<session::SessionWriter> writer = session::SessionWriter::start(o, error);
    if (!writer)
        return false;
    std::atomic_store(&m_writer, writer);
    // The tap runs on the source thread; it only copies the frame into the writer's queue.
    m_pipeline->setFrameTap([writer](protocol::Topic topic, std::int64_t wallUs, std::int64_t simUs, const void* data,
                                     std::size_t size) { writer->append(topic, wallUs, simUs, data, size); });
    return true;
}

void Runtime::stopRecording()
{
    if (!m_writer)
        return;
    m_pipeline->setFrameTap({});
    auto writer = std::atomic_exchange(&m_writer, std::shared_ptr<session::SessionWriter>());
    writer->stop();
    m_lastRecording = writer->stats();
}

std::optional<session::SessionWriter::Stats> Runtime::recordingStats() const
{
    if (m_writer)
        return m_writer->stats();
    return m_lastRecording;
}

QString Runtime::linkName() const
{
    return m_replayer ? QStringLiteral("replay") : QLatin1String(transport::linkStateName(link()));
}

transport::LinkState Runtime::link() const
{
    if (m_replayer)
        return transport::LinkState::Live;
    return m_subscriber ? m_subscriber->state() : transport::LinkState::Stopped;
}

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
    return QStringLiteral(" | recommend %1 (%2, bottleneck %3): %4 -> %5 tasks/s [%6-%7] p99 %8 ms conf %9 plan %10 steps to %11 tasks/s")
        .arg(changes.join(QLatin1Char(' ')))
        .arg(r.kind == analysis::RecommendationKind::Experiment ? QStringLiteral("experiment") : QStringLiteral("tune"))
        .arg(QLatin1String(analysis::stationKey(r.answers)))
        .arg(r.measuredTasksPerS, 0, 'f', 1)
        .arg(x.value, 0, 'f', 1)
        .arg(x.low, 0, 'f', 1)
        .arg(x.high, 0, 'f', 1)
        .arg(r.predicted.p99Ms, 0, 'f', 0)
        .arg(r.confidence, 0, 'f', 2)
        .arg(r.plan.size())
        .arg(r.plan.back().prediction.tasksPerS.value, 0, 'f', 1);
}

} // namespace omega::app
