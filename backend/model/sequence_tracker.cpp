#include "model/sequence_tracker.h"

namespace omega::model {

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
    if (last != 0 && result.verdict != Verdict::Restart) {
        if (sequence <= last) {
            ++m_counters.duplicates;
            return {Verdict::Duplicate, 0};
        }
        if (sequence == last + 1) {
            result.verdict = Verdict::InOrder;
        } else {
            result.verdict = Verdict::Gap;
            result.missed = sequence - last - 1;
            m_counters.missedMessages += result.missed;
            ++m_counters.gapEvents;
        }
    }
    last = sequence;
    return result;
}

} // namespace omega::model
