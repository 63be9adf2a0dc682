#pragma once
// Per (publisher, topic) sequence checking: gaps, duplicates, publisher restarts and resyncs after a
// jump outside the window (docs/protocol.md §3).

#include "protocol/codec_types.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace omega::model {

class SequenceTracker {
public:
    // A sequence more than this far ahead of (or behind) the last accepted one in the same epoch is
    // not believed at once: one such message could otherwise turn every later one into a
    // "duplicate" and freeze the feed. It is dropped and remembered; if the next message of the
    // topic continues from it (within the window), the tracker resyncs to the new numbering.
    static constexpr std::uint64_t kWindow = 1'000'000;

    enum class Verdict : std::uint8_t {
        First,
        InOrder,
        Gap,
        Duplicate,
        Restart,       // new epoch, or a resync in the same epoch: forget the hierarchy and counters
        OutOfWindow,   // dropped: too far from the last accepted sequence (see kWindow)
    };
    struct Result {
        Verdict verdict = Verdict::First;
        std::uint64_t missed = 0;   // messages lost before this one (Gap only)
        bool accept() const { return verdict != Verdict::Duplicate && verdict != Verdict::OutOfWindow; }
    };
    struct Counters {
        std::uint64_t missedMessages = 0;  // sum of holes
        std::uint64_t gapEvents = 0;       // number of holes
        std::uint64_t duplicates = 0;      // repeated or out-of-order, dropped
        std::uint64_t restarts = 0;        // new epoch from a known publisher
        std::uint64_t outOfWindow = 0;     // dropped as too far from the last sequence
        std::uint64_t resyncs = 0;         // numbering adopted anew in the same epoch (reported as Restart)
    };

    Result observe(protocol::Topic topic, const std::string& publisherId, std::uint64_t epoch,
                   std::uint64_t sequence);
    const Counters& counters() const { return m_counters; }

private:
    struct PublisherState {
        std::uint64_t epoch = 0;
        std::array<std::uint64_t, protocol::kTopicCount> last{};      // 0 = nothing seen yet
        std::array<std::uint64_t, protocol::kTopicCount> candidate{}; // last out-of-window sequence, 0 = none
    };
    std::unordered_map<std::string, PublisherState> m_publishers;
    Counters m_counters;
};

} // namespace omega::model
