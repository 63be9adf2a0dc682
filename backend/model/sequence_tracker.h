#pragma once
// Per (publisher, topic) sequence checking: gaps, duplicates and publisher restarts.

#include "protocol/codec.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace omega::model {

class SequenceTracker {
public:
    enum class Verdict : std::uint8_t { First, InOrder, Gap, Duplicate, Restart };
    struct Result {
        Verdict verdict = Verdict::First;
        std::uint64_t missed = 0;   // messages lost before this one (Gap only)
        bool accept() const { return verdict != Verdict::Duplicate; }
    };
    struct Counters {
        std::uint64_t missedMessages = 0;  // sum of holes
        std::uint64_t gapEvents = 0;       // number of holes
        std::uint64_t duplicates = 0;      // repeated or out-of-order, dropped
        std::uint64_t restarts = 0;        // new epoch from a known publisher
    };

    Result observe(protocol::Topic topic, const std::string& publisherId, std::uint64_t epoch,
                   std::uint64_t sequence);
    const Counters& counters() const { return m_counters; }

private:
    struct PublisherState {
        std::uint64_t epoch = 0;
        std::array<std::uint64_t, protocol::kTopicCount> last{}; // 0 = nothing seen yet
    };
    std::unordered_map<std::string, PublisherState> m_publishers;
    Counters m_counters;
};

} // namespace omega::model
