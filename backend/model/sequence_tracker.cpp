#include "model/sequence_tracker.h"

namespace omega::model {

namespace {
// `to` follows `from` by 1..kWindow (unsigned arithmetic, no overflow).
bool ahead(std::uint64_t from, std::uint64_t to)
{
    return to > from && to - from <= SequenceTracker::kWindow;
}
} // namespace

SequenceTracker::Result SequenceTracker::observe(protocol::Topic topic, const std::string& publisherId,
                                                 std::uint64_t epoch, std::uint64_t sequence)
{
    const auto slot = static_cast<std::size_t>(topic);
    if (slot >= protocol::kTopicCount)
        return {};
    auto [it, inserted] = m_publishers.try_emplace(publisherId);
    PublisherState& p = it->second;
    Result result;
    if (inserted) {
        p.epoch = epoch;
    } else if (p.epoch != epoch) {
        // A new epoch means the publisher restarted: its sequences and counters start again.
        p = PublisherState{};
        p.epoch = epoch;
        ++m_counters.restarts;
        result.verdict = Verdict::Restart;
    }
    std::uint64_t& last = p.last[slot];
    std::uint64_t& candidate = p.candidate[slot];
    if (last != 0 && result.verdict != Verdict::Restart) {
        if (ahead(last, sequence)) {
            candidate = 0;
            if (sequence == last + 1) {
                result.verdict = Verdict::InOrder;
            } else {
                result.verdict = Verdict::Gap;
                result.missed = sequence - last - 1;
                m_counters.missedMessages += result.missed;
                ++m_counters.gapEvents;
            }
        } else if (sequence <= last && last - sequence < kWindow) {
            ++m_counters.duplicates;
            return {Verdict::Duplicate, 0};
        } else if (candidate != 0 && ahead(candidate, sequence)) {
            // Two messages agree on a new numbering: resync to it as a restart would (the pipeline
            // drops the hierarchy and cumulative counters and waits for a keyframe).
            candidate = 0;
            ++m_counters.resyncs;
            result.verdict = Verdict::Restart;
        } else {
            candidate = sequence;
            ++m_counters.outOfWindow;
            return {Verdict::OutOfWindow, 0};
        }
    }
    last = sequence;
    return result;
}

} // namespace omega::model
