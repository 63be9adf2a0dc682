#pragma once
// Shared look of severities (1 info, 2 warning, 3 critical).

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

} // namespace omega::widgets
