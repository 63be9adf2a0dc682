#include "tuning/audit_log.h"

#include "protocol/codec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>
#include <atomic>

namespace omega::tuning {

namespace {
std::atomic<int> g_connections{0};

QString verdictOf(const Change& c)
{
    return isFinal(c.state) ? QString::fromLatin1(stateKey(c.state)) : QString();
}
} // namespace

AuditLog::AuditLog() : m_connection(QStringLiteral("omega-audit-%1").arg(++g_connections)) {}

AuditLog::~AuditLog()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString AuditLog::defaultPath()
{
    // One audit log for the window and omega-headless (each has its own application name): the
    // workbench's data folder, e.g. ~/.local/share/Omega/omega-workbench.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString base = dir.isEmpty() ? QDir::homePath() : dir;
    return QDir(base).filePath(QStringLiteral("Omega/omega-workbench/tuning-history.sqlite"));
}

bool AuditLog::open(const QString& path, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open the tuning history %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
                    && q.exec(QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS tuning_audit ("
                        " id INTEGER PRIMARY KEY, wall_us INTEGER NOT NULL, sim_us INTEGER NOT NULL,"
                        " change_id INTEGER NOT NULL, actor TEXT NOT NULL, state TEXT NOT NULL, reason TEXT,"
                        " knobs_from TEXT, knobs_to TEXT, predicted_tasks_per_s REAL, predicted_low REAL,"
                        " predicted_high REAL, predicted_p99_ms REAL, before_tasks_per_s REAL,"
                        " after_tasks_per_s REAL, before_p99_ms REAL, after_p99_ms REAL, verdict TEXT)"));
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1 is not a tuning history: %2").arg(path, q.lastError().text());
        db.close();
        return false;
    }
    m_path = path;
    return true;
}

bool AuditLog::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QString AuditLog::knobsJson(const model::KnobSettings& k)
{
    QJsonObject o{{QStringLiteral("version"), static_cast<double>(k.version)},
                  {QStringLiteral("local_limit"), static_cast<int>(k.localLimit)},
                  {QStringLiteral("cloud_limit"), static_cast<int>(k.cloudLimit)},
                  {QStringLiteral("cloud_batch"), static_cast<int>(k.cloudBatch)},
                  {QStringLiteral("bulk_local_share"), k.bulkLocalShare}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool AuditLog::append(const Change& c, const QString& reason, std::int64_t simUs, QString* error)
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO tuning_audit (wall_us, sim_us, change_id, actor, state, reason, knobs_from, knobs_to,"
        " predicted_tasks_per_s, predicted_low, predicted_high, predicted_p99_ms, before_tasks_per_s,"
        " after_tasks_per_s, before_p99_ms, after_p99_ms, verdict)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(static_cast<qlonglong>(protocol::wallClockUs()));
    q.addBindValue(static_cast<qlonglong>(simUs));
    q.addBindValue(static_cast<qulonglong>(c.id));
    q.addBindValue(QString::fromLatin1(actorKey(c.actor)));
    q.addBindValue(QString::fromLatin1(stateKey(c.state)));
    q.addBindValue(reason);
    q.addBindValue(knobsJson(c.from));
    q.addBindValue(knobsJson(c.to));
    q.addBindValue(c.predicted.tasksPerS.value);
    q.addBindValue(c.predicted.tasksPerS.low);
    q.addBindValue(c.predicted.tasksPerS.high);
    q.addBindValue(c.predicted.p99Ms);
    q.addBindValue(c.verdict.beforeTasksPerS);
    q.addBindValue(c.verdict.afterTasksPerS);
    q.addBindValue(c.verdict.beforeP99Ms);
    q.addBindValue(c.verdict.afterP99Ms);
    q.addBindValue(verdictOf(c));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

std::vector<AuditRow> AuditLog::rows() const
{
    std::vector<AuditRow> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT wall_us, sim_us, change_id, actor, state, reason, knobs_from, knobs_to,"
                               " predicted_tasks_per_s, predicted_low, predicted_high, predicted_p99_ms,"
                               " before_tasks_per_s, after_tasks_per_s, before_p99_ms, after_p99_ms, verdict"
                               " FROM tuning_audit ORDER BY id")))
        return out;
    while (q.next()) {
        AuditRow r;
        r.wallUs = q.value(0).toLongLong();
        r.simUs = q.value(1).toLongLong();
        r.changeId = q.value(2).toULongLong();
        r.actor = q.value(3).toString();
        r.state = q.value(4).toString();
        r.reason = q.value(5).toString();
        r.from = q.value(6).toString();
        r.to = q.value(7).toString();
        r.predictedTasksPerS = q.value(8).toDouble();
        r.predictedLow = q.value(9).toDouble();
        r.predictedHigh = q.value(10).toDouble();
        r.predictedP99Ms = q.value(11).toDouble();
        r.beforeTasksPerS = q.value(12).toDouble();
        r.afterTasksPerS = q.value(13).toDouble();
        r.beforeP99Ms = q.value(14).toDouble();
        r.afterP99Ms = q.value(15).toDouble();
        r.verdict = q.value(16).toString();
        out.push_back(std::move(r));
    }
    return out;
}

bool AuditLog::exportCsv(const QString& path, QString* error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    QTextStream out(&f);
    auto quote = [](QString s) { return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    out << "wall_us,sim_us,change_id,actor,state,reason,knobs_from,knobs_to,predicted_tasks_per_s,predicted_low,"
           "predicted_high,predicted_p99_ms,before_tasks_per_s,after_tasks_per_s,before_p99_ms,after_p99_ms,verdict\n";
    for (const AuditRow& r : rows())
        out << r.wallUs << ',' << r.simUs << ',' << r.changeId << ',' << r.actor << ',' << r.state << ','
            << quote(r.reason) << ',' << quote(r.from) << ',' << quote(r.to) << ',' << r.predictedTasksPerS << ','
            << r.predictedLow << ',' << r.predictedHigh << ',' << r.predictedP99Ms << ',' << r.beforeTasksPerS << ','
            << r.afterTasksPerS << ',' << r.beforeP99Ms << ',' << r.afterP99Ms << ',' << r.verdict << '\n';
    return true;
}

} // namespace omega::tuning
