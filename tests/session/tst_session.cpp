// Session files: record -> replay is exact, seeking restores the state, a killed recorder leaves a
// readable file, damaged / foreign / newer files give clear errors, a full disk stops recording cleanly.

#include "model/ingest_pipeline.h"
#include "session/payload_codec.h"
#include "session/replayer.h"
#include "session/session_reader.h"
#include "session/session_writer.h"
#include "sim/sim_server.h"
#include "transport/telemetry_subscriber.h"
#include "damage_frame.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <map>

using namespace omega;

namespace {
struct Recorded {
    std::map<std::int64_t, model::SnapshotPtr> bySimTime;   // snapshots right after chosen ticks
    std::map<std::int64_t, std::int64_t> wallOfSim;         // tick sim time -> receive time
    model::SnapshotPtr last;
};

// Runs the simulator for `simSeconds` over tcp loopback and records everything into `path`.
Recorded recordRun(const QString& path, double simSeconds, double speed = 20.0)
{
    Recorded rec;
    sim::SimulatorServer::Options so;
    so.telemetryEndpoint = so.controlEndpoint = "tcp://127.0.0.1:*";
    so.speed = speed;
    so.durationS = simSeconds;
    sim::SimulatorServer server(sim::Scenario::referenceDefault(), so);
    if (!server.bind())
        return rec;
    model::IngestPipeline::Options po;
    po.snapshotIntervalUs = 0;   // a snapshot after every frame: we can pick exact ticks
    model::IngestPipeline pipeline(po);
    session::SessionWriter::Options wo;
    wo.path = path;
    QString error;
    std::shared_ptr<session::SessionWriter> writer = session::SessionWriter::start(wo, &error);
    if (!writer)
        qFatal("cannot record: %s", qPrintable(error));
    pipeline.setFrameTap([&](protocol::Topic t, std::int64_t wall, std::int64_t simUs, const void* d, std::size_t n) {
        writer->append(t, wall, simUs, d, n);
        if (t == protocol::Topic::Tick)
            rec.wallOfSim[simUs] = wall;
    });
    pipeline.setSnapshotListener([&](const model::SnapshotPtr& s) {
        rec.last = s;
        if (s->simTimeUs % 5'000'000 == 0 && s->stats.ticksApplied > 0)
            rec.bySimTime[s->simTimeUs] = s;   // overwritten by later frames of the same tick: keeps the last
    });
    transport::TelemetrySubscriber::Options to;
    to.endpoint = server.telemetryEndpoint();
    to.controlEndpoint = server.controlEndpoint();
    transport::TelemetrySubscriber sub(pipeline, to);
    sub.start();
    QTest::qWait(200);
    server.start();
    if (!QTest::qWaitFor([&] { return server.status().finished; }, 60000))
        qWarning("recordRun: the simulator did not finish in 60 s");
    const auto end = server.status().simTimeUs;
    if (!QTest::qWaitFor([&] { return rec.last && rec.last->simTimeUs == end && rec.last->pools.size() == 2; }, 3000))
        qWarning("recordRun: the last tick did not reach the model in 3 s");
    QTest::qWait(100);
    sub.stop();
    writer->stop();
    pipeline.setFrameTap({});
    pipeline.setSnapshotListener({});
    return rec;
}

// Plays a session file through `pipeline` at full speed; the state at its end, or null with *error.
model::SnapshotPtr replayToEnd(model::IngestPipeline& pipeline, const QString& path, QString* error)
{
    session::Replayer replayer(pipeline);
    if (!replayer.open(path, error))
        return nullptr;
    replayer.setSpeed(0);
    replayer.play();
    if (!QTest::qWaitFor([&] { return replayer.status().atEnd; }, 20000)) {
        *error = QStringLiteral("%1: the replay did not reach its end in 20 s").arg(path);
        return nullptr;
    }
    pipeline.publishNow(protocol::wallClockUs());
    return pipeline.latest();
}

void compareAgents(const model::FleetSnapshot& a, const model::FleetSnapshot& b)
{
    QCOMPARE(a.simTimeUs, b.simTimeUs);
    QVERIFY(a.topology && b.topology);
    QCOMPARE(a.topology->agents, b.topology->agents);
    QCOMPARE(a.agents.state, b.agents.state);
    QCOMPARE(a.agents.completed, b.agents.completed);
    QCOMPARE(a.agents.failed, b.agents.failed);
    QCOMPARE(a.agents.queueDepth, b.agents.queueDepth);
    QCOMPARE(a.agents.inFlight, b.agents.inFlight);
    QCOMPARE(a.agents.latencyP99Ms, b.agents.latencyP99Ms);
    QCOMPARE(a.agents.cpuShare, b.agents.cpuShare);
    QCOMPARE(a.totals.tasksCompleted, b.totals.tasksCompleted);
    QCOMPARE(a.totals.tasksInFlight, b.totals.tasksInFlight);
    QCOMPARE(a.totals.taskLatencyP99Ms, b.totals.taskLatencyP99Ms);
    QCOMPARE(a.configVersion, b.configVersion);
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return path;
}
} // namespace

