#pragma once
// Runs a TuningController on its own thread beside the ingest pipeline: follows the pipeline's
// operating history, talks to the orchestrator over the control channel, writes the audit log,
// and publishes an immutable TuningView for the GUI and the status line. Requests from any thread
// are queued and carried out on the tuning thread.

#include "model/ingest_pipeline.h"
#include "security/curve_keys.h"
#include "tuning/tuning_controller.h"

#include <QMutex>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace omega::tuning {

class TuningService {
public:
    struct Options {
        std::string controlEndpoint;
        security::CurveClient curve;        // enabled: CURVE with our key pair (needs an operator key)
        QString auditPath;                  // empty: AuditLog::defaultPath()
        TuningController::Options controller;
        int pollMs = 20;                    // wall time between looks at the history
        TuningController::TransitionListener onTransition;   // on the tuning thread (e.g. the recorder)
    };
    TuningService(const model::IngestPipeline& pipeline, Options options);
    ~TuningService();
    TuningService(const TuningService&) = delete;
    TuningService& operator=(const TuningService&) = delete;

    void start();
    void stop();

    // Any thread; carried out on the tuning thread.
    void approve(const analysis::Recommendation& recommendation);
    void reject(const analysis::Recommendation& recommendation);
    void setAutoApply(bool on);
    void kill();
    void setGuardrails(const Guardrails& guardrails);
    // Waits for the tuning thread (at most timeoutMs); false with *error on failure.
    bool exportAudit(const QString& csvPath, QString* error, int timeoutMs = 5000);

    TuningViewPtr view() const;
    QString auditPath() const { return m_auditPath; }
    QString auditError() const;   // set when the history database could not be opened

private:
    void run();
    void post(std::function<void(TuningController&, AuditLog&)> job);

    const model::IngestPipeline& m_pipeline;
    Options m_options;
    QString m_auditPath;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<std::function<void(TuningController&, AuditLog&)>> m_jobs;
    bool m_stop = false;
    mutable QMutex m_viewMutex;
    TuningViewPtr m_view;
    QString m_auditError;
};

} // namespace omega::tuning
