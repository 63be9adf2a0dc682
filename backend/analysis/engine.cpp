#include "analysis/engine.h"

#include "analysis/root_cause.h"

#include <QElapsedTimer>
#include <chrono>
#include <utility>

namespace omega::analysis {

AnalysisEngine::AnalysisEngine(const model::IngestPipeline& pipeline) : AnalysisEngine(pipeline, Options{}) {}

AnalysisEngine::AnalysisEngine(const model::IngestPipeline& pipeline, Options options)
    : m_pipeline(pipeline), m_options(options), m_capacity(options.capacity)
{
}

AnalysisEngine::~AnalysisEngine()
{
    stop();
}

void AnalysisEngine::setListener(Listener listener)
{
    m_listener = std::move(listener);
}

void AnalysisEngine::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_wakeMutex);
        m_stop = false;
    }
    m_thread = std::thread([this] { run(); });
}

void AnalysisEngine::stop()
{
    {
        std::lock_guard lock(m_wakeMutex);
        m_stop = true;
    }
    m_cancel = true;
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void AnalysisEngine::requestNow()
{
    {
        std::lock_guard lock(m_wakeMutex);
        m_requested = true;
        m_force = true;   // analyse even an unchanged snapshot: the world was reset
    }
    m_cancel = true;
    m_wake.notify_all();
}

AnalysisReportPtr AnalysisEngine::latest() const
{
    QMutexLocker lock(&m_reportMutex);
    return m_report;
}

void AnalysisEngine::run()
{
    std::uint64_t lastSerial = 0;   // of the last report published
    for (;;) {
        bool force = false;
        {
            std::unique_lock lock(m_wakeMutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_options.intervalMs), [this] { return m_stop || m_requested; });
            if (m_stop)
                return;
            m_requested = false;
            force = std::exchange(m_force, false);
            m_cancel = false;
        }
        const model::SnapshotPtr snapshot = m_pipeline.latest();
        if (!snapshot || !snapshot->topology || (!force && snapshot->serial == lastSerial))
            continue;
        QElapsedTimer clock;
        clock.start();
        auto report = std::make_shared<AnalysisReport>();
        report->job = ++m_nextJob;
        report->snapshotSerial = snapshot->serial;
        report->simTimeUs = snapshot->simTimeUs;
        const AnalysisInput input = gatherInput(m_pipeline, snapshot, m_options.analysis);
        report->findings = analyse(input, &m_cancel);
        report->capacity = m_capacity.update(m_pipeline, *snapshot);
        for (Finding& f : throttling(*report->capacity, *snapshot))
            report->findings.push_back(std::move(f));
        // Root cause: the candidates that explain a share of the loss, merged and ranked.
        const RootCauseInput causes = gatherRootCauseInput(m_pipeline, snapshot, report->capacity);
        mergeRootCauses(report->findings, rootCauses(causes), *snapshot, report->capacity.get());
        for (Finding& f : report->findings)   // every finding names at least the series it read
            if (f.evidence.series.empty())
                f.evidence.series.push_back({f.scope, f.metric});
        if (m_cancel.load()) {   // superseded or stopping: a newer cycle follows, drop this one
            ++m_cyclesCancelled;
            std::lock_guard lock(m_wakeMutex);
            m_force = m_force || force;
            continue;
        }
        report->cycleMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        lastSerial = snapshot->serial;
        ++m_cyclesRun;
        AnalysisReportPtr shared = std::move(report);
        {
            QMutexLocker lock(&m_reportMutex);
            m_report = shared;
        }
        if (m_listener)
            m_listener(shared);
    }
}

} // namespace omega::analysis
