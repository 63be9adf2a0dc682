#pragma once
// Translated texts of a metric's row in the metric table (context "Metric"), for views and log lines.

#include "model/metrics.h"

#include <QCoreApplication>
#include <QString>

namespace omega::model {

inline QString metricText(const char* text)
{
    return text && *text ? QCoreApplication::translate("Metric", text) : QString();
}

// "p99 latency (ms)": for lists and titles.
inline QString metricLabel(Metric m)
{
    return m == Metric::Count ? QString() : metricText(metricInfo(m).label);
}

// "p99 latency": for places that print the unit next to the value.
inline QString metricShortName(Metric m)
{
    return m == Metric::Count ? QString() : metricText(metricInfo(m).name);
}

// "failed/s": the unit after a value; empty for none.
inline QString metricValueUnit(Metric m)
{
    return m == Metric::Count ? QString() : metricText(metricInfo(m).valueUnit);
}

// A group's value of a metric, for views of teams and koshas: the state column of a group is the
// share of its agents that are active, not an agent's state code.
inline QString metricGroupLabel(Metric m)
{
    return m == Metric::State ? QCoreApplication::translate("Metric", "Active agents (%)") : metricLabel(m);
}

} // namespace omega::model
