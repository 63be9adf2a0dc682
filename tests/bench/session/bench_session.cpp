// Over 600 lines on purpose: recording, open, seek and replay share one generated session and
// its timing helpers; each measurement is its own function.
// Session file benchmark: recording speed and size, open, seek and replay of a one-hour session.
// Prints figures only (no pass/fail); the bars are in DESIGN.md ("Quality bars": session write,
// session open / seek) and the results go into docs/BENCHMARKS.md.
//
//   1. Recording: reference scenario (3,000 agents) at 10 Hz, 600 ticks generated and serialized
//      first, then appended to a SessionWriter as fast as possible; time until stop() returns
//      (everything committed). Compressed and uncompressed.
//   2. A 1-hour, 1 Hz session (3,600 ticks) built once into a temp file, then SessionReader::open,
//      Replayer::open, 100 random seeks, seek to the end, and replay at maximum speed.
//   3. Summary table.
//
// Telemetry is stamped the way the simulator server stamps it (protocol::fillHeader, a sequence
// number per topic), except that the wall clock is synthetic: a fixed origin plus the simulated
// time, so the session's timeline is the simulated span.

#include "model/ingest_pipeline.h"
#include "protocol/codec.h"
#include "protocol/telemetry.pb.h"
#include "session/payload_codec.h"
#include "session/replayer.h"
#include "session/session_reader.h"
#include "session/session_writer.h"
#include "sim/fleet_simulator.h"
#include "sim/scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using omega::protocol::Topic;
namespace session = omega::session;
namespace sim = omega::sim;

constexpr std::int64_t kWallOriginUs = 1'704'067'200'000'000;   // 2024-01-01T00:00:00Z
constexpr std::int64_t kTopologyEveryUs = 60'000'000;           // keyframe every 60 simulated s
constexpr int kMetricsPerAgent = 12;                             // state + 11 columns of a Tick
constexpr std::uint64_t kEpoch = 42;
constexpr const char* kPublisher = "bench-sim";

// ------------------------------------------------------------------------------------- helpers
double nowS()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

double pct(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}
double median(std::vector<double> v) { return pct(std::move(v), 0.5); }
double maxOf(const std::vector<double>& v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? line : line.substr(colon + 2);
        }
    }
    return "unknown";
}

std::string sqliteVersion()
{
    std::string v = "?";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                v = q.value(0).toString().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    return v;
}

std::int64_t fileBytes(const QString& path)
{
    std::int64_t n = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        n += QFileInfo::exists(path + suffix) ? QFileInfo(path + suffix).size() : 0;
    return n;
}

