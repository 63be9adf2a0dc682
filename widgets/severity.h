#pragma once
// Shared look of severities (1 info, 2 warning, 3 critical) and of the fleet's clock in tables.

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <cstdint>

namespace omega::widgets {

inline QString severityText(int level)
{
    switch (level) {
    case 3: return QCoreApplication::translate("Severity", "critical");
    case 2: return QCoreApplication::translate("Severity", "warning");
    default: return QCoreApplication::translate("Severity", "info");
    }
}

inline QColor severityColor(int level)
{
    switch (level) {
    case 3: return {214, 39, 40};
    case 2: return {230, 140, 20};
    default: return {31, 119, 180};
    }
}

// hh:mm:ss of the fleet's own (simulated) time.
inline QString simClockText(std::int64_t us)
{
    const qint64 s = us / 1'000'000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace omega::widgets
