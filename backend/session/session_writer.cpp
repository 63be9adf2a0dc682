#include "session/session_writer.h"

#include "session/payload_codec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace omega::session {

namespace {
QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("omega-session-writer-%1").arg(counter.fetch_add(1));
}

QString sqlError(const QSqlQuery& q)
{
    return q.lastError().text().trimmed();
}
} // namespace

SessionWriter::SessionWriter(Options options) : m_options(std::move(options)) {}

std::unique_ptr<SessionWriter> SessionWriter::start(const Options& options, QString* error)
{
    const QFileInfo info(options.path);
    if (options.path.isEmpty()) {
        if (error)
            *error = QStringLiteral("no file name given for the recording");
        return nullptr;
    }
    if (info.exists() && !options.overwrite) {
        if (error)
            *error = QStringLiteral("%1 already exists; choose another name").arg(options.path);
        return nullptr;
    }
    if (info.exists()) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(options.path + suffix);
    }
    std::unique_ptr<SessionWriter> w(new SessionWriter(options));
    std::promise<QString> opened;
    auto result = opened.get_future();
    w->m_stats.state = State::Recording;
    w->m_thread = std::thread([raw = w.get(), &opened] { raw->run(&opened); });
    const QString failure = result.get();
    if (!failure.isEmpty()) {
        w->m_thread.join();
        // Leave nothing half-made behind.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(options.path + suffix);
        if (error)
            *error = failure;
        return nullptr;
    }
    return w;
}

SessionWriter::~SessionWriter()
{
    stop();
}

void SessionWriter::append(protocol::Topic topic, std::int64_t wallUs, std::int64_t simUs, const void* payload,
                           std::size_t size)
{
    std::lock_guard lock(m_mutex);
    if (m_stats.state != State::Recording || m_stopping)
        return;
    m_stats.bytesIn += size;
    if (m_pendingBytes + size > m_options.maxPendingBytes) {
        ++m_stats.framesDropped;
        return;
    }
    m_queue.push_back({topic, wallUs, simUs, QByteArray(static_cast<const char*>(payload), static_cast<qsizetype>(size))});
    m_pendingBytes += size;
}

void SessionWriter::appendAlert(std::int64_t wallUs, std::int64_t simUs, const QString& rule, const QString& scope,
                                int severity, const QString& state, const QString& detail)
{
    appendSide(SideTable::Alerts, {static_cast<qlonglong>(wallUs), static_cast<qlonglong>(simUs), rule, scope, severity, state, detail});
}

void SessionWriter::appendFinding(std::int64_t wallUs, std::int64_t simUs, const QString& kind, const QString& scope,
                                  int severity, double confidence, const QString& detail)
{
    appendSide(SideTable::Findings,
               {static_cast<qlonglong>(wallUs), static_cast<qlonglong>(simUs), kind, scope, severity, confidence, detail});
}

void SessionWriter::appendTuning(std::int64_t wallUs, std::int64_t simUs, const QString& actor, const QString& transition,
                                 std::uint64_t configVersion, const QString& reason, const QString& detail)
{
    appendSide(SideTable::Tuning, {static_cast<qlonglong>(wallUs), static_cast<qlonglong>(simUs), actor, transition,
                                   static_cast<qulonglong>(configVersion), reason, detail});
}

void SessionWriter::appendSide(SideTable table, QVariantList values)
{
    std::lock_guard lock(m_mutex);
    if (m_stats.state != State::Recording || m_stopping)
        return;
    m_sideRows.push_back({table, std::move(values)});
}

void SessionWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

