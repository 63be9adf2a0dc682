#pragma once
// Reads a session file. Opening checks that it is a session file of a version this build
// understands and that it is intact, and says clearly what is wrong otherwise.
// One reader belongs to the thread that opened it (a Qt Sql connection is per thread).

#include "session/session_format.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <memory>
#include <vector>

namespace omega::session {

struct SessionSummary {
    QString path;
    std::int64_t firstWallUs = 0, lastWallUs = 0;   // the timeline
    std::int64_t firstSimUs = 0, lastSimUs = 0;
    std::int64_t frames = 0, ticks = 0, topologies = 0, events = 0;
    std::int64_t fileBytes = 0;
    QMap<QString, QString> meta;
    std::int64_t spanUs() const { return lastWallUs - firstWallUs; }
};

struct StoredFrame {
    std::int64_t id = 0;
    protocol::Topic topic = protocol::Topic::Unknown;
    std::int64_t wallUs = 0, simUs = 0;
    QByteArray payload;   // as received (decompressed); empty when damaged
    bool damaged = false; // the stored payload does not decompress: skip it (the reader said why)
};

// A point on the timeline worth a marker: a fleet event, an alert, a tuning change, a finding.
struct TimelineMarker {
    std::int64_t wallUs = 0;
    enum class Kind : std::uint8_t { Event, Alert, Tuning, Finding } kind = Kind::Event;   // as widgets::TimelineMark
    int severity = 0;
    QString text;
};

class SessionReader {
public:
    static std::unique_ptr<SessionReader> open(const QString& path, QString* error);
    ~SessionReader();
    SessionReader(const SessionReader&) = delete;
    SessionReader& operator=(const SessionReader&) = delete;

    const SessionSummary& summary() const { return m_summary; }
    // Up to `max` frames with id > afterId, in recording order. A frame whose payload is damaged
    // comes back with `damaged` set, no payload and *error naming it, so the frames around it can
    // still be played. False with *error when the file itself cannot be read.
    bool framesAfter(std::int64_t afterId, int max, std::vector<StoredFrame>& out, QString* error);
    // The last tick frame received at or before wallUs (0 if none).
    std::int64_t tickAtOrBefore(std::int64_t wallUs);
    // The id `count` ticks before tickId (or the first tick).
    std::int64_t tickBefore(std::int64_t tickId, int count);
    // The last topology frame at or before a frame id (0 if none).
    std::int64_t topologyAtOrBefore(std::int64_t frameId);
    // One frame by id, as framesAfter() gives it (`damaged` set with *error when its payload is).
    bool frame(std::int64_t id, StoredFrame& out, QString* error);
    std::vector<TimelineMarker> markers();

private:
    SessionReader() = default;
    bool decode(StoredFrame& f, int codec, int size, const QByteArray& body, QString* error) const;
    QString m_connection;
    SessionSummary m_summary;
};

} // namespace omega::session
