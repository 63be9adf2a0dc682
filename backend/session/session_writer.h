#pragma once
// Records telemetry frames into a session file on its own thread, in batched transactions.
// append() never blocks the source: it copies the frame into a bounded queue (frames beyond the
// bound are counted as dropped). A crash loses at most the last flush interval. The write-ahead
// log is checkpointed into the main file every checkpointIntervalMs (PASSIVE, between
// transactions), so the .omega file alone, without its -wal, holds all but the last seconds.

#include "session/session_format.h"

#include <QMap>
#include <QString>
#include <condition_variable>
#include <deque>
#include <memory>
#include <future>
#include <mutex>
#include <QVariant>
#include <thread>

namespace omega::session {

class SessionWriter {
public:
    struct Options {
        QString path;
        bool overwrite = false;              // else an existing file is refused
        bool compress = true;
        int flushIntervalMs = 200;
        int checkpointIntervalMs = 2000;     // WAL -> main file at least this often while recording
        std::size_t maxPendingBytes = 256u << 20;
        std::int64_t maxFileBytes = 0;       // 0 = no limit; else recording stops like on a full disk
        QMap<QString, QString> meta;         // written into the meta table at start
    };
    enum class State { Recording, Stopped, Failed };
    struct Stats {
        State state = State::Stopped;
        std::uint64_t framesWritten = 0;
        std::uint64_t framesDropped = 0;     // queue full: the disk could not keep up
        std::uint64_t bytesIn = 0;           // payload bytes received
        std::uint64_t bytesStored = 0;       // payload bytes after compression
        std::uint64_t transactions = 0;
        std::uint64_t checkpoints = 0;       // WAL checkpoints while recording (the one at stop not counted)
        double maxCheckpointMs = 0;
        double maxFlushMs = 0;
        QString error;                       // why it failed
    };

    // Creates the file and its schema, then starts the writer thread. Null with *error on failure.
    static std::unique_ptr<SessionWriter> start(const Options& options, QString* error);
    ~SessionWriter();
    SessionWriter(const SessionWriter&) = delete;
    SessionWriter& operator=(const SessionWriter&) = delete;

    // Source thread. Cheap: one copy of the payload under a short lock.
    void append(protocol::Topic topic, std::int64_t wallUs, std::int64_t simUs, const void* payload, std::size_t size);
    // Any thread: one row of the alerts table (fired / resolved), written with the next batch.
    void appendAlert(std::int64_t wallUs, std::int64_t simUs, const QString& rule, const QString& scope, int severity,
                     const QString& state, const QString& detail);
    // Any thread: one row of the findings table (a finding of the analysis engine as it appeared).
    void appendFinding(std::int64_t wallUs, std::int64_t simUs, const QString& kind, const QString& scope, int severity,
                       double confidence, const QString& detail);
    // Any thread: one row of the tuning_audit table (a transition of a configuration change).
    void appendTuning(std::int64_t wallUs, std::int64_t simUs, const QString& actor, const QString& transition,
                      std::uint64_t configVersion, const QString& reason, const QString& detail);
    // Writes what is queued, closes the file. Idempotent.
    void stop();
    Stats stats() const;
    const QString& path() const { return m_options.path; }

private:
    struct Pending {
        protocol::Topic topic;
        std::int64_t wallUs, simUs;
        QByteArray payload;
    };
    explicit SessionWriter(Options options);
    void run(std::promise<QString>* opened);

    Options m_options;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    // Rows of the side tables (alerts, findings), bound in column order to a prepared insert.
    enum class SideTable : std::uint8_t { Alerts, Findings, Tuning };
    struct SideRow {
        SideTable table;
        QVariantList values;
    };
    void appendSide(SideTable table, QVariantList values);
    std::vector<SideRow> m_sideRows;
    std::size_t m_pendingBytes = 0;
    bool m_stopping = false;
    Stats m_stats;
};

} // namespace omega::session