class TestSession : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_recorded;
    Recorded m_rec;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_recorded = m_dir.filePath(QStringLiteral("run.omega"));
        m_rec = recordRun(m_recorded, 30.0);
        QVERIFY(m_rec.last);
        QVERIFY(m_rec.bySimTime.size() >= 5);
    }

    void fileHasTheFormatMarks()
    {
        QString error;
        auto reader = session::SessionReader::open(m_recorded, &error);
        QVERIFY2(reader, qPrintable(error));
        const auto& s = reader->summary();
        QCOMPARE(s.ticks, std::int64_t(m_rec.wallOfSim.size()));
        QVERIFY(s.topologies >= 1);
        QCOMPARE(s.meta.value(QStringLiteral("format_version")), QString::number(session::kFormatVersion));
        QVERIFY(s.spanUs() > 1'000'000);
        QCOMPARE(s.lastSimUs, m_rec.last->simTimeUs);
        qInfo("%lld ticks, %lld frames, %.1f KB per tick on disk", static_cast<long long>(s.ticks),
              static_cast<long long>(s.frames), double(s.fileBytes) / double(s.ticks) / 1024.0);
    }

    void replayToTheEndIsExact()
    {
        model::IngestPipeline pipeline;
        QString error;
        const auto replayed = replayToEnd(pipeline, m_recorded, &error);
        QVERIFY2(replayed, qPrintable(error));
        compareAgents(*m_rec.last, *replayed);
        // Smoothed rates too: the same frames in the same order give the same numbers.
        QCOMPARE(replayed->agents.throughput, m_rec.last->agents.throughput);
        QCOMPARE(replayed->totals.tasksPerS, m_rec.last->totals.tasksPerS);
        QCOMPARE(replayed->stats.sequence.missedMessages, 0u);
    }

    void ticksAreStoredCompressedAndFormatOneStillReplays()
    {
        // Rewrite a copy the way format 1 stored it (zlib frames, user_version 1), then replay both.
        const QString old = m_dir.filePath(QStringLiteral("format1.omega"));
        QVERIFY(QFile::copy(m_recorded, old));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("format1"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(size), sum(length(payload)) FROM frames WHERE topic = 1 AND codec = 2")));
            QVERIFY(q.next());
            const qlonglong ticks = q.value(0).toLongLong();
            QCOMPARE(ticks, qlonglong(m_rec.wallOfSim.size()));   // every tick went through zstd
            QVERIFY2(q.value(2).toDouble() < 0.5 * q.value(1).toDouble(),
                     qPrintable(QStringLiteral("%1 of %2 bytes").arg(q.value(2).toLongLong()).arg(q.value(1).toLongLong())));
            std::vector<std::pair<qlonglong, QByteArray>> frames;
            QVERIFY(q.exec(QStringLiteral("SELECT id, codec, size, payload FROM frames WHERE codec = 2")));
            while (q.next()) {
                QByteArray payload;
                QVERIFY(session::decompressPayload(q.value(1).toInt(), q.value(2).toInt(), q.value(3).toByteArray(), &payload));
                frames.emplace_back(q.value(0).toLongLong(), qCompress(payload, 1));
            }
            QVERIFY(db.transaction());
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE frames SET codec = 1, payload = ? WHERE id = ?"));
            for (const auto& [id, body] : frames) {
                update.bindValue(0, body);
                update.bindValue(1, id);
                QVERIFY(update.exec());
            }
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'format_version'")));
            QVERIFY(db.commit());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("format1"));
        model::IngestPipeline pipeline;
        QString error;
        const auto replayed = replayToEnd(pipeline, old, &error);
        QVERIFY2(replayed, qPrintable(error));
        compareAgents(*m_rec.last, *replayed);
    }

    void seekRestoresTheStateAtChosenTicks()
    {
        model::IngestPipeline pipeline;
        session::Replayer replayer(pipeline);
        QVERIFY(replayer.open(m_recorded, nullptr));
        // Out of order on purpose: backwards seeks must work as well as forwards ones.
        std::vector<std::int64_t> times;
        for (const auto& [simUs, snap] : m_rec.bySimTime)
            times.push_back(simUs);
        std::reverse(times.begin(), times.end());
        std::swap(times.front(), times.back());
        for (const std::int64_t simUs : times) {
            replayer.seek(m_rec.wallOfSim.at(simUs));
            QVERIFY(replayer.waitIdle(5000));
            const auto s = pipeline.latest();
            QVERIFY(s);
            compareAgents(*m_rec.bySimTime.at(simUs), *s);
            QVERIFY2(replayer.status().lastSeekMs < 1000, qPrintable(QString::number(replayer.status().lastSeekMs)));
        }
    }

    void stepAdvancesOneTick()
    {
        model::IngestPipeline pipeline;
        session::Replayer replayer(pipeline);
        QVERIFY(replayer.open(m_recorded, nullptr));
        const auto first = pipeline.latest()->simTimeUs;
        replayer.step();
        QVERIFY(replayer.waitIdle(5000));
        QCOMPARE(pipeline.latest()->simTimeUs, first + 100'000);
        replayer.step();
        QVERIFY(replayer.waitIdle(5000));
        QCOMPARE(pipeline.latest()->simTimeUs, first + 200'000);
        QVERIFY(!replayer.status().playing);
    }

    void playbackFollowsTheSpeed()
    {
        model::IngestPipeline pipeline;
        session::Replayer replayer(pipeline);
        QVERIFY(replayer.open(m_recorded, nullptr));
        const auto start = replayer.status().positionWallUs;
        replayer.setSpeed(1.0);
        replayer.play();
        QTest::qWait(600);
        replayer.pause();
        const double advanced = double(replayer.status().positionWallUs - start) / 1e6;
        QVERIFY2(advanced > 0.3 && advanced < 0.9, qPrintable(QString::number(advanced)));
    }

    void killedRecorderLeavesAReadableFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.omega"));
        QProcess p;
        p.setProgram(QStringLiteral(OMEGA_WORKBENCH_BIN));
        p.setArguments({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--speed"), QStringLiteral("5"),
                        QStringLiteral("--record"), path});
        p.start();
        QVERIFY(p.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return p.readAllStandardOutput().contains("recorded"); }, 10000));
        QTest::qWait(3500);
        const auto killedAt = protocol::wallClockUs();
        p.kill();   // SIGKILL
        QVERIFY(p.waitForFinished());
        QString error;
        auto reader = session::SessionReader::open(path, &error);
        QVERIFY2(reader, qPrintable(error));
        const auto& s = reader->summary();
        QVERIFY(s.ticks > 20);
        const double lostS = double(killedAt - s.lastWallUs) / 1e6;
        qInfo("killed recorder: %lld ticks kept, last one %.2f s before the kill", static_cast<long long>(s.ticks), lostS);
        QVERIFY2(lostS < 1.0, qPrintable(QString::number(lostS)));
        // The .omega file alone (copied without its -wal, as a user might) holds all but the last
        // checkpoint interval (2 s).
        {
            const QString alone = m_dir.filePath(QStringLiteral("killed-alone.omega"));
            QVERIFY(QFile::copy(path, alone));
            auto copied = session::SessionReader::open(alone, &error);
            QVERIFY2(copied, qPrintable(error));
            const double lostAloneS = double(killedAt - copied->summary().lastWallUs) / 1e6;
            qInfo("killed recorder, .omega alone: %lld ticks kept, last one %.2f s before the kill",
                  static_cast<long long>(copied->summary().ticks), lostAloneS);
            QVERIFY(copied->summary().ticks > 0);
            QVERIFY2(lostAloneS < 3.0, qPrintable(QString::number(lostAloneS)));
        }
        std::vector<session::StoredFrame> frames;
        QVERIFY(reader->framesAfter(0, 1000, frames, &error));
        // The analysis thread's findings were recorded as they appeared: the baseline's full pools.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killed"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT kind, scope, severity, confidence, detail FROM findings ORDER BY id")));
            int saturated = 0;
            while (q.next())
                if (q.value(0).toString() == QLatin1String("saturation") && q.value(1).toString().startsWith(QLatin1String("pool:"))) {
                    ++saturated;
                    QVERIFY(q.value(3).toDouble() > 0);
                    QVERIFY2(q.value(4).toString().contains(QLatin1String("\"waiting\"")), qPrintable(q.value(4).toString()));
                }
            QVERIFY(saturated >= 1);
            db.close();
            const auto markers = reader->markers();
            QVERIFY(std::any_of(markers.begin(), markers.end(), [](const session::TimelineMarker& m) {
                return m.kind == session::TimelineMarker::Kind::Finding && m.text.startsWith(QLatin1String("saturation pool:"));
            }));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("killed"));
    }

    // While recording, the WAL is checkpointed every few seconds: a copy of the .omega file alone
    // (no -wal beside it) opens and holds all but the last seconds. Before, everything could stay in
    // the -wal file until the recording stopped: "damaged file: no such table: meta".
    void copyOfTheFileAloneHoldsAllButTheLastSeconds()
    {
        auto source = session::SessionReader::open(m_recorded, nullptr);
        QVERIFY(source);
        std::vector<session::StoredFrame> frames;
        QString error;
        QVERIFY2(source->framesAfter(0, 2000, frames, &error), qPrintable(error));
        QVERIFY(frames.size() > 300);
        const QString path = m_dir.filePath(QStringLiteral("live.omega"));
        const QString copy = m_dir.filePath(QStringLiteral("live-copy.omega"));
        session::SessionWriter::Options o;
        o.path = path;
        auto writer = session::SessionWriter::start(o, &error);
        QVERIFY2(writer, qPrintable(error));
        // 5 s of a slow feed (frames every 20 ms, far below SQLite's own 1,000-page auto-checkpoint).
        QElapsedTimer clock;
        clock.start();
        std::size_t next = 0;
        while (clock.elapsed() < 5000) {
            const auto& f = frames[next++ % frames.size()];
            writer->append(f.topic, protocol::wallClockUs(), f.simUs, f.payload.constData(), std::size_t(f.payload.size()));
            QTest::qWait(20);
        }
        QVERIFY(writer->stats().state == session::SessionWriter::State::Recording);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));   // really while recording, WAL in use
        // A copy taken while a checkpoint writes pages could mix two states: retried like a user would.
        std::unique_ptr<session::SessionReader> copied;
        std::int64_t copiedAt = 0;
        for (int attempt = 0; attempt < 3 && !copied; ++attempt) {
            QFile::remove(copy);
            copiedAt = protocol::wallClockUs();
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
            copied = session::SessionReader::open(copy, &error);
            if (!copied)
                QTest::qWait(50);
        }
        QVERIFY2(copied, qPrintable(error));
        const auto& s = copied->summary();
        QCOMPARE(s.meta.value(QStringLiteral("format_version")), QStringLiteral("2"));
        QVERIFY(s.frames > 50);
        const double behindS = double(copiedAt - s.lastWallUs) / 1e6;
        qInfo("copy of the .omega alone while recording: %lld frames, the last %.2f s before the copy; %llu checkpoints, "
              "longest %.2f ms", static_cast<long long>(s.frames), behindS,
              static_cast<unsigned long long>(writer->stats().checkpoints), writer->stats().maxCheckpointMs);
        QVERIFY2(behindS < o.checkpointIntervalMs / 1000.0 + 1.0, qPrintable(QString::number(behindS)));
        QVERIFY(writer->stats().checkpoints >= 2);
        std::vector<session::StoredFrame> back;
        QVERIFY2(copied->framesAfter(0, 100000, back, &error), qPrintable(error));
        QCOMPARE(std::int64_t(back.size()), s.frames);
        QVERIFY(std::none_of(back.begin(), back.end(), [](const session::StoredFrame& f) { return f.damaged; }));
        writer->stop();
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void badFilesGiveClearErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "missing" << "no such file";
        QTest::newRow("text") << "text" << "not an SQLite database";
        QTest::newRow("foreign") << "foreign" << "not an Omega session file";
        QTest::newRow("newer") << "newer" << "newer";
        QTest::newRow("truncated") << "truncated" << "";
        QTest::newRow("flipped") << "flipped" << "";
        QTest::newRow("blob") << "blob" << "";   // one compressed tick altered inside a healthy database
    }

    void badFilesGiveClearErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(kind + QStringLiteral(".omega"));
        QFile original(m_recorded);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        if (kind == QLatin1String("text")) {
            writeFile(path, "tick,agent,value\n1,2,3\n" + QByteArray(200, 'x'));
        } else if (kind == QLatin1String("truncated")) {
            writeFile(path, bytes.left(bytes.size() / 2));
        } else if (kind == QLatin1String("flipped")) {
            QByteArray damaged = bytes;
            for (qsizetype i = damaged.size() / 3; i < damaged.size() / 3 + 4096 * 4; i += 7)
                damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
            writeFile(path, damaged);
        } else if (kind == QLatin1String("blob")) {
            writeFile(path, bytes);
            QVERIFY(testing::damageTickFrame(path, 10) != 0);
        } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
            writeFile(path, bytes);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(kind == QLatin1String("foreign") ? QStringLiteral("PRAGMA application_id = 12345")
                                                                : QStringLiteral("PRAGMA user_version = 99")));
                db.close();
            }
            QSqlDatabase::removeDatabase(kind);
        }
        QString error;
        auto reader = session::SessionReader::open(path, &error);
        if (expected.isEmpty()) {
            // Damage inside the data: either opening says so, or reading the frames does. Never a crash.
            if (reader) {
                std::vector<session::StoredFrame> frames;
                std::int64_t cursor = 0;
                bool ok = true;
                while (ok && reader->framesAfter(cursor, 256, frames, &error) && !frames.empty())
                    cursor = frames.back().id;
                ok = error.isEmpty();
                QVERIFY2(!ok, "damage went unnoticed");
            }
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(path), qPrintable(error));
        } else {
            QVERIFY(!reader);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(error.contains(path), qPrintable(error));
        }
        if (kind == QLatin1String("newer"))
            QVERIFY2(error.contains(QStringLiteral("format 99")), qPrintable(error));
        if (kind == QLatin1String("blob"))
            QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        qInfo("%s: %s", qPrintable(kind), qPrintable(error));
    }

    void damagedFrameIsSkippedAndTheRestPlayed()
    {
        // One tick in the middle of the recording altered on disk: every other frame is played,
        // the damaged one is skipped and counted, and the replay reaches the end (before, the whole
        // 128-frame read batch failed and the replay froze there in silence).
        const QString path = m_dir.filePath(QStringLiteral("one-damaged-tick.omega"));
        QVERIFY(QFile::copy(m_recorded, path));
        const auto ticks = static_cast<qlonglong>(m_rec.wallOfSim.size());
        const qlonglong damagedId = testing::damageTickFrame(path, int(ticks / 2));
        QVERIFY(damagedId != 0);

        // The reader hands back the frames around it, the damaged one marked.
        QString error;
        auto reader = session::SessionReader::open(path, &error);
        QVERIFY2(reader, qPrintable(error));
        std::vector<session::StoredFrame> frames;
        QVERIFY(reader->framesAfter(damagedId - 3, 7, frames, &error));
        QCOMPARE(frames.size(), std::size_t(7));
        for (const auto& f : frames) {
            QCOMPARE(f.damaged, f.id == damagedId);
            QCOMPARE(f.payload.isEmpty(), f.id == damagedId);
        }
        QVERIFY2(error.contains(QStringLiteral("frame %1 is damaged").arg(damagedId)), qPrintable(error));
        reader.reset();

        model::IngestPipeline pipeline;
        session::Replayer replayer(pipeline);
        QVERIFY2(replayer.open(path, &error), qPrintable(error));
        replayer.setSpeed(0);
        replayer.play();
        QVERIFY(QTest::qWaitFor([&] { return replayer.status().atEnd; }, 20000));
        const auto st = replayer.status();
        QCOMPARE(st.damagedFrames, std::uint64_t(1));
        QVERIFY2(st.error.contains(QStringLiteral("frame %1 is damaged and was skipped").arg(damagedId)), qPrintable(st.error));
        pipeline.publishNow(protocol::wallClockUs());
        const auto replayed = pipeline.latest();
        // Every tick but the damaged one reached the model, which shows as one lost message.
        QCOMPARE(replayed->stats.ticksApplied, std::uint64_t(ticks - 1));
        QCOMPARE(replayed->stats.sequence.missedMessages, 1u);
        QCOMPARE(replayed->stats.rejectedTotal, 0u);
        compareAgents(*m_rec.last, *replayed);
        // A seek back over it does not count it twice.
        replayer.seek(m_rec.wallOfSim.begin()->second);
        QVERIFY(replayer.waitIdle(5000));
        replayer.play();
        QVERIFY(QTest::qWaitFor([&] { return replayer.status().atEnd; }, 20000));
        QCOMPARE(replayer.status().damagedFrames, std::uint64_t(1));
    }

    void writerRefusesBadPaths()
    {
        QString error;
        session::SessionWriter::Options o;
        o.path = m_recorded;   // exists
        QVERIFY(!session::SessionWriter::start(o, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        o.path = m_dir.filePath(QStringLiteral("no/such/folder/x.omega"));
        QVERIFY(!session::SessionWriter::start(o, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot create")), qPrintable(error));
        QVERIFY(!QFile::exists(o.path));
    }

    void fullDiskStopsRecordingAndKeepsWhatWasWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.omega"));
        session::SessionWriter::Options o;
        o.path = path;
        o.compress = false;
        o.maxFileBytes = 2 << 20;   // the "disk" holds 2 MB
        o.flushIntervalMs = 20;
        QString error;
        auto writer = session::SessionWriter::start(o, &error);
        QVERIFY2(writer, qPrintable(error));
        const QByteArray frame(64 * 1024, 'a');
        for (int i = 0; i < 100 && writer->stats().state == session::SessionWriter::State::Recording; ++i) {
            writer->append(protocol::Topic::Event, i * 1000, i * 1000, frame.constData(), std::size_t(frame.size()));
            QTest::qWait(5);
        }
        QVERIFY(QTest::qWaitFor([&] { return writer->stats().state == session::SessionWriter::State::Failed; }, 5000));
        const auto stats = writer->stats();
        QVERIFY2(stats.error.contains(QStringLiteral("full")), qPrintable(stats.error));
        QVERIFY(stats.framesWritten > 5);
        writer->stop();
        auto reader = session::SessionReader::open(path, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->summary().events, std::int64_t(stats.framesWritten));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
