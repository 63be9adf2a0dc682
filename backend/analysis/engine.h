#pragma once
// Runs the analyses on their own thread, at most once per interval and only on a new snapshot.
// Every cycle is a job with an id; a cycle that is superseded (requestNow, stop) is cancelled and
// its result dropped, so a reader never gets a report older than the one it already has.

#include "analysis/analyses.h"
#include "analysis/capacity_tracker.h"

#include <QMutex>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace omega::analysis {

class AnalysisEngine {
public:
    struct Options {
        int intervalMs = 1000;
        AnalysisOptions analysis;
        CapacityTracker::Options capacity;
    };
    using Listener = std::function<void(const AnalysisReportPtr&)>;   // on the analysis thread

    explicit AnalysisEngine(const model::IngestPipeline& pipeline);
    AnalysisEngine(const model::IngestPipeline& pipeline, Options options);
    ~AnalysisEngine();
    AnalysisEngine(const AnalysisEngine&) = delete;
    AnalysisEngine& operator=(const AnalysisEngine&) = delete;

    void setListener(Listener listener);   // before start()
    void start();
    void stop();
    // Drops the running cycle's result and starts a new one now (e.g. after a replay seek).
    void requestNow();

    AnalysisReportPtr latest() const;
    std::uint64_t cyclesRun() const { return m_cyclesRun.load(); }
    std::uint64_t cyclesCancelled() const { return m_cyclesCancelled.load(); }

private:
    void run();

    const model::IngestPipeline& m_pipeline;
    Options m_options;
    Listener m_listener;
    std::thread m_thread;
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_requested = false;
    bool m_force = false;                // next cycle runs even on an unchanged snapshot
    std::atomic<bool> m_cancel{false};
    std::atomic<std::uint64_t> m_cyclesRun{0}, m_cyclesCancelled{0};
    std::uint64_t m_nextJob = 0;         // analysis thread only
    CapacityTracker m_capacity;          // analysis thread only: windows persist across cycles

    mutable QMutex m_reportMutex;   // held only to swap the pointer
    AnalysisReportPtr m_report;
};

} // namespace omega::analysis
