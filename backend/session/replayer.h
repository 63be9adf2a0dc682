#pragma once
// Plays a session file into the ingest pipeline on its own thread: a source like the live feed.
// Play, pause, speed (1x, 2x, 10x, ..., 0 = as fast as possible), single step and seek. A seek
// restores the state at the target: the pipeline restarts from the last topology and a short
// run-up of ticks (so rates are right), then stops at the target.

#include "session/session_reader.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace omega::model { class IngestPipeline; }

namespace omega::session {

class Replayer {
public:
    struct Status {
        bool open = false;
        bool playing = false;
        bool atEnd = false;
        double speed = 1.0;
        std::int64_t positionWallUs = 0;    // receive time of the last frame fed
        std::uint64_t framesFed = 0;
        double lastSeekMs = 0;              // time the last seek took on the replay thread
        std::uint64_t damagedFrames = 0;    // distinct frames skipped because their payload is damaged
        QString error;                      // the last problem: a damaged frame (skipped, playback goes on)
                                            // or a file that cannot be read (playback stops)
    };
    static constexpr std::int64_t kRunUpUs = 2'000'000;   // recorded time fed before a seek target
    static constexpr int kMaxRunUpTicks = 20;              // and at most this many ticks

    explicit Replayer(model::IngestPipeline& pipeline);
    ~Replayer();
    Replayer(const Replayer&) = delete;
    Replayer& operator=(const Replayer&) = delete;

    // Opens the file on the replay thread and shows its first state, paused.
    bool open(const QString& path, QString* error);
    void close();

    void play();
    void pause();
    void setSpeed(double speed);            // recorded seconds per wall second; 0 = as fast as possible
    void seek(std::int64_t wallUs);         // asynchronous; status().positionWallUs follows
    void step();                            // feed up to and including the next tick, then pause

    Status status() const;
    const SessionSummary& summary() const { return m_summary; }
    const std::vector<TimelineMarker>& markers() const { return m_markers; }
    // For tests and benchmarks: wait until queued commands are done.
    bool waitIdle(int timeoutMs) const;

private:
    void run(std::promise<QString>* opened, QString path);
    bool seekTo(SessionReader& reader, std::int64_t wallUs);
    bool feed(const StoredFrame& f);
    void reportError(const QString& error);

    model::IngestPipeline& m_pipeline;
    SessionSummary m_summary;
    std::vector<TimelineMarker> m_markers;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
    bool m_stop = false;
    bool m_playing = false;
    bool m_stepRequested = false;
    double m_speed = 1.0;
    std::optional<std::int64_t> m_seekRequest;
    bool m_busy = false;                    // a command is being carried out
    std::int64_t m_cursor = 0;              // id of the last frame fed
    std::set<std::int64_t> m_damaged;       // ids of damaged frames met (a seek may meet one again)
    Status m_status;
};

} // namespace omega::session
