#pragma once
// What a tuning report shows: the fleet's history over the run, the tuning loop's changes and the
// fitted models. The runtime gathers it (runtime/report_data.h); report_html.h writes it.

#include "analysis/finding.h"
#include "analysis/recommendation.h"
#include "model/timeseries_store.h"
#include "tuning/change.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace omega::report {

struct ReportInput {
    QString source;                          // what was watched
    QDateTime generated;
    double wallSeconds = 0;                  // how long the run took on the clock
    std::vector<model::SeriesPoint> tasksPerS, taskP50Ms, taskP99Ms, failedPerS;   // 1 s buckets
    tuning::TuningViewPtr tuning;            // null: no tuning loop in this run
    analysis::CapacityReportPtr capacity;    // the models at the end
    analysis::AnalysisReportPtr findings;    // the analysis at the end (null: none ran)
    double boundTasksPerS = 0;               // reported by the publisher (0: not reported); judges only
};

} // namespace omega::report
