#pragma once
// Frame validation and decoding of telemetry messages (protocol v1). Topics, refusal reasons and
// limits are in protocol/codec_types.h.

#include "protocol/codec_types.h"
#include "protocol/telemetry.pb.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace omega::protocol {

// Parse into a caller-owned message so repeated fields keep their capacity between ticks.
DecodeError decodeTopology(const void* data, std::size_t size, omega::v1::Topology& out);
DecodeError decodeTick(const void* data, std::size_t size, omega::v1::Tick& out);
DecodeError decodePools(const void* data, std::size_t size, omega::v1::Pools& out);
DecodeError decodeEvent(const void* data, std::size_t size, omega::v1::Event& out);

// Structural checks shared by decoders and publishers' self-tests.
DecodeError validate(const omega::v1::Topology& topo);
DecodeError validate(const omega::v1::Tick& tick);
DecodeError validate(const omega::v1::Pools& pools);
DecodeError validate(const omega::v1::Event& event);

// Fills the fields every message carries.
void fillHeader(omega::v1::Header& header, std::string_view publisherId, std::uint64_t epoch,
                std::uint64_t sequence, std::int64_t wallTimeUs, std::int64_t simTimeUs,
                std::uint64_t configVersion);

// libprotobuf logs a line for every string with invalid UTF-8 it meets, so a hostile peer could
// flood stderr. Linking this codec installs a log handler (at static initialisation, before any
// thread) that writes at most one libprotobuf line per second; this counts the lines held back.
std::uint64_t libraryLogLinesHeldBack();

} // namespace omega::protocol
