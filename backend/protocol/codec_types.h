#pragma once
// The codec's vocabulary without the generated protobuf messages: protocol version, topics, why a
// message was refused, the documented limits and the wall clock. Model and view headers include
// this one; only code that builds or reads messages includes protocol/codec.h.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace omega::protocol {

inline constexpr std::uint32_t kProtocolVersion = 1;

enum class Topic : std::uint8_t { Topo, Tick, Pool, Event, Unknown };
inline constexpr int kTopicCount = 4;

// Limits a valid message stays within (docs/protocol.md §2, "Limits"). The largest valid fleet has
// kMaxAgents agents; its tick is about 100,000 x (13 four-byte columns + 1 state byte) = 5.3 MB,
// and its topology with every name at kMaxNameBytes is about 100,000 x (256 + 3 + 5) = 26.4 MB,
// so a message above kMaxMessageBytes can only be hostile or broken. The transport sets the same
// figure as ZMQ_MAXMSGSIZE, so libzmq drops such a peer before the payload is buffered.
inline constexpr std::uint32_t kMaxAgents = 100'000;
inline constexpr std::size_t kMaxMessageBytes = std::size_t{32} << 20;    // 32 MiB
inline constexpr std::size_t kMaxNameBytes = 256;        // publisher id, team/prime/domain/agent/pool names
inline constexpr std::size_t kMaxEventKindBytes = 256;
inline constexpr std::size_t kMaxEventScopeBytes = 512;  // "agent:" + a name
inline constexpr std::size_t kMaxEventTextBytes = 4096;
inline constexpr int kMaxPools = 64;                     // pools in a topology or a pool message
inline constexpr int kMaxGroupsPerLevel = 20'000;        // teams, primes or domains (100k agents at the
                                                         // reference ratio have 12,100 domains)
// Fields at all nesting levels of one message. Parsing cost and memory grow with the number of
// fields (every unknown one becomes an entry of its own), so a 32 MiB payload of two-byte fields
// would take half a second and hundreds of MB; the count is checked on the wire before parsing.
// The largest valid topology has about 280,000 (100,000 agent names, 60,000 groups x 3, pools).
inline constexpr std::int64_t kMaxWireFields = 400'000;
// cpu_share and utilisation are fractions; float rounding may put them a hair above 1.
inline constexpr float kFractionTolerance = 1e-3f;

Topic topicFromFrame(std::string_view frame);
std::string_view topicName(Topic topic);

// Why a message was refused. Counted per reason by the ingest pipeline.
enum class DecodeError : std::uint8_t {
    None,
    BadFraming,       // not exactly [topic, payload]
    UnknownTopic,
    Unparsable,       // payload is not the protobuf message of its topic
    WrongVersion,     // header.protocol_version != kProtocolVersion
    Inconsistent,     // e.g. a tick column whose length differs from agent_count, a dangling index
    NonFinite,        // NaN or +-infinity in a float field
    OutOfRange,       // a negative value, a share outside 0..1, zero or too many agents
    TooLarge,         // a message, string or list above its documented limit (below)
    DuplicateName,    // two teams, primes, domains, agents or pools with one name
};
inline constexpr int kDecodeErrorCount = 10;
std::string_view describe(DecodeError error);

// Microseconds since the Unix epoch from the system clock (used for publish->receive latency).
std::int64_t wallClockUs();

} // namespace omega::protocol
