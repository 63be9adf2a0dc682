#include "session/session_reader.h"

#include "session/payload_codec.h"

#include "protocol/telemetry.pb.h"

#include <QFile>
#include <QFileInfo>
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
    return QStringLiteral("omega-session-reader-%1").arg(counter.fetch_add(1));
}

constexpr qint64 kQuickCheckMaxBytes = 32 << 20;

bool isSqliteFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

std::unique_ptr<SessionReader> SessionReader::open(const QString& path, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (!info.isFile() || !info.isReadable())
        return fail(QStringLiteral("not a readable file"));
    if (info.size() < 100 || !isSqliteFile(path))
        return fail(QStringLiteral("not an Omega session file (not an SQLite database)"));

    std::unique_ptr<SessionReader> r(new SessionReader);
    r->m_connection = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), r->m_connection);
    db.setDatabaseName(path);
    // Read-write so SQLite can recover a write-ahead log left by a recorder that was killed;
    // nothing is written by this reader.
    if (!db.open()) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return fail(QStringLiteral("cannot open: %1").arg(db.lastError().text().trimmed()));
    }
    QSqlQuery q(db);
    auto scalar = [&](const QString& sql, bool* ok) -> QVariant {
        *ok = q.exec(sql) && q.next();
        return *ok ? q.value(0) : QVariant();
    };
    bool ok = false;
    const int appId = scalar(QStringLiteral("PRAGMA application_id"), &ok).toInt();
    if (!ok)
        return fail(QStringLiteral("damaged file: %1").arg(q.lastError().text().trimmed()));
    if (appId != kApplicationId)
        return fail(QStringLiteral("not an Omega session file (application id 0x%1, expected 0x%2)")
                        .arg(static_cast<quint32>(appId), 8, 16, QLatin1Char('0'))
                        .arg(static_cast<quint32>(kApplicationId), 8, 16, QLatin1Char('0')));
    const int version = scalar(QStringLiteral("PRAGMA user_version"), &ok).toInt();
    if (version > kFormatVersion)
        return fail(QStringLiteral("written by a newer Omega Workbench (session format %1); this version reads format %2 and older")
                        .arg(version)
                        .arg(kFormatVersion));
    if (version < 1)
        return fail(QStringLiteral("unknown session format version %1").arg(version));
    // A full page check reads the whole file: worth it for small files, too slow to open an hour
    // of telemetry in under a second. Larger files are checked frame by frame as they are read.
    if (info.size() <= kQuickCheckMaxBytes) {
        const QString check = scalar(QStringLiteral("PRAGMA quick_check"), &ok).toString();
        if (!ok || check != QLatin1String("ok"))
            return fail(QStringLiteral("damaged file (integrity check: %1)").arg(ok ? check : q.lastError().text().trimmed()));
    }

    SessionSummary& s = r->m_summary;
    s.path = path;
    s.fileBytes = info.size();
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return fail(QStringLiteral("damaged file: %1").arg(q.lastError().text().trimmed()));
    while (q.next())
        s.meta.insert(q.value(0).toString(), q.value(1).toString());
    // Counts and span from the (topic, wall_us) index alone: no table scan.
    if (!q.exec(QStringLiteral("SELECT topic, COUNT(*), MIN(wall_us), MAX(wall_us) FROM frames INDEXED BY frames_by_topic_time GROUP BY topic")))
        return fail(QStringLiteral("damaged file: %1").arg(q.lastError().text().trimmed()));
    bool any = false;
    while (q.next()) {
        const int topic = q.value(0).toInt();
        const std::int64_t count = q.value(1).toLongLong();
        const std::int64_t first = q.value(2).toLongLong(), last = q.value(3).toLongLong();
        s.frames += count;
        if (topic == static_cast<int>(protocol::Topic::Tick)) s.ticks = count;
        if (topic == static_cast<int>(protocol::Topic::Topo)) s.topologies = count;
        if (topic == static_cast<int>(protocol::Topic::Event)) s.events = count;
        s.firstWallUs = any ? std::min(s.firstWallUs, first) : first;
        s.lastWallUs = any ? std::max(s.lastWallUs, last) : last;
        any = true;
    }
    if (s.ticks > 0) {
        if (q.exec(QStringLiteral("SELECT sim_us FROM frames WHERE topic = 1 ORDER BY wall_us, id LIMIT 1")) && q.next())
            s.firstSimUs = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("SELECT sim_us FROM frames WHERE topic = 1 ORDER BY wall_us DESC, id DESC LIMIT 1")) && q.next())
            s.lastSimUs = q.value(0).toLongLong();
    }
    return r;
}

SessionReader::~SessionReader()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SessionReader::decode(StoredFrame& f, int codec, int size, const QByteArray& body, QString* error) const
{
    if (codec != static_cast<int>(Codec::Raw) && codec != static_cast<int>(Codec::Zlib) && codec != static_cast<int>(Codec::Zstd)) {
        if (error)
            *error = QStringLiteral("%1: frame %2 has an unknown codec %3").arg(m_summary.path).arg(f.id).arg(codec);
        return false;
    }
    if (!decompressPayload(codec, size, body, &f.payload)) {
        if (error)
            *error = QStringLiteral("%1: frame %2 is damaged (%3 bytes instead of %4)")
                         .arg(m_summary.path).arg(f.id).arg(f.payload.size()).arg(size);
        return false;
    }
    return true;
}

