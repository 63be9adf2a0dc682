#pragma once
// Alters one compressed tick frame of a session file in place, as disk damage would: single bits
// in the middle of its blob, so its stored size stays plausible. Used by the session and CLI tests.

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace omega::testing {

// The `offset`-th zstd tick frame (0-based); returns its id, or 0 if there is none or the file
// cannot be changed.
inline qlonglong damageTickFrame(const QString& path, int offset)
{
    const QString connection = QStringLiteral("damage-") + path;
    qlonglong id = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT id, payload FROM frames WHERE topic = 1 AND codec = 2 ORDER BY id LIMIT 1 OFFSET %1")
                           .arg(offset))
                && q.next()) {
                const qlonglong found = q.value(0).toLongLong();
                QByteArray blob = q.value(1).toByteArray();
                for (qsizetype i = blob.size() / 2; i < blob.size() / 2 + 64 && i < blob.size(); i += 8)
                    blob[i] = static_cast<char>(blob[i] ^ 0x01);
                q.prepare(QStringLiteral("UPDATE frames SET payload = ? WHERE id = ?"));
                q.bindValue(0, blob);
                q.bindValue(1, found);
                if (q.exec())
                    id = found;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return id;
}

} // namespace omega::testing