void removeSession(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Asks the kernel to forget the file's cached pages (clean pages only; no root needed).
void dropPageCache(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// ----------------------------------------------------------------------- telemetry generation
struct Frame {
    Topic topic;
    std::int64_t wallUs, simUs;
    std::string bytes;
};

// Drives a FleetSimulator the way the simulator server does (topology first and every 60 s, then
// tick, pools and events per interval) and hands each serialized message to `sink`.
class TelemetrySource {
public:
    explicit TelemetrySource(sim::Scenario scenario)
        : m_sim(std::move(scenario)),
          m_intervalUs(static_cast<std::int64_t>(m_sim.scenario().tickIntervalMs * 1000.0))
    {
    }

    // One interval. simSeconds / serializeSeconds accumulate the two costs.
    template <typename Sink>
    int step(Sink&& sink)
    {
        double t0 = nowS();
        m_next += m_intervalUs;
        m_sim.advanceTo(m_next);
        const std::int64_t simUs = m_sim.nowUs();
        int ticks = 0;
        if (m_topology.agent_names_size() == 0)
            m_sim.fillTopology(m_topology);
        const bool topo = m_lastTopologyUs < 0 || simUs - m_lastTopologyUs >= kTopologyEveryUs;
        m_sim.fillTick(m_tick);
        const bool drop = m_sim.dropTelemetryNow();
        m_sim.fillPools(m_pools);
        auto events = m_sim.takeEvents();
        double t1 = nowS();
        simSeconds += t1 - t0;
        if (topo) {
            publish(Topic::Topo, m_topology, simUs, sink);
            m_lastTopologyUs = simUs;
        }
        if (drop) {
            ++m_sequence[static_cast<std::size_t>(Topic::Tick)];   // the hole stays visible
        } else {
            publish(Topic::Tick, m_tick, simUs, sink);
            ticks = 1;
        }
        publish(Topic::Pool, m_pools, simUs, sink);
        for (auto& ev : events)
            publish(Topic::Event, ev, simUs, sink);
        return ticks;
    }

    std::int64_t intervalUs() const { return m_intervalUs; }
    int agents() const { return m_sim.scenario().agents; }
    double simSeconds = 0, serializeSeconds = 0;

private:
    template <typename Message, typename Sink>
    void publish(Topic topic, Message& msg, std::int64_t simUs, Sink& sink)
    {
        const double t0 = nowS();
        const std::int64_t wallUs = kWallOriginUs + simUs;
        omega::protocol::fillHeader(*msg.mutable_header(), kPublisher, kEpoch,
                                    ++m_sequence[static_cast<std::size_t>(topic)], wallUs, simUs,
                                    m_sim.config().version);
        msg.SerializeToString(&m_buffer);
        serializeSeconds += nowS() - t0;
        sink(topic, wallUs, simUs, m_buffer);
    }

    sim::FleetSimulator m_sim;
    std::int64_t m_intervalUs;
    std::int64_t m_next = 0;
    std::int64_t m_lastTopologyUs = -1;
    std::array<std::uint64_t, omega::protocol::kTopicCount> m_sequence{};
    omega::v1::Topology m_topology;
    omega::v1::Tick m_tick;
    omega::v1::Pools m_pools;
    std::string m_buffer;
};

// ------------------------------------------------------------------------------ 1. recording
struct WriteRun {
    double seconds = 0;          // first append .. stop() returned
    double appendSeconds = 0;    // the appends alone (source-thread cost)
    std::int64_t frames = 0, ticks = 0;
    std::int64_t fileBytes = 0;
    session::SessionWriter::Stats stats;
};

WriteRun writeOnce(const std::vector<Frame>& frames, const QString& path, bool compress)
{
    removeSession(path);
    session::SessionWriter::Options o;
    o.path = path;
    o.overwrite = true;
    o.compress = compress;
    QString error;
    auto writer = session::SessionWriter::start(o, &error);
    if (!writer) {
        std::fprintf(stderr, "cannot start the writer: %s\n", qPrintable(error));
        std::exit(1);
    }
    WriteRun r;
    const double t0 = nowS();
    for (const Frame& f : frames) {
        writer->append(f.topic, f.wallUs, f.simUs, f.bytes.data(), f.bytes.size());
        r.ticks += f.topic == Topic::Tick;
    }
    r.appendSeconds = nowS() - t0;
    writer->stop();
    r.seconds = nowS() - t0;
    r.stats = writer->stats();
    r.frames = static_cast<std::int64_t>(r.stats.framesWritten);
    writer.reset();
    r.fileBytes = fileBytes(path);
    removeSession(path);
    return r;
}

struct WriteFigures {
    double ticksPerS = 0, framesPerS = 0, appendUsPerFrame = 0, maxFlushMs = 0;
    double bytesPerTick = 0, bytesPerAgentHour10Hz = 0, bytesPerAgentHour1Hz = 0, bytesPerSample = 0;
    double storedRatio = 0;   // payload bytes stored / received
    std::uint64_t dropped = 0;
};

WriteFigures measureWrites(const std::vector<Frame>& frames, const QString& path, bool compress, int agents, int runs)
{
    std::vector<double> tps, fps, app, flush;
    WriteRun last;
    for (int i = 0; i < runs; ++i) {
        last = writeOnce(frames, path, compress);
        tps.push_back(static_cast<double>(last.ticks) / last.seconds);
        fps.push_back(static_cast<double>(last.frames) / last.seconds);
        app.push_back(last.appendSeconds * 1e6 / static_cast<double>(frames.size()));
        flush.push_back(last.stats.maxFlushMs);
        if (last.stats.framesDropped || last.stats.state == session::SessionWriter::State::Failed)
            std::printf("  !! run %d: %llu frames dropped, error: %s\n", i + 1,
                        static_cast<unsigned long long>(last.stats.framesDropped), qPrintable(last.stats.error));
    }
    WriteFigures w;
    w.ticksPerS = median(tps);
    w.framesPerS = median(fps);
    w.appendUsPerFrame = median(app);
    w.maxFlushMs = maxOf(flush);
    w.dropped = last.stats.framesDropped;
    const double perTick = static_cast<double>(last.fileBytes) / static_cast<double>(last.ticks);
    w.bytesPerTick = perTick;
    w.bytesPerAgentHour10Hz = perTick * 36'000.0 / agents;
    w.bytesPerAgentHour1Hz = perTick * 3'600.0 / agents;
    w.bytesPerSample = perTick / (static_cast<double>(agents) * kMetricsPerAgent);
    w.storedRatio = last.stats.bytesIn ? static_cast<double>(last.stats.bytesStored) / static_cast<double>(last.stats.bytesIn) : 0;
    std::printf("  %-12s  %7.0f ticks/s  %7.0f frames/s  = %6.1fx real time at 10 Hz, %7.1fx at 1 Hz"
                "  | append %.1f us/frame, longest transaction %.0f ms, %d runs (median)\n",
                compress ? "compressed" : "raw", w.ticksPerS, w.framesPerS, w.ticksPerS / 10.0, w.ticksPerS,
                w.appendUsPerFrame, w.maxFlushMs, runs);
    std::printf("  %-12s  %7.1f KB/tick on disk  %6.2f MB/agent-hour at 10 Hz (%.2f at 1 Hz)"
                "  %5.2f bytes/metric-sample  (payload stored/received %.2f)\n",
                "", perTick / 1024.0, w.bytesPerAgentHour10Hz / 1e6, w.bytesPerAgentHour1Hz / 1e6, w.bytesPerSample,
                w.storedRatio);
    return w;
}

// ------------------------------------------------------------------ 2. the one-hour session
struct BuiltSession {
    double seconds = 0, simSeconds = 0, serializeSeconds = 0, waitSeconds = 0;
    std::int64_t ticks = 0, frames = 0, fileBytes = 0, payloadBytes = 0;
    session::SessionWriter::Stats stats;
};

BuiltSession buildHourSession(const QString& path, int ticks)
{
    sim::Scenario sc = sim::Scenario::referenceDefault();
    sc.tickIntervalMs = 1000.0;
    TelemetrySource source(sc);
    removeSession(path);
    session::SessionWriter::Options o;
    o.path = path;
    o.overwrite = true;
    o.compress = true;
    o.meta.insert(QStringLiteral("scenario"), sc.name);
    o.meta.insert(QStringLiteral("source"), QStringLiteral("bench_session"));
    QString error;
    BuiltSession b;
    const double t0 = nowS();
    auto writer = session::SessionWriter::start(o, &error);
    if (!writer) {
        std::fprintf(stderr, "cannot start the writer: %s\n", qPrintable(error));
        std::exit(1);
    }
    // Payload bytes appended up to each frame, to know how much is still queued in the writer.
    std::vector<std::int64_t> cumulative{0};
    cumulative.reserve(static_cast<std::size_t>(ticks) * 2 + 128);
    auto sink = [&](Topic topic, std::int64_t wallUs, std::int64_t simUs, const std::string& bytes) {
        writer->append(topic, wallUs, simUs, bytes.data(), bytes.size());
        b.payloadBytes += static_cast<std::int64_t>(bytes.size());
        cumulative.push_back(b.payloadBytes);
    };
    constexpr std::int64_t kMaxQueuedBytes = 96 << 20;   // well below the writer's 256 MB bound
    for (int i = 0; i < ticks; ++i) {
        b.ticks += source.step(sink);
        const double w0 = nowS();
        for (;;) {
            const auto written = std::min<std::size_t>(writer->stats().framesWritten, cumulative.size() - 1);
            if (cumulative.back() - cumulative[written] <= kMaxQueuedBytes)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        b.waitSeconds += nowS() - w0;
    }
    writer->stop();
    b.seconds = nowS() - t0;
    b.stats = writer->stats();
    b.frames = static_cast<std::int64_t>(b.stats.framesWritten);
    writer.reset();
    b.simSeconds = source.simSeconds;
    b.serializeSeconds = source.serializeSeconds;
    b.fileBytes = fileBytes(path);
    return b;
}

// A step-by-step copy of Replayer::seekTo with public calls, on this thread, to see where a seek's
// time goes. Times in ms, medians over the targets.
struct SeekAnatomy {
    double locate = 0, restart = 0, topoRead = 0, topoIngest = 0, framesRead = 0, framesIngest = 0, publish = 0,
           total = 0;
    double framesReadPerSeek = 0, framesUsedPerSeek = 0, ticksDecompressedPerSeek = 0;
    double uncompressTickMs = 0, decodeTickMs = 0, readRawTickMs = 0;
};

SeekAnatomy seekAnatomy(const QString& path, const std::vector<std::int64_t>& targets)
{
    SeekAnatomy a;
    QString error;
    auto reader = session::SessionReader::open(path, &error);
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return a;
    }
    omega::model::IngestPipeline pipeline;
    pipeline.setMeasureLatency(false);
    std::vector<double> locate, restart, topoRead, topoIngest, framesRead, framesIngest, publish, total, nRead, nUsed,
        nTicks;
    std::vector<session::StoredFrame> frames;
    for (const std::int64_t wallUs : targets) {
        double t = nowS();
        const double start = t;
        auto lap = [&t](std::vector<double>& into) {
            const double n = nowS();
            into.push_back((n - t) * 1e3);
            t = n;
        };
        const std::int64_t target = reader->tickAtOrBefore(wallUs);
        session::StoredFrame targetFrame;
        reader->frame(target, targetFrame, &error);
        const std::int64_t from = std::min(target, std::max(reader->tickAtOrBefore(targetFrame.wallUs - session::Replayer::kRunUpUs),
                                                            reader->tickBefore(target, session::Replayer::kMaxRunUpTicks)));
        const std::int64_t topo = reader->topologyAtOrBefore(from);
        lap(locate);
        pipeline.restart();
        lap(restart);
        session::StoredFrame tf;
        if (topo)
            reader->frame(topo, tf, &error);
        lap(topoRead);
        if (topo)
            pipeline.ingest(omega::protocol::topicName(tf.topic), tf.payload.constData(),
                            static_cast<std::size_t>(tf.payload.size()), omega::protocol::wallClockUs());
        lap(topoIngest);
        double readMs = 0, ingestMs = 0;
        int read = 0, used = 0, ticks = 0;
        std::int64_t cursor = from - 1;
        while (cursor < target) {
            if (!reader->framesAfter(cursor, 128, frames, &error) || frames.empty())
                break;
            lap(framesRead);
            readMs += framesRead.back();
            framesRead.pop_back();
            read += static_cast<int>(frames.size());
            for (const auto& f : frames)
                ticks += f.topic == Topic::Tick;
            for (const auto& f : frames) {
                if (f.id > target)
                    break;
                pipeline.ingest(omega::protocol::topicName(f.topic), f.payload.constData(),
                                static_cast<std::size_t>(f.payload.size()), omega::protocol::wallClockUs());
                cursor = f.id;
                ++used;
            }
            lap(framesIngest);
            ingestMs += framesIngest.back();
            framesIngest.pop_back();
        }
        framesRead.push_back(readMs);
        framesIngest.push_back(ingestMs);
        pipeline.publishNow(omega::protocol::wallClockUs());
        lap(publish);
        total.push_back((nowS() - start) * 1e3);
        nRead.push_back(read);
        nUsed.push_back(used);
        nTicks.push_back(ticks);
    }
    a.locate = median(locate);
    a.restart = median(restart);
    a.topoRead = median(topoRead);
    a.topoIngest = median(topoIngest);
    a.framesRead = median(framesRead);
    a.framesIngest = median(framesIngest);
    a.publish = median(publish);
    a.total = median(total);
    a.framesReadPerSeek = median(nRead);
    a.framesUsedPerSeek = median(nUsed);
    a.ticksDecompressedPerSeek = median(nTicks);
    reader.reset();

    // Per-tick costs: read the stored blob, uncompress it, decode it.
    const QString conn = QStringLiteral("bench-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            std::vector<QByteArray> blobs;
            std::vector<std::pair<int, int>> codecAndSize;
            std::vector<double> readMs, unzipMs, decodeMs;
            double t0 = nowS();
            if (q.exec(QStringLiteral("SELECT payload, codec, size FROM frames WHERE topic = 1 ORDER BY id LIMIT 50 OFFSET 1000"))) {
                while (q.next()) {
                    blobs.push_back(q.value(0).toByteArray());
                    codecAndSize.emplace_back(q.value(1).toInt(), q.value(2).toInt());
                    const double t1 = nowS();
                    readMs.push_back((t1 - t0) * 1e3);
                    t0 = t1;
                }
            }
            omega::v1::Tick tick;
            for (std::size_t k = 0; k < blobs.size(); ++k) {
                double t1 = nowS();
                QByteArray raw;
                omega::session::decompressPayload(codecAndSize[k].first, codecAndSize[k].second, blobs[k], &raw);
                double t2 = nowS();
                omega::protocol::decodeTick(raw.constData(), static_cast<std::size_t>(raw.size()), tick);
                const double t3 = nowS();
                unzipMs.push_back((t2 - t1) * 1e3);
                decodeMs.push_back((t3 - t2) * 1e3);
            }
            a.readRawTickMs = median(readMs);
            a.uncompressTickMs = median(unzipMs);
            a.decodeTickMs = median(decodeMs);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return a;
}

// The statements SessionReader::open runs, timed one by one (warm page cache).
void openAnatomy(const QString& path)
{
    const QString conn = QStringLiteral("bench-open");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        double t = nowS();
        db.open();
        const double openMs = (nowS() - t) * 1e3;
        QSqlQuery q(db);
        auto timed = [&](const char* sql) {
            const double t0 = nowS();
            q.exec(QString::fromLatin1(sql));
            while (q.next()) {
            }
            return (nowS() - t0) * 1e3;
        };
        const double pragmas = timed("PRAGMA application_id") + timed("PRAGMA user_version");
        const double check = timed("PRAGMA quick_check");
        const double meta = timed("SELECT key, value FROM meta");
        const double counts = timed("SELECT COUNT(*), MIN(wall_us), MAX(wall_us), SUM(topic = 1), SUM(topic = 0), SUM(topic = 3) FROM frames");
        const double sims = timed("SELECT MIN(sim_us), MAX(sim_us) FROM frames WHERE topic = 1");
        const double markers = timed("SELECT id, wall_us, codec, size, payload FROM frames WHERE topic = 3 ORDER BY id");
        std::printf("  open anatomy (warm, ms): connect %.2f, pragmas %.2f, quick_check %.1f, meta %.2f,"
                    " counts %.1f, sim range %.1f, event markers %.2f\n",
                    openMs, pragmas, check, meta, counts, sims, markers);
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    const double programStart = nowS();

    {
        char date[64];
        const std::time_t t = std::time(nullptr);
        std::strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S %Z", std::localtime(&t));
        std::printf("bench_session — session file write / open / seek / replay\n");
        std::printf("machine: %ld cores (nproc), %s; Qt %s, SQLite %s; %s\n", sysconf(_SC_NPROCESSORS_ONLN),
                    cpuModel().c_str(), qVersion(), sqliteVersion().c_str(), date);
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    const QString writePath = dir.filePath(QStringLiteral("write.omega"));
    const QString hourPath = dir.filePath(QStringLiteral("hour.omega"));
    std::printf("files in %s\n", qPrintable(dir.path()));

    // ----------------------------------------------------------------------------- 1. write
    constexpr int kWriteTicks = 600;   // 60 simulated seconds at 10 Hz
    std::printf("\n1. Recording speed — reference scenario, 10 Hz, %d ticks pre-generated, appended as fast as possible,"
                " timed until stop() has committed and closed\n", kWriteTicks);
    std::vector<Frame> frames;
    int agents = 0;
    double genSeconds = 0, genSim = 0, genSer = 0;
    std::int64_t genBytes = 0, genTickBytes = 0, genTicks = 0;
    {
        TelemetrySource source(sim::Scenario::referenceDefault());
        agents = source.agents();
        frames.reserve(kWriteTicks * 2 + 16);
        const double t0 = nowS();
        for (int i = 0; i < kWriteTicks; ++i) {
            genTicks += source.step([&](Topic topic, std::int64_t wallUs, std::int64_t simUs, const std::string& b) {
                frames.push_back({topic, wallUs, simUs, b});
                genBytes += static_cast<std::int64_t>(b.size());
                if (topic == Topic::Tick)
                    genTickBytes += static_cast<std::int64_t>(b.size());
            });
        }
        genSeconds = nowS() - t0;
        genSim = source.simSeconds;
        genSer = source.serializeSeconds;
    }
    std::printf("  generated %zu frames (%lld ticks of %.1f KB, %.1f MB in all) for %d agents in %.2f s"
                " (simulator %.2f s, serialize %.2f s; not counted below)\n",
                frames.size(), static_cast<long long>(genTicks),
                static_cast<double>(genTickBytes) / static_cast<double>(genTicks) / 1024.0,
                static_cast<double>(genBytes) / 1e6, agents, genSeconds, genSim, genSer);
    {
        // The writer's codec beside format 1's, on the same ticks.
        std::vector<double> zlibMs, zstdMs;
        double zlibBytes = 0, zstdBytes = 0, rawBytes = 0;
        omega::session::PayloadCompressor compressor;
        for (const Frame& f : frames) {
            if (f.topic != Topic::Tick || zlibMs.size() >= 100)
                continue;
            const QByteArray payload(f.bytes.data(), static_cast<qsizetype>(f.bytes.size()));
            double t0 = nowS();
            const QByteArray z = qCompress(payload, 1);
            zlibMs.push_back((nowS() - t0) * 1e3);
            omega::session::Codec codec;
            t0 = nowS();
            const QByteArray zs = compressor.compress(payload, &codec);
            zstdMs.push_back((nowS() - t0) * 1e3);
            zlibBytes += static_cast<double>(z.size());
            zstdBytes += static_cast<double>(zs.size());
            rawBytes += static_cast<double>(payload.size());
        }
        std::printf("  per tick, median of %zu: zstd level 1 (what the writer does) %.3f ms, %.1f %% of the bytes;"
                    " qCompress level 1 (format 1) %.3f ms, %.1f %%\n",
                    zstdMs.size(), median(zstdMs), 100.0 * zstdBytes / rawBytes, median(zlibMs), 100.0 * zlibBytes / rawBytes);
    }
    const WriteFigures zipped = measureWrites(frames, writePath, true, agents, 3);
    const WriteFigures raw = measureWrites(frames, writePath, false, agents, 3);
    frames.clear();
    frames.shrink_to_fit();

    // ------------------------------------------------------------------------ 2. hour session
    constexpr int kHourTicks = 3600;
    std::printf("\n2. One-hour session — reference scenario at 1 Hz, %d ticks, %d agents, compressed\n", kHourTicks, agents);
    const BuiltSession built = buildHourSession(hourPath, kHourTicks);
    const double hourBytesPerTick = static_cast<double>(built.fileBytes) / static_cast<double>(built.ticks);
    std::printf("  built in %.1f s (simulator %.1f s, serialize %.1f s, waiting for the writer %.1f s;"
                " writer and source run on separate threads): %lld frames, %lld ticks, %llu dropped\n",
                built.seconds, built.simSeconds, built.serializeSeconds, built.waitSeconds,
                static_cast<long long>(built.frames), static_cast<long long>(built.ticks),
                static_cast<unsigned long long>(built.stats.framesDropped));
    std::printf("  writer: %llu transactions, longest %.0f ms\n", static_cast<unsigned long long>(built.stats.transactions),
                built.stats.maxFlushMs);
    std::printf("  file %.1f MB (%.1f MB payload received): %.1f KB/tick, %.2f MB/agent-hour, %.2f bytes/metric-sample;"
                " recording ran at %.0fx real time end to end\n",
                static_cast<double>(built.fileBytes) / 1e6, static_cast<double>(built.payloadBytes) / 1e6,
                hourBytesPerTick / 1024.0, static_cast<double>(built.fileBytes) / agents / 1e6,
                hourBytesPerTick / (static_cast<double>(agents) * kMetricsPerAgent),
                static_cast<double>(built.ticks) / built.seconds);

    // 2a. SessionReader::open
    std::vector<double> readerWarm, readerCold;
    session::SessionSummary summary;
    for (int i = 0; i < 10; ++i) {
        QString error;
        const double t0 = nowS();
        auto reader = session::SessionReader::open(hourPath, &error);
        readerWarm.push_back((nowS() - t0) * 1e3);
        if (!reader) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
            return 1;
        }
        summary = reader->summary();
    }
    for (int i = 0; i < 3; ++i) {
        dropPageCache(hourPath);
        QString error;
        const double t0 = nowS();
        auto reader = session::SessionReader::open(hourPath, &error);
        readerCold.push_back((nowS() - t0) * 1e3);
    }
    std::printf("  timeline %.1f min, %lld frames, %lld ticks, %lld topologies\n", static_cast<double>(summary.spanUs()) / 60e6,
                static_cast<long long>(summary.frames), static_cast<long long>(summary.ticks),
                static_cast<long long>(summary.topologies));
    std::printf("  SessionReader::open   median %7.1f ms  max %7.1f ms  (10 reopens, page cache warm)\n", median(readerWarm),
                maxOf(readerWarm));
    std::printf("  SessionReader::open   median %7.1f ms  max %7.1f ms  (3 reopens, file's pages dropped from the cache first)\n",
                median(readerCold), maxOf(readerCold));
    openAnatomy(hourPath);

    // 2b. Replayer::open (open + markers + first state shown)
    omega::model::IngestPipeline pipeline;
    session::Replayer replayer(pipeline);
    std::vector<double> replayerOpen, firstSeek;
    for (int i = 0; i < 10; ++i) {
        QString error;
        const double t0 = nowS();
        const bool ok = replayer.open(hourPath, &error);
        replayerOpen.push_back((nowS() - t0) * 1e3);
        if (!ok) {
            std::fprintf(stderr, "replayer open failed: %s\n", qPrintable(error));
            return 1;
        }
        replayer.waitIdle(5000);
        firstSeek.push_back(replayer.status().lastSeekMs);
    }
    std::printf("  Replayer::open        median %7.1f ms  max %7.1f ms  (of which first state %.1f ms; 10 reopens, warm)\n",
                median(replayerOpen), maxOf(replayerOpen), median(firstSeek));

    // 2c. Random seeks
    std::mt19937_64 rng(20240101);
    std::uniform_int_distribution<std::int64_t> pick(summary.firstWallUs, summary.lastWallUs);
    std::vector<std::int64_t> targets(100);
    for (auto& t : targets)
        t = pick(rng);
    std::vector<double> seekWall, seekThread;
    int seekMisses = 0;
    for (const std::int64_t t : targets) {
        const double t0 = nowS();
        replayer.seek(t);
        const bool idle = replayer.waitIdle(10'000);
        seekWall.push_back((nowS() - t0) * 1e3);
        const auto st = replayer.status();
        seekThread.push_back(st.lastSeekMs);
        if (!idle || !st.error.isEmpty() || st.positionWallUs > t || t - st.positionWallUs > 1'000'000 + 1)
            ++seekMisses;
    }
    std::printf("  seek (100 random)     wall: median %6.2f  p95 %6.2f  max %6.2f ms | lastSeekMs: median %6.2f  p95 %6.2f  max %6.2f ms%s\n",
                median(seekWall), pct(seekWall, 0.95), maxOf(seekWall), median(seekThread), pct(seekThread, 0.95),
                maxOf(seekThread), seekMisses ? "  !! some seeks landed off target" : "");
    std::vector<double> endWall, endThread;
    for (int i = 0; i < 5; ++i) {
        replayer.seek(summary.firstWallUs + (i % 2) * summary.spanUs() / 2);   // move away first
        replayer.waitIdle(10'000);
        const double t0 = nowS();
        replayer.seek(summary.lastWallUs);
        replayer.waitIdle(10'000);
        endWall.push_back((nowS() - t0) * 1e3);
        endThread.push_back(replayer.status().lastSeekMs);
    }
    std::printf("  seek to the end       wall: median %6.2f  max %6.2f ms | lastSeekMs: median %6.2f ms (5 runs)\n",
                median(endWall), maxOf(endWall), median(endThread));

    // 2d. Where a seek's time goes
    const SeekAnatomy an = seekAnatomy(hourPath, std::vector<std::int64_t>(targets.begin(), targets.begin() + 30));
    std::printf("  seek anatomy (medians of 30, same steps as Replayer::seekTo on this thread, ms): locate %.2f,"
                " pipeline restart %.2f, topology read %.2f + ingest %.2f, frames read+uncompress %.2f (%g read for %g used,"
                " %g ticks uncompressed), frames ingest %.2f, publish %.2f; total %.2f\n",
                an.locate, an.restart, an.topoRead, an.topoIngest, an.framesRead, an.framesReadPerSeek,
                an.framesUsedPerSeek, an.ticksDecompressedPerSeek, an.framesIngest, an.publish, an.total);
    std::printf("  per tick: SQLite blob read %.3f ms, decompress %.3f ms, protobuf decode %.3f ms\n", an.readRawTickMs,
                an.uncompressTickMs, an.decodeTickMs);

    // 2e. Replay at maximum speed from the start
    replayer.seek(summary.firstWallUs);
    replayer.waitIdle(10'000);
    replayer.setSpeed(0);
    const double r0 = nowS();
    replayer.play();
    while (!replayer.status().atEnd && nowS() - r0 < 120)
        replayer.waitIdle(1000);
    const double replaySeconds = nowS() - r0;
    const auto rs = replayer.status();
    const double replayTicksPerS = static_cast<double>(summary.ticks) / replaySeconds;
    std::printf("  replay at max speed   %lld frames in %.2f s: %.0f ticks/s, %.0f frames/s = %.0fx real time for this 1 Hz"
                " session (%.1fx for a 10 Hz one)%s\n",
                static_cast<long long>(rs.framesFed), replaySeconds, replayTicksPerS,
                static_cast<double>(rs.framesFed) / replaySeconds, replayTicksPerS, replayTicksPerS / 10.0,
                rs.atEnd ? "" : "  !! did not reach the end");
    replayer.close();
    removeSession(hourPath);

    // ----------------------------------------------------------------------------- 3. summary
    std::printf("\n3. Summary (%d agents, %d metrics per agent per tick)\n", agents, kMetricsPerAgent);
    std::printf("  | %-40s | %-28s | %-28s |\n", "figure", "measured", "bar (first / heading for)");
    std::printf("  |%s|%s|%s|\n", std::string(42, '-').c_str(), std::string(30, '-').c_str(), std::string(30, '-').c_str());
    char m[64];
    auto row = [&](const char* what, const char* measured, const char* bar) {
        std::printf("  | %-40s | %-28s | %-28s |\n", what, measured, bar);
    };
    std::snprintf(m, sizeof m, "%.0f ticks/s (%.0f frames/s)", zipped.ticksPerS, zipped.framesPerS);
    row("write, compressed", m, "");
    std::snprintf(m, sizeof m, "%.1fx / %.0fx", zipped.ticksPerS / 10.0, zipped.ticksPerS);
    row("  x real time at 10 Hz / 1 Hz", m, ">= 10x / >= 100x");
    std::snprintf(m, sizeof m, "%.0f ticks/s (%.0f frames/s)", raw.ticksPerS, raw.framesPerS);
    row("write, uncompressed", m, "");
    std::snprintf(m, sizeof m, "%.1fx / %.0fx", raw.ticksPerS / 10.0, raw.ticksPerS);
    row("  x real time at 10 Hz / 1 Hz", m, ">= 10x / >= 100x");
    std::snprintf(m, sizeof m, "%.1f / %.1f KB", zipped.bytesPerTick / 1024.0, raw.bytesPerTick / 1024.0);
    row("bytes/tick, 10 Hz (compressed / raw)", m, "");
    std::snprintf(m, sizeof m, "%.2f / %.2f", zipped.bytesPerSample, raw.bytesPerSample);
    row("bytes/metric-sample, 10 Hz (comp. / raw)", m, "- / <= 2 (compressed)");
    std::snprintf(m, sizeof m, "%.2f / %.2f MB", zipped.bytesPerAgentHour10Hz / 1e6, raw.bytesPerAgentHour10Hz / 1e6);
    row("per agent-hour, 10 Hz (comp. / raw)", m, "");
    std::snprintf(m, sizeof m, "%.1f MB, %.2f B/sample", static_cast<double>(built.fileBytes) / 1e6,
                  hourBytesPerTick / (static_cast<double>(agents) * kMetricsPerAgent));
    row("1 h at 1 Hz file (compressed)", m, "- / <= 2 B/sample");
    std::snprintf(m, sizeof m, "%.2f MB", static_cast<double>(built.fileBytes) / agents / 1e6);
    row("  per agent-hour at 1 Hz", m, "");
    std::snprintf(m, sizeof m, "%.1f s", built.seconds);
    row("  build time (sim + write)", m, "");
    std::snprintf(m, sizeof m, "%.1f ms (cold %.1f ms)", median(readerWarm), median(readerCold));
    row("SessionReader::open 1 h (median)", m, "< 1 s / <= 100 ms");
    std::snprintf(m, sizeof m, "%.1f ms", median(replayerOpen));
    row("Replayer::open 1 h incl. first state", m, "< 1 s / <= 100 ms");
    std::snprintf(m, sizeof m, "%.1f / %.1f / %.1f ms", median(seekWall), pct(seekWall, 0.95), maxOf(seekWall));
    row("seek, random, wall (med / p95 / max)", m, "< 50 ms / <= 10 ms");
    std::snprintf(m, sizeof m, "%.1f / %.1f / %.1f ms", median(seekThread), pct(seekThread, 0.95), maxOf(seekThread));
    row("seek, random, lastSeekMs (med/p95/max)", m, "< 50 ms / <= 10 ms");
    std::snprintf(m, sizeof m, "%.1f ms", median(endWall));
    row("seek to the end, wall (median)", m, "< 50 ms / <= 10 ms");
    std::snprintf(m, sizeof m, "%.0f ticks/s = %.0fx (1 Hz)", replayTicksPerS, replayTicksPerS);
    row("replay at max speed", m, "");
    std::printf("\ntotal run time %.0f s\n", nowS() - programStart);
    return 0;
}
