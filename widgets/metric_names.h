#pragma once
// Translated texts of a metric's row in the metric table (context "Metric").

#include "model/metrics.h"

#include <QCoreApplication>
#include <QString>

namespace omega::widgets {

inline QString metricText(const char* text)
{
    return text && *text ? QCoreApplication::translate("Metric", text) : QString();
}

// "p99 latency (ms)": for lists and titles.
inline QString metricLabel(model::Metric m)
{
    return m == model::Metric::Count ? QString() : metricText(model::metricInfo(m).label);
}

// "p99 latency": for places that print the unit next to the value.
inline QString metricShortName(model::Metric m)
{
    return m == model::Metric::Count ? QString() : metricText(model::metricInfo(m).name);
}

// "failed/s": the unit after a value; empty for none.
inline QString metricValueUnit(model::Metric m)
{
    return m == model::Metric::Count ? QString() : metricText(model::metricInfo(m).valueUnit);
}

} // namespace omega::widgets
