#pragma once
// One entry function per decoder a hostile peer or file can reach (docs/fuzzing.md). The libFuzzer
// mains and the corpus replay test (tst_fuzz_corpus) call the same functions, so every crasher kept
// in tests/fuzz/corpus is replayed by ctest with the normal compiler.
//
// Each entry returns kAccepted when the bytes were taken as a valid input by the real code path and
// kRefused when they were rejected. A broken invariant (e.g. the simulator publishing a tick its own
// decoder refuses) aborts, so the fuzzer reports it like a crash.

#include <cstddef>
#include <cstdint>
#include <span>

namespace omega::fuzz {

inline constexpr int kRefused = 0;
inline constexpr int kAccepted = 1;

// Telemetry payloads, each fed through the ingest pipeline (decode, sequence check, fleet state,
// roll-ups, alert evaluation, time-series store, snapshot) after a valid topology of a small fleet.
int fuzzTick(const std::uint8_t* data, std::size_t size);
int fuzzTopology(const std::uint8_t* data, std::size_t size);   // accepted ones then get a tick of their shape
int fuzzPools(const std::uint8_t* data, std::size_t size);
int fuzzEvent(const std::uint8_t* data, std::size_t size);

// A ControlRequest body as the simulator's ROUTER receives it: protobuf parse, then the simulator's
// own checks and application of the change (FleetSimulator::applyConfig), then its next telemetry.
int fuzzControlRequest(const std::uint8_t* data, std::size_t size);

// A stored session frame: see sessionFrameBytes() for the layout. Decompressed like the session
// reader does, then replayed into the ingest pipeline like the replayer does.
int fuzzSessionFrame(const std::uint8_t* data, std::size_t size);

// Scenario files (Scenario::fromJson); accepted small scenarios are simulated for a few ticks.
int fuzzScenarioJson(const std::uint8_t* data, std::size_t size);

// Alert rules files (RuleSet::parse); accepted rule sets are evaluated over a few ticks.
int fuzzAlertRulesJson(const std::uint8_t* data, std::size_t size);

// A finding's evidence as a session file's findings.detail holds it (Evidence::fromJson); accepted
// evidence must write back to JSON that reads back equal.
int fuzzEvidenceJson(const std::uint8_t* data, std::size_t size);

using Entry = int (*)(const std::uint8_t*, std::size_t);
struct Target {
    const char* name;   // also the corpus folder: tests/fuzz/corpus/<name>
    Entry entry;
};
std::span<const Target> targets();

} // namespace omega::fuzz
