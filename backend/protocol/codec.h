#pragma once
// Topic names, frame validation and decoding of telemetry messages (protocol v1).

#include "protocol/telemetry.pb.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace omega::protocol {

inline constexpr std::uint32_t kProtocolVersion = 1;

enum class Topic : std::uint8_t { Topo, Tick, Pool, Event, Unknown };
inline constexpr int kTopicCount = 4;

Topic topicFromFrame(std::string_view frame);
std::string_view topicName(Topic topic);

// Why a message was refused. Counted per reason by the ingest pipeline.
enum class DecodeError : std::uint8_t {
    None,
    BadFraming,       // not exactly [topic, payload]
    UnknownTopic,
    Unparsable,       // payload is not the protobuf message of its topic
    WrongVersion,     // header.protocol_version != kProtocolVersion
    Inconsistent,     // e.g. a tick column whose length differs from agent_count
};
inline constexpr int kDecodeErrorCount = 6;
std::string_view describe(DecodeError error);

// Parse into a caller-owned message so repeated fields keep their capacity between ticks.
DecodeError decodeTopology(const void* data, std::size_t size, omega::v1::Topology& out);
DecodeError decodeTick(const void* data, std::size_t size, omega::v1::Tick& out);
DecodeError decodePools(const void* data, std::size_t size, omega::v1::Pools& out);
DecodeError decodeEvent(const void* data, std::size_t size, omega::v1::Event& out);

// Structural checks shared by decoders and publishers' self-tests.
DecodeError validate(const omega::v1::Topology& topo);
DecodeError validate(const omega::v1::Tick& tick);

// Fills the fields every message carries.
void fillHeader(omega::v1::Header& header, std::string_view publisherId, std::uint64_t epoch,
                std::uint64_t sequence, std::int64_t wallTimeUs, std::int64_t simTimeUs,
                std::uint64_t configVersion);

// Microseconds since the Unix epoch from the system clock (used for publish->receive latency).
std::int64_t wallClockUs();

} // namespace omega::protocol
