#pragma once
// The tuning report: baseline against tuned throughput, p50/p99 and failed tasks over time with
// every change marked, the audit trail, the fitted models with their plots, the ratio to the
// baseline and to the publisher's bound, and how long it took. Self-contained HTML (plots as
// embedded PNG drawn with QCustomPlot offscreen) or PDF through Qt's PDF writer.
// Draws what it is given; the app gathers the data.

#include "analysis/recommendation.h"
#include "model/timeseries_store.h"
#include "tuning/change.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace omega::widgets {

struct ReportInput {
    QString source;                          // what was watched
    QDateTime generated;
    double wallSeconds = 0;                  // how long the run took on the clock
    std::vector<model::SeriesPoint> tasksPerS, taskP50Ms, taskP99Ms, failedPerS;   // 1 s buckets
    tuning::TuningViewPtr tuning;            // null: no tuning loop in this run
    analysis::CapacityReportPtr capacity;    // the models at the end
    double boundTasksPerS = 0;               // reported by the publisher (0: not reported); judges only
};

// Writes `path` (.html or .pdf by its suffix). False with *error when it cannot.
bool writeReport(const ReportInput& input, const QString& path, QString* error);
// Two runs side by side (e.g. recordings before and after tuning): the figures of each, their
// ratio, both runs' throughput and latency on one time axis, and the models fitted from each.
bool writeComparisonReport(const ReportInput& before, const ReportInput& after, const QString& path, QString* error);
// The HTML alone, with images inline (data: URIs).
QString reportHtml(const ReportInput& input);

} // namespace omega::widgets
