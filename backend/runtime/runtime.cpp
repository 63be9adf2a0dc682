#include "runtime/runtime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace omega::runtime {

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
            QJsonObject detail = f.evidence.toJson();
            detail.insert(QStringLiteral("metric"), f.metric);
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
        m_source = ReplaySource::open(*m_pipeline, options.replayPath, error);
    } else {
        m_source = LiveSource::open(*m_pipeline, options, error);
    }
    if (!m_source)
        return false;
    // Recording starts before the source so the first frames are in the file.
    if (!options.recordPath.isEmpty() && !startRecording(options.recordPath, error)) {
        stop();
        return false;
    }
    m_source->start();
    if (const std::string control = m_source->controlEndpoint(); !control.empty()) {
        tuning::TuningService::Options to;
        to.controlEndpoint = control;
        to.curve = m_source->controlKeys();
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
    if (!m_source || m_source->replayer())
        return QCoreApplication::translate("Runtime", "control: none (replay)");
    switch (m_source->controlSecurity()) {
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
    if (m_source)
        m_source->stop();
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
    m_source.reset();
    m_pipeline->restart();
    m_source = ReplaySource::open(*m_pipeline, path, error);
    return m_source != nullptr;
}

bool Runtime::startRecording(const QString& path, QString* error)
{
    stopRecording();
    session::SessionWriter::Options o;
    o.path = path;
    o.meta.insert(QStringLiteral("source"), sourceDescription());
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
    return m_source ? m_source->linkName() : QLatin1String(transport::linkStateName(transport::LinkState::Stopped));
}

transport::LinkState Runtime::link() const
{
    return m_source ? m_source->link() : transport::LinkState::Stopped;
}

} // namespace omega::runtime
