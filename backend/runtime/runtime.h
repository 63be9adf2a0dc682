#pragma once
// The workbench without its window: one telemetry source (live or replay) feeding one ingest
// pipeline, the alert evaluator, the analysis engine, the recorder and the tuning loop. The GUI and
// the headless mode both run on it.

#include "alerts/evaluator.h"
#include "analysis/engine.h"
#include "model/ingest_pipeline.h"
#include "runtime/status_line.h"
#include "runtime/telemetry_source.h"
#include "session/replayer.h"
#include "session/session_writer.h"
#include "sim/sim_server.h"
#include "tuning/tuning_service.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace omega::runtime {

class Runtime {
public:
    // Where the telemetry comes from (a live publisher or the demo's simulator: LiveSource's
    // options) and what the workbench does with it.
    struct Options : LiveSource::Options {
        QString replayPath;                 // replay this session file instead of a live feed
        QString recordPath;                 // record the feed into this new session file
        QString rulesPath;                  // alert rules (empty: the built-in defaults)
        bool autoApply = false;             // the tuning loop acts on its own within its guardrails
        QString tuningHistoryPath;          // audit log (empty: the platform's application data folder)
    };
    using ControlSecurity = runtime::ControlSecurity;

    Runtime();
    ~Runtime();
    bool start(const Options& options, QString* error);
    void stop();

    model::IngestPipeline& pipeline() { return *m_pipeline; }
    alerts::Evaluator& alerts() { return *m_alerts; }
    // Runs from construction to destruction, on whatever source feeds the pipeline.
    analysis::AnalysisEngine& analysis() { return *m_analysis; }
    // Parses and applies edited rules; false with *error (line and field named) if they are bad.
    bool applyRules(const QByteArray& json, const QString& origin, QString* error);
    QByteArray rulesText() const { return m_rulesText; }
    // Switches the pipeline's source to a session file (the live feed or demo stops).
    bool openReplay(const QString& path, QString* error);
    bool startRecording(const QString& path, QString* error);
    void stopRecording();
    bool recording() const { return m_writer != nullptr; }
    std::optional<session::SessionWriter::Stats> recordingStats() const;
    session::Replayer* replayer() { return m_source ? m_source->replayer() : nullptr; }
    transport::LinkState link() const;   // a replay reads as Live: frames keep coming
    QString linkName() const;            // for status lines; "replay" while replaying
    QString sourceDescription() const { return m_source ? m_source->description() : QString(); }
    // How the control channel is protected, and a line saying so (why it is off, when it is).
    ControlSecurity controlSecurity() const { return m_source ? m_source->controlSecurity() : ControlSecurity::Off; }
    QString controlSecurityText() const;
    // Why the publisher refused our key, when it did (empty otherwise).
    QString controlProblem() const { return m_source ? m_source->securityProblem() : QString(); }
    const sim::SimulatorServer* embeddedSimulator() const { return m_source ? m_source->embeddedSimulator() : nullptr; }
    // The tuning loop, while a live source with a control channel feeds the pipeline (null in replay).
    tuning::TuningService* tuning() { return m_tuning.get(); }

private:
    std::unique_ptr<model::IngestPipeline> m_pipeline;
    std::unique_ptr<alerts::Evaluator> m_alerts;
    std::unique_ptr<analysis::AnalysisEngine> m_analysis;
    QSet<QString> m_findingsShown;          // analysis thread only: findings of the last report
    QByteArray m_rulesText;
    std::unique_ptr<TelemetrySource> m_source;
    std::unique_ptr<tuning::TuningService> m_tuning;
    std::shared_ptr<session::SessionWriter> m_writer;
    std::optional<session::SessionWriter::Stats> m_lastRecording;
};

} // namespace omega::runtime
