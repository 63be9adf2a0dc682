#pragma once
// Translated names of the metrics views can show.

#include "model/rollup.h"

#include <QCoreApplication>
#include <QString>

namespace omega::widgets {

inline QString metricLabel(model::Metric m)
{
    switch (m) {
    case model::Metric::LatencyP99: return QCoreApplication::translate("Metric", "p99 latency (ms)");
    case model::Metric::QueueDepth: return QCoreApplication::translate("Metric", "Queue depth");
    case model::Metric::Utilisation: return QCoreApplication::translate("Metric", "Utilisation (%)");
    case model::Metric::ErrorRate: return QCoreApplication::translate("Metric", "Errors/s");
    case model::Metric::Throughput: return QCoreApplication::translate("Metric", "Throughput (stages/s)");
    case model::Metric::State: return QCoreApplication::translate("Metric", "State");
    case model::Metric::Count: break;
    }
    return {};
}

} // namespace omega::widgets
