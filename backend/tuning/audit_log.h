#pragma once
// Every transition of every change, in SQLite: who (person or auto), when (wall and simulated
// time), why, the change, the predicted and measured numbers, the verdict. The local history
// database by default (the platform's application data folder); any file for tests and exports.
// One owner thread (a Qt Sql connection belongs to the thread that opened it).

#include "tuning/change.h"

#include <QString>
#include <vector>

namespace omega::tuning {

struct AuditRow {
    std::int64_t wallUs = 0, simUs = 0;
    std::uint64_t changeId = 0;
    QString actor, state, reason, from, to;   // from/to: knobs as JSON
    double predictedTasksPerS = 0, predictedLow = 0, predictedHigh = 0, predictedP99Ms = 0;
    double beforeTasksPerS = 0, afterTasksPerS = 0, beforeP99Ms = 0, afterP99Ms = 0;
    QString verdict;                          // "kept", "rolled_back", ... when final
};

class AuditLog {
public:
    AuditLog();
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    bool open(const QString& path, QString* error);   // creates the table when new
    bool isOpen() const;
    QString path() const { return m_path; }
    bool append(const Change& change, const QString& reason, std::int64_t simUs, QString* error = nullptr);
    std::vector<AuditRow> rows() const;
    // Writes every row as CSV (header first); false with *error if the file cannot be written.
    bool exportCsv(const QString& path, QString* error) const;

    static QString knobsJson(const model::KnobSettings& k);
    static QString defaultPath();   // <data>/Omega/omega-workbench/tuning-history.sqlite, shared by both programs

private:
    QString m_connection, m_path;
};

} // namespace omega::tuning
