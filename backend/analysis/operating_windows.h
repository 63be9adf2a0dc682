#pragma once
// Turns the pipeline's operating samples into windows: stretches of simulated time at one
// configuration, with the rates the capacity models are fitted on. The first seconds after a
// configuration change are skipped (queues re-balance), and a window closes after a fixed span so
// that a fleet that changes under a fixed configuration shows up as a change between windows.

#include "model/operating_history.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

namespace omega::analysis {

struct OperatingWindow {
    std::int64_t fromUs = 0, toUs = 0;
    double seconds = 0;
    model::KnobSettings knobs;               // in force over the whole window
    // Local pool: stages/s, mean stages in service (slot-time / time), mean queue.
    double localStagesPerS = 0, localInService = 0, localWaiting = 0;
    // Cloud pool: successful calls/s, items/s, mean calls in service (429 waits excluded), mean
    // slots held (including 429 replies and back-offs), 429s/s, mean queued items.
    double cloudCallsPerS = 0, cloudItemsPerS = 0, cloudInService = 0, cloudHeld = 0, cloudThrottledPerS = 0,
           cloudWaiting = 0;
    bool hasServiceTime = false;             // the publisher reports slot-time in service
    // Tasks: completed/s, failed/s, mean in flight, mean end-to-end p50/p99.
    double tasksPerS = 0, failedPerS = 0, tasksInFlight = 0, taskP50Ms = 0, taskP99Ms = 0;
    double localStagesPerTask = 0, cloudItemsPerTask = 0;   // work per completed task
    // The publisher's task latency is a statistic over tasks completed in a recent window of its
    // own, whose length it does not say: after a change of the knobs it still holds tasks that ran
    // at the previous configuration for a while (on the simulator 512 tasks: 64 s at the baseline's
    // 8 tasks/s). The readings at the window's end, and whether they describe this window's
    // configuration (latencySettled, see latencyReadingAgrees and WindowBuilder::close).
    double taskP50EndMs = 0, taskP99EndMs = 0;
    bool latencySettled = false;
    bool throttled() const { return cloudThrottledPerS > std::max(0.5, 0.02 * cloudCallsPerS); }
    double meanTaskLatencyMs() const { return tasksPerS > 0 ? tasksInFlight / tasksPerS * 1000 : 0; }
};

// Little's law check of a latency reading: in a closed loop the mean latency is N / X, and a
// reading of the tasks that ran at this operating point has its median within its own spread
// (p99 − p50) of that mean, give or take the counting error of X over the window (1 / √tasks).
// A reading that still mostly holds tasks of another operating point fails it.
bool latencyReadingAgrees(double meanLatencyMs, double tasksCompleted, double p50Ms, double p99Ms);

class WindowBuilder {
public:
    struct Options {
        std::int64_t windowUs = 10'000'000;   // a window closes after this much simulated time
        std::int64_t settleUs = 5'000'000;    // skipped after every configuration change
        std::int64_t minWindowUs = 3'000'000; // a shorter stretch (cut by a change) is dropped
        std::size_t keep = 720;               // windows kept (two hours at 10 s)
        // When full, the oldest window of a configuration with more than this many goes first: a
        // long stay at one setting does not push out the other concurrency levels the fits need.
        std::size_t keepPerConfig = 6;
    };
    WindowBuilder() : WindowBuilder(Options{}) {}
    explicit WindowBuilder(Options options) : m_options(options) {}

    // Feeds samples in time order; returns how many windows were closed.
    int add(const std::vector<model::OperatingSample>& samples);
    void clear();
    // Forget windows before this time (the fleet changed and they no longer describe it).
    void dropBefore(std::int64_t simUs);

    const std::deque<OperatingWindow>& windows() const { return m_windows; }
    std::int64_t lastSampleUs() const { return m_last ? m_last->simUs : -1; }
    // The knobs of the newest sample and when they came into force.
    std::optional<model::KnobSettings> currentKnobs() const;
    std::int64_t currentSinceUs() const { return m_configSinceUs; }

    static model::KnobSettings knobsOf(const model::OperatingSample& s);

private:
    void evictOne();
    void close(const model::OperatingSample& end);

    Options m_options;
    std::deque<OperatingWindow> m_windows;
    std::optional<model::OperatingSample> m_start, m_last;
    std::int64_t m_configSinceUs = 0;
    // Sums over the samples of the open window (means of gauges).
    // When the median reading first agreed with Little's law at the configuration in force.
    std::int64_t m_medianAgreedUs = -1;
    double m_sumLocalWaiting = 0, m_sumCloudWaiting = 0, m_sumCloudHeld = 0, m_sumInFlight = 0, m_sumP50 = 0,
           m_sumP99 = 0;
    int m_count = 0;
};

} // namespace omega::analysis
