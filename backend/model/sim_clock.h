#pragma once
// The fleet's own (simulated) clock as people read it, for tables, sentences and log lines.

#include <QString>
#include <cstdint>

namespace omega::model {

// hh:mm:ss of the fleet's simulated time.
inline QString simClockText(std::int64_t us)
{
    const qint64 s = us / 1'000'000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace omega::model
