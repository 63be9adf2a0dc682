#pragma once
// The session file: one SQLite database per recorded session (extension .omega), described in
// docs/sessions.md. Telemetry frames are stored as they came off the wire (optionally compressed),
// so a replay drives exactly the same decode + model path as the live feed.

#include "protocol/codec.h"

#include <QString>
#include <cstdint>

namespace omega::session {

inline constexpr std::int32_t kApplicationId = 0x4F4D4547;   // "OMEG" at header offset 68
// PRAGMA user_version. 2: frames may use codec 2 (zstd); format 1 files still open.
inline constexpr std::int32_t kFormatVersion = 2;
inline constexpr const char* kFileSuffix = "omega";

// How a frame's payload is stored.
enum class Codec : std::uint8_t {
    Raw = 0,    // the protobuf bytes as received
    Zlib = 1,   // qCompress() of those bytes (4-byte big-endian length + zlib stream); format 1
    Zstd = 2,   // one zstd frame of those bytes (level 1, with content checksum); since format 2
};

// Schema of format versions 1 and 2 (also the reference for docs/sessions.md).
inline constexpr const char* kSchema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    // Every telemetry message in arrival order. topic: 0 topo, 1 tick, 2 pool, 3 event.
    // wall_us: receive time (the session's timeline); sim_us: the fleet's own time from the header.
    "CREATE TABLE frames(id INTEGER PRIMARY KEY, topic INTEGER NOT NULL, wall_us INTEGER NOT NULL,"
    " sim_us INTEGER NOT NULL, codec INTEGER NOT NULL, size INTEGER NOT NULL, payload BLOB NOT NULL)",
    "CREATE INDEX frames_by_topic_time ON frames(topic, wall_us)",
    // Tables the alerting, analysis and tuning parts write into while recording.
    "CREATE TABLE alerts(id INTEGER PRIMARY KEY, wall_us INTEGER NOT NULL, sim_us INTEGER NOT NULL,"
    " rule TEXT NOT NULL, scope TEXT NOT NULL, severity INTEGER NOT NULL, state TEXT NOT NULL, detail TEXT)",
    "CREATE TABLE findings(id INTEGER PRIMARY KEY, wall_us INTEGER NOT NULL, sim_us INTEGER NOT NULL,"
    " kind TEXT NOT NULL, scope TEXT NOT NULL, severity INTEGER NOT NULL, confidence REAL, detail TEXT)",
    "CREATE TABLE recommendations(id INTEGER PRIMARY KEY, wall_us INTEGER NOT NULL, sim_us INTEGER NOT NULL,"
    " action TEXT NOT NULL, predicted_tasks_per_s REAL, predicted_p99_ms REAL, risk TEXT, finding_id INTEGER, detail TEXT)",
    "CREATE TABLE tuning_audit(id INTEGER PRIMARY KEY, wall_us INTEGER NOT NULL, sim_us INTEGER NOT NULL,"
    " actor TEXT NOT NULL, transition TEXT NOT NULL, config_version INTEGER, reason TEXT, detail TEXT)",
};

} // namespace omega::session