SessionWriter::Stats SessionWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void SessionWriter::run(std::promise<QString>* opened)
{
    const QString name = uniqueConnectionName();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_options.path);
        if (!db.open()) {
            failure = QStringLiteral("cannot create %1: %2").arg(m_options.path, db.lastError().text().trimmed());
        } else {
            QSqlQuery q(db);
            QStringList setup = {
                QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                QStringLiteral("PRAGMA user_version = %1").arg(kFormatVersion),
                QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA synchronous = NORMAL"),
            };
            if (m_options.maxFileBytes > 0)
                setup.append(QStringLiteral("PRAGMA max_page_count = %1").arg(std::max<std::int64_t>(16, m_options.maxFileBytes / 4096)));
            for (const QString& sql : setup) {
                if (!q.exec(sql)) {
                    failure = QStringLiteral("cannot create %1: %2").arg(m_options.path, sqlError(q));
                    break;
                }
            }
            if (failure.isEmpty()) {
                db.transaction();
                for (const char* sql : kSchema) {
                    if (!q.exec(QString::fromLatin1(sql))) {
                        failure = QStringLiteral("cannot create %1: %2").arg(m_options.path, sqlError(q));
                        break;
                    }
                }
                auto meta = m_options.meta;
                meta.insert(QStringLiteral("format_version"), QString::number(kFormatVersion));
                meta.insert(QStringLiteral("created_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
                for (auto it = meta.cbegin(); failure.isEmpty() && it != meta.cend(); ++it) {
                    q.addBindValue(it.key());
                    q.addBindValue(it.value());
                    if (!q.exec())
                        failure = QStringLiteral("cannot create %1: %2").arg(m_options.path, sqlError(q));
                }
                if (failure.isEmpty() && !db.commit())
                    failure = QStringLiteral("cannot create %1: %2").arg(m_options.path, db.lastError().text().trimmed());
                // The schema and meta into the main file at once: a copy of the .omega alone opens
                // from the first second on.
                if (failure.isEmpty())
                    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            }
        }
        opened->set_value(failure);   // the caller may return now; `opened` is gone after this
        if (failure.isEmpty()) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO frames(topic, wall_us, sim_us, codec, size, payload) VALUES (?, ?, ?, ?, ?, ?)"));
            QSqlQuery insertAlert(db), insertFinding(db), insertTuning(db);
            insertTuning.prepare(QStringLiteral("INSERT INTO tuning_audit(wall_us, sim_us, actor, transition, config_version, reason, detail)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?)"));
            insertAlert.prepare(QStringLiteral(
                "INSERT INTO alerts(wall_us, sim_us, rule, scope, severity, state, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            insertFinding.prepare(QStringLiteral(
                "INSERT INTO findings(wall_us, sim_us, kind, scope, severity, confidence, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            std::deque<Pending> batch;
            std::vector<SideRow> sideRows;
            PayloadCompressor compressor;
            QSqlQuery checkpoint(db);
            QElapsedTimer sinceCheckpoint;
            sinceCheckpoint.start();
            bool uncheckpointed = false;   // committed since the last checkpoint
            bool stopping = false;
            // Between transactions, every few seconds: copy the WAL's frames into the main file
            // (PASSIVE: never waits for a reader, e.g. a replay of this file). SQLite's own
            // auto-checkpoint only runs once the WAL holds 1,000 pages (4 MB), so a slow recording
            // would otherwise live in the -wal file alone until it stops.
            auto maybeCheckpoint = [&] {
                if (stopping || !uncheckpointed || m_options.checkpointIntervalMs < 0
                    || sinceCheckpoint.elapsed() < m_options.checkpointIntervalMs)
                    return;
                QElapsedTimer cp;
                cp.start();
                const bool done = checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                checkpoint.finish();
                sinceCheckpoint.restart();
                uncheckpointed = !done;
                const double ms = static_cast<double>(cp.nsecsElapsed()) / 1e6;
                std::lock_guard lock(m_mutex);
                if (done) {
                    ++m_stats.checkpoints;
                    m_stats.maxCheckpointMs = std::max(m_stats.maxCheckpointMs, ms);
                }
            };
            while (!stopping) {
                {
                    std::unique_lock lock(m_mutex);
                    m_wake.wait_for(lock, std::chrono::milliseconds(m_options.flushIntervalMs), [this] { return m_stopping; });
                    stopping = m_stopping;
                    batch.swap(m_queue);
                    sideRows.swap(m_sideRows);
                    m_pendingBytes = 0;
                }
                if (batch.empty() && sideRows.empty()) {
                    maybeCheckpoint();   // the feed paused: what came before it reaches the main file too
                    continue;
                }
                QElapsedTimer clock;
                clock.start();
                std::uint64_t stored = 0;
                QString error;
                if (!db.transaction())
                    error = db.lastError().text().trimmed();
                for (const Pending& p : batch) {
                    if (!error.isEmpty())
                        break;
                    Codec codec = Codec::Raw;
                    const QByteArray body = m_options.compress ? compressor.compress(p.payload, &codec) : p.payload;
                    insert.bindValue(0, static_cast<int>(p.topic));
                    insert.bindValue(1, static_cast<qlonglong>(p.wallUs));
                    insert.bindValue(2, static_cast<qlonglong>(p.simUs));
                    insert.bindValue(3, static_cast<int>(codec));
                    insert.bindValue(4, static_cast<int>(p.payload.size()));
                    insert.bindValue(5, body);
                    if (!insert.exec())
                        error = sqlError(insert);
                    stored += static_cast<std::uint64_t>(body.size());
                }
                for (const SideRow& row : sideRows) {
                    if (!error.isEmpty())
                        break;
                    QSqlQuery& q = row.table == SideTable::Alerts     ? insertAlert
                                   : row.table == SideTable::Findings ? insertFinding
                                                                      : insertTuning;
                    for (int i = 0; i < row.values.size(); ++i)
                        q.bindValue(i, row.values[i]);
                    if (!q.exec())
                        error = sqlError(q);
                }
                sideRows.clear();
                if (error.isEmpty() && !db.commit())
                    error = db.lastError().text().trimmed();
                {
                    std::lock_guard lock(m_mutex);
                    if (!error.isEmpty()) {
                        // What earlier transactions wrote stays in the file; this batch is rolled back.
                        db.rollback();
                        m_stats.state = State::Failed;
                        m_stats.error = QStringLiteral("recording to %1 stopped: %2").arg(m_options.path, error);
                        m_queue.clear();
                        break;
                    }
                    m_stats.framesWritten += batch.size();
                    m_stats.bytesStored += stored;
                    ++m_stats.transactions;
                    m_stats.maxFlushMs = std::max(m_stats.maxFlushMs, static_cast<double>(clock.nsecsElapsed()) / 1e6);
                }
                batch.clear();
                uncheckpointed = true;
                maybeCheckpoint();
            }
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    std::lock_guard lock(m_mutex);
    if (m_stats.state == State::Recording)
        m_stats.state = State::Stopped;
    if (!failure.isEmpty()) {
        m_stats.state = State::Failed;
        m_stats.error = failure;
    }
}

} // namespace omega::session
