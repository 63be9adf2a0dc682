#include "session/replayer.h"

#include "model/ingest_pipeline.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <chrono>
#include <deque>

Q_LOGGING_CATEGORY(lcReplay, "omega.replay")

namespace omega::session {

namespace {
constexpr int kBatch = 128;          // frames read per query
constexpr int kMaxWaitMs = 20;       // longest sleep before commands are looked at again
} // namespace

Replayer::Replayer(model::IngestPipeline& pipeline) : m_pipeline(pipeline) {}

Replayer::~Replayer()
{
    close();
}

bool Replayer::open(const QString& path, QString* error)
{
    close();
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
        m_playing = false;
        m_seekRequest.reset();
        m_status = Status{};
        m_damaged.clear();
    }
    std::promise<QString> opened;
    auto result = opened.get_future();
    m_thread = std::thread([this, &opened, path] { run(&opened, path); });
    const QString failure = result.get();
    if (!failure.isEmpty()) {
        m_thread.join();
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void Replayer::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Replayer::play()
{
    std::lock_guard lock(m_mutex);
    m_playing = true;
    m_busy = true;
    m_wake.notify_all();
}

void Replayer::pause()
{
    std::lock_guard lock(m_mutex);
    m_playing = false;
    m_wake.notify_all();
}

void Replayer::setSpeed(double speed)
{
    std::lock_guard lock(m_mutex);
    m_speed = speed < 0 ? 1.0 : speed;
    m_busy = true;
    m_wake.notify_all();
}

void Replayer::seek(std::int64_t wallUs)
{
    std::lock_guard lock(m_mutex);
    m_seekRequest = wallUs;
    m_busy = true;
    m_wake.notify_all();
}

void Replayer::step()
{
    std::lock_guard lock(m_mutex);
    m_stepRequested = true;
    m_playing = false;
    m_busy = true;
    m_wake.notify_all();
}

Replayer::Status Replayer::status() const
{
    std::lock_guard lock(m_mutex);
    Status s = m_status;
    s.playing = m_playing;
    s.speed = m_speed;
    return s;
}

bool Replayer::waitIdle(int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    return m_wake.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                           [this] { return !m_busy && !m_seekRequest && !m_stepRequested; });
}

void Replayer::reportError(const QString& error)
{
    std::lock_guard lock(m_mutex);
    m_status.error = error;
}

bool Replayer::feed(const StoredFrame& f)
{
    if (f.damaged) {
        // Skipped and counted; the frames around it are played.
        std::lock_guard lock(m_mutex);
        if (m_damaged.insert(f.id).second) {
            m_status.damagedFrames = m_damaged.size();
            m_status.error = QStringLiteral("%1: frame %2 is damaged and was skipped (%3 damaged so far)")
                                 .arg(m_summary.path).arg(f.id).arg(m_status.damagedFrames);
            qCWarning(lcReplay, "%s", qPrintable(m_status.error));
        }
        return false;
    }
    const auto name = protocol::topicName(f.topic);
    m_pipeline.ingest(name, f.payload.constData(), static_cast<std::size_t>(f.payload.size()), protocol::wallClockUs());
    return true;
}

bool Replayer::seekTo(SessionReader& reader, std::int64_t wallUs)
{
    QElapsedTimer clock;
    clock.start();
    const std::int64_t target = reader.tickAtOrBefore(wallUs);
    if (target == 0)
        return true;   // no ticks at all: nothing to show
    // Run-up by recorded time (the rates' time constant), so 1 Hz and 10 Hz sessions cost alike.
    StoredFrame targetFrame;   // only its time is needed: a damaged payload does not matter here
    QString error;
    if (!reader.frame(target, targetFrame, &error)) {
        reportError(error);
        return false;
    }
    const std::int64_t from = std::min(target, std::max(reader.tickAtOrBefore(targetFrame.wallUs - kRunUpUs),
                                                        reader.tickBefore(target, kMaxRunUpTicks)));
    m_pipeline.restart();
    if (const std::int64_t topo = reader.topologyAtOrBefore(from); topo != 0) {
        StoredFrame f;
        if (!reader.frame(topo, f, &error)) {
            reportError(error);
            return false;
        }
        feed(f);
    }
    std::vector<StoredFrame> frames;
    std::int64_t cursor = from - 1;
    std::int64_t position = 0;
    while (cursor < target) {
        const int wanted = static_cast<int>(std::min<std::int64_t>(kBatch, target - cursor));
        if (!reader.framesAfter(cursor, wanted, frames, &error)) {
            reportError(error);
            return false;
        }
        if (frames.empty())
            break;
        for (const StoredFrame& f : frames) {
            if (f.id > target)
                break;
            feed(f);
            cursor = f.id;
            position = f.wallUs;
        }
    }
    m_pipeline.publishNow(protocol::wallClockUs());
    std::lock_guard lock(m_mutex);
    m_status.positionWallUs = position;
    m_status.atEnd = false;
    m_status.lastSeekMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    m_status.framesFed = 0;
    if (m_damaged.empty())
        m_status.error.clear();
    m_cursor = cursor;
    return true;
}

void Replayer::run(std::promise<QString>* opened, QString path)
{
    QString error;
    auto reader = SessionReader::open(path, &error);
    if (!reader) {
        opened->set_value(error);
        return;
    }
    m_summary = reader->summary();
    m_markers = reader->markers();
    m_pipeline.setMeasureLatency(false);
    seekTo(*reader, m_summary.firstWallUs);
    {
        std::lock_guard lock(m_mutex);
        m_status.open = true;
    }
    opened->set_value(QString());

    std::deque<StoredFrame> buffer;
    std::vector<StoredFrame> batch;
    // Pacing: frame time `anchorWall` is shown at real time `anchorReal`.
    std::int64_t anchorReal = protocol::wallClockUs();
    std::int64_t anchorWall = m_status.positionWallUs;
    double speed = 1.0;
    bool wasPlaying = false;
    for (;;) {
        std::optional<std::int64_t> seek;
        bool playing, stepping;
        {
            std::unique_lock lock(m_mutex);
            if (m_stop)
                break;
            seek = std::exchange(m_seekRequest, std::nullopt);
            playing = m_playing;
            stepping = m_stepRequested;
            if (m_speed != speed || (playing && !wasPlaying)) {
                speed = m_speed;
                anchorReal = protocol::wallClockUs();
                anchorWall = m_status.positionWallUs;
            }
            wasPlaying = playing;
            if (!seek && !playing && !stepping) {
                m_busy = false;
                m_wake.notify_all();
                m_wake.wait_for(lock, std::chrono::milliseconds(kMaxWaitMs));
                continue;
            }
        }
        if (seek) {
            buffer.clear();
            seekTo(*reader, *seek);
            anchorReal = protocol::wallClockUs();
            anchorWall = status().positionWallUs;
            continue;
        }
        if (buffer.empty()) {
            std::int64_t cursor;
            {
                std::lock_guard lock(m_mutex);
                cursor = m_cursor;
            }
            if (!reader->framesAfter(cursor, kBatch, batch, &error)) {
                // The file itself cannot be read any more: stop here with the message.
                std::lock_guard lock(m_mutex);
                m_status.error = error;
                m_playing = m_stepRequested = false;
                continue;
            }
            if (batch.empty()) {
                m_pipeline.publishNow(protocol::wallClockUs());
                std::lock_guard lock(m_mutex);
                m_status.atEnd = true;
                m_playing = m_stepRequested = false;
                continue;
            }
            for (auto& f : batch)
                buffer.push_back(std::move(f));
        }
        const StoredFrame& f = buffer.front();
        if (playing && !stepping && speed > 0) {
            const auto due = anchorReal + static_cast<std::int64_t>(static_cast<double>(f.wallUs - anchorWall) / speed);
            const auto now = protocol::wallClockUs();
            if (due > now) {
                m_pipeline.publishIfDue(now);
                std::unique_lock lock(m_mutex);
                m_busy = false;
                m_wake.wait_for(lock, std::chrono::microseconds(std::min<std::int64_t>(due - now, kMaxWaitMs * 1000)));
                continue;
            }
        }
        const bool fed = feed(f);
        const bool wasTick = fed && f.topic == protocol::Topic::Tick;
        {
            std::lock_guard lock(m_mutex);
            m_cursor = f.id;
            m_status.positionWallUs = f.wallUs;
            m_status.framesFed += fed ? 1 : 0;
            if (stepping && wasTick)
                m_stepRequested = false;
        }
        buffer.pop_front();
        if (stepping && wasTick)
            m_pipeline.publishNow(protocol::wallClockUs());
    }
    reader.reset();
}

} // namespace omega::session