bool SessionReader::framesAfter(std::int64_t afterId, int max, std::vector<StoredFrame>& out, QString* error)
{
    out.clear();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, topic, wall_us, sim_us, codec, size, payload FROM frames WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(static_cast<qlonglong>(afterId));
    q.addBindValue(max);
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_summary.path, q.lastError().text().trimmed());
        return false;
    }
    while (q.next()) {
        StoredFrame f;
        f.id = q.value(0).toLongLong();
        const int topic = q.value(1).toInt();
        f.topic = topic >= 0 && topic < protocol::kTopicCount ? static_cast<protocol::Topic>(topic) : protocol::Topic::Unknown;
        f.wallUs = q.value(2).toLongLong();
        f.simUs = q.value(3).toLongLong();
        if (!decode(f, q.value(4).toInt(), q.value(5).toInt(), q.value(6).toByteArray(), error)) {
            f.damaged = true;
            f.payload.clear();
        }
        out.push_back(std::move(f));
    }
    return true;
}

bool SessionReader::frame(std::int64_t id, StoredFrame& out, QString* error)
{
    std::vector<StoredFrame> one;
    if (!framesAfter(id - 1, 1, one, error))
        return false;
    if (one.empty() || one.front().id != id) {
        if (error)
            *error = QStringLiteral("%1: frame %2 is missing").arg(m_summary.path).arg(id);
        return false;
    }
    out = std::move(one.front());
    return true;
}

std::int64_t SessionReader::tickAtOrBefore(std::int64_t wallUs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM frames WHERE topic = 1 AND wall_us <= ? ORDER BY wall_us DESC, id DESC LIMIT 1"));
    q.addBindValue(static_cast<qlonglong>(wallUs));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    // Before the first tick: start at the first one.
    if (q.exec(QStringLiteral("SELECT id FROM frames WHERE topic = 1 ORDER BY wall_us, id LIMIT 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::int64_t SessionReader::tickBefore(std::int64_t tickId, int count)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM frames WHERE topic = 1 AND id < ? ORDER BY id DESC LIMIT 1 OFFSET ?"));
    q.addBindValue(static_cast<qlonglong>(tickId));
    q.addBindValue(std::max(0, count - 1));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT MIN(id) FROM frames WHERE topic = 1")) && q.next())
        return std::min<std::int64_t>(q.value(0).toLongLong(), tickId);
    return tickId;
}

std::int64_t SessionReader::topologyAtOrBefore(std::int64_t frameId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT MAX(id) FROM frames WHERE topic = 0 AND id <= ?"));
    q.addBindValue(static_cast<qlonglong>(frameId));
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return 0;
}

std::vector<TimelineMarker> SessionReader::markers()
{
    std::vector<TimelineMarker> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT id, wall_us, codec, size, payload FROM frames WHERE topic = 3 ORDER BY id"))) {
        while (q.next()) {
            StoredFrame f;
            f.id = q.value(0).toLongLong();
            if (!decode(f, q.value(2).toInt(), q.value(3).toInt(), q.value(4).toByteArray(), nullptr))
                continue;
            omega::v1::Event ev;
            if (!ev.ParseFromArray(f.payload.constData(), static_cast<int>(f.payload.size())))
                continue;
            const bool tuning = ev.kind().rfind("config.", 0) == 0;
            out.push_back({q.value(1).toLongLong(), tuning ? TimelineMarker::Kind::Tuning : TimelineMarker::Kind::Event,
                           static_cast<int>(ev.severity()), QString::fromStdString(ev.text())});
        }
    }
    if (q.exec(QStringLiteral("SELECT wall_us, severity, rule || ' ' || scope || ' ' || state FROM alerts ORDER BY id"))) {
        while (q.next())
            out.push_back({q.value(0).toLongLong(), TimelineMarker::Kind::Alert, q.value(1).toInt(), q.value(2).toString()});
    }
    if (q.exec(QStringLiteral("SELECT wall_us, severity, kind || ' ' || scope FROM findings ORDER BY id"))) {
        while (q.next())
            out.push_back({q.value(0).toLongLong(), TimelineMarker::Kind::Finding, q.value(1).toInt(), q.value(2).toString()});
    }
    if (q.exec(QStringLiteral("SELECT wall_us, transition || ': ' || COALESCE(reason, '') FROM tuning_audit ORDER BY id"))) {
        while (q.next())
            out.push_back({q.value(0).toLongLong(), TimelineMarker::Kind::Tuning, 0, q.value(1).toString()});
    }
    std::sort(out.begin(), out.end(), [](const TimelineMarker& a, const TimelineMarker& b) { return a.wallUs < b.wallUs; });
    return out;
}

} // namespace omega::session
