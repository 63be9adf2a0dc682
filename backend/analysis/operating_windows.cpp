#include "analysis/operating_windows.h"

#include <algorithm>
#include <cmath>

namespace omega::analysis {

model::KnobSettings WindowBuilder::knobsOf(const model::OperatingSample& s)
{
    if (s.knobs.known)
        return s.knobs;
    // A publisher that does not report its knobs still reports each pool's limit and batch.
    model::KnobSettings k;
    k.version = s.configVersion;
    k.localLimit = s.local.limit;
    k.cloudLimit = s.cloud.limit;
    k.cloudBatch = std::max<std::uint32_t>(1, s.cloud.batch);
    k.bulkLocalShare = 0;
    k.known = false;
    return k;
}

std::optional<model::KnobSettings> WindowBuilder::currentKnobs() const
{
    if (!m_last)
        return std::nullopt;
    return knobsOf(*m_last);
}

void WindowBuilder::clear()
{
    m_windows.clear();
    m_start.reset();
    m_last.reset();
    m_configSinceUs = 0;
    m_medianAgreedUs = -1;
    m_count = 0;
}

void WindowBuilder::dropBefore(std::int64_t simUs)
{
    while (!m_windows.empty() && m_windows.front().fromUs < simUs)
        m_windows.pop_front();
}

bool latencyReadingAgrees(double meanLatencyMs, double tasksCompleted, double p50Ms, double p99Ms)
{
    if (meanLatencyMs <= 0 || tasksCompleted < 1 || p50Ms <= 0 || p99Ms < p50Ms)
        return false;
    const double countingMs = meanLatencyMs / std::sqrt(tasksCompleted);
    return std::abs(p50Ms - meanLatencyMs) <= (p99Ms - p50Ms) + countingMs;
}

int WindowBuilder::add(const std::vector<model::OperatingSample>& samples)
{
    int closed = 0;
    for (const model::OperatingSample& s : samples) {
        if (m_last && s.simUs <= m_last->simUs)
            continue;
        const bool changed = !m_last || s.configVersion != m_last->configVersion
                             || !(knobsOf(s) == knobsOf(*m_last));
        if (changed) {
            // The stretch at the old configuration ends at the last sample before the change.
            if (m_start && m_last && m_last->simUs - m_start->simUs >= m_options.minWindowUs) {
                close(*m_last);
                ++closed;
            }
            m_start.reset();
            m_configSinceUs = s.simUs;
            m_medianAgreedUs = -1;
        }
        m_last = s;
        if (!m_start) {
            if (s.simUs - m_configSinceUs < m_options.settleUs)
                continue;
            m_start = s;
            m_count = 0;
            m_sumLocalWaiting = m_sumCloudWaiting = m_sumCloudHeld = m_sumInFlight = m_sumP50 = m_sumP99 = 0;
            continue;   // the start row is the reference the counters are differenced against
        }
        m_sumLocalWaiting += s.local.waiting;
        m_sumCloudWaiting += s.cloud.waiting;
        m_sumCloudHeld += s.cloud.inUse;
        m_sumInFlight += static_cast<double>(s.tasksInFlight);
        m_sumP50 += s.taskLatencyP50Ms;
        m_sumP99 += s.taskLatencyP99Ms;
        ++m_count;
        if (s.simUs - m_start->simUs >= m_options.windowUs) {
            close(s);
            ++closed;
            m_start = s;   // the next window starts where this one ended
            m_count = 0;
            m_sumLocalWaiting = m_sumCloudWaiting = m_sumCloudHeld = m_sumInFlight = m_sumP50 = m_sumP99 = 0;
        }
    }
    return closed;
}

void WindowBuilder::close(const model::OperatingSample& end)
{
    const model::OperatingSample& a = *m_start;
    const model::OperatingSample& b = end;
    const double dt = static_cast<double>(b.simUs - a.simUs) / 1e6;
    if (dt <= 0 || m_count == 0)
        return;
    // Counters that went backwards mean the publisher restarted without the pipeline noticing:
    // such a window says nothing.
    if (b.local.completed < a.local.completed || b.cloud.completed < a.cloud.completed
        || b.tasksCompleted < a.tasksCompleted || b.cloud.throttled < a.cloud.throttled)
        return;
    OperatingWindow w;
    w.fromUs = a.simUs;
    w.toUs = b.simUs;
    w.seconds = dt;
    w.knobs = knobsOf(b);
    const double n = m_count;
    w.localStagesPerS = static_cast<double>(b.local.completed - a.local.completed) / dt;
    w.cloudCallsPerS = static_cast<double>(b.cloud.completed - a.cloud.completed) / dt;
    w.cloudItemsPerS = b.cloud.hasItems && a.cloud.hasItems
                           ? static_cast<double>(b.cloud.items - a.cloud.items) / dt
                           : w.cloudCallsPerS * std::max<std::uint32_t>(1, b.cloud.batch);
    w.cloudThrottledPerS = static_cast<double>(b.cloud.throttled - a.cloud.throttled) / dt;
    w.hasServiceTime = a.local.hasServiceUs && b.local.hasServiceUs && a.cloud.hasServiceUs && b.cloud.hasServiceUs
                       && b.local.serviceUs >= a.local.serviceUs && b.cloud.serviceUs >= a.cloud.serviceUs;
    if (w.hasServiceTime) {
        w.localInService = static_cast<double>(b.local.serviceUs - a.local.serviceUs) / 1e6 / dt;
        w.cloudInService = static_cast<double>(b.cloud.serviceUs - a.cloud.serviceUs) / 1e6 / dt;
    }
    w.localWaiting = m_sumLocalWaiting / n;
    w.cloudWaiting = m_sumCloudWaiting / n;
    w.cloudHeld = m_sumCloudHeld / n;
    w.tasksPerS = static_cast<double>(b.tasksCompleted - a.tasksCompleted) / dt;
    w.failedPerS = b.tasksFailed >= a.tasksFailed ? static_cast<double>(b.tasksFailed - a.tasksFailed) / dt : 0;
    w.tasksInFlight = m_sumInFlight / n;
    w.taskP50Ms = m_sumP50 / n;
    w.taskP99Ms = m_sumP99 / n;
    w.taskP50EndMs = b.taskLatencyP50Ms;
    w.taskP99EndMs = b.taskLatencyP99Ms;
    // The reading's median turns over when half of the tasks it covers ran at this configuration,
    // its tail only when all of them did: after the median first agreed with Little's law, wait as
    // long again as that took before the p99 counts as this configuration's.
    const bool agrees = latencyReadingAgrees(w.meanTaskLatencyMs(), w.tasksPerS * dt, w.taskP50EndMs, w.taskP99EndMs);
    if (agrees && m_medianAgreedUs < 0)
        m_medianAgreedUs = b.simUs;
    w.latencySettled = agrees && m_medianAgreedUs >= 0
                       && b.simUs - m_configSinceUs >= 2 * (m_medianAgreedUs - m_configSinceUs);
    if (w.tasksPerS > 0) {
        w.localStagesPerTask = w.localStagesPerS / w.tasksPerS;
        w.cloudItemsPerTask = w.cloudItemsPerS / w.tasksPerS;
    }
    m_windows.push_back(w);
    while (m_windows.size() > m_options.keep)
        evictOne();
}

void WindowBuilder::evictOne()
{
    // Knob values, not versions: a rollback returns to an operating point already measured.
    auto sameKnobs = [](const model::KnobSettings& a, const model::KnobSettings& b) {
        return a.localLimit == b.localLimit && a.cloudLimit == b.cloudLimit && a.cloudBatch == b.cloudBatch
               && a.bulkLocalShare == b.bulkLocalShare;
    };
    std::vector<std::pair<model::KnobSettings, std::size_t>> counts;   // a handful of configurations
    for (const OperatingWindow& w : m_windows) {
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return sameKnobs(c.first, w.knobs); });
        if (it == counts.end())
            counts.emplace_back(w.knobs, 1);
        else
            ++it->second;
    }
    for (auto w = m_windows.begin(); w != m_windows.end(); ++w) {
        const auto c = std::find_if(counts.begin(), counts.end(), [&](const auto& e) { return sameKnobs(e.first, w->knobs); });
        if (c->second > m_options.keepPerConfig) {
            m_windows.erase(w);
            return;
        }
    }
    m_windows.pop_front();   // every configuration is down to its minimum: the oldest goes
}

} // namespace omega::analysis
