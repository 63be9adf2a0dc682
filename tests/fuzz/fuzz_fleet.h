#pragma once
// The small simulated fleet the fuzz targets start from, and the seed inputs of every target:
// valid ones made by the real encoder and simulator, bad ones the decoders must refuse.

#include "sim/scenario.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace omega::fuzz {

inline constexpr const char* kFuzzPublisher = "fuzz-sim";
inline constexpr std::uint64_t kFuzzEpoch = 1;

// 2 teams, 3 primes, 4 domains, 8 agents: small enough to simulate on every fuzz input.
sim::Scenario smallScenario();

// Payloads the simulator publishes for smallScenario(), with headers, made once per process:
// ticks[i] and pools[i] carry sequence i + 1.
struct SmallFleet {
    std::string topology;
    std::vector<std::string> ticks;
    std::vector<std::string> pools;
    std::vector<std::string> events;
};
const SmallFleet& smallFleet();

// Input of the session frame target: codec (1 byte), topic (1 byte, 0 topo .. 3 event), stored
// size (4 bytes, little-endian, as the `size` column), then the stored payload.
inline constexpr std::size_t kSessionFrameHeaderBytes = 6;
QByteArray sessionFrameBytes(int codec, int topic, std::int32_t size, const QByteArray& body);

struct Seed {
    std::string file;   // "valid-<what>" must be accepted, "bad-<what>" refused
    QByteArray bytes;
};
// sourceDir: the repository root (example scenarios and default alert rules come from resources/).
std::vector<Seed> seedsFor(std::string_view target, const QString& sourceDir);

} // namespace omega::fuzz
