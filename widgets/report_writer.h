#pragma once
// The tuning report as the workbench writes it: the report's HTML from backend/report with its
// plots drawn by QCustomPlot offscreen (embedded PNG), or PDF through Qt's PDF writer. Headless
// programs write the same HTML with SVG plots (report/svg_plot_renderer.h).
// Draws what it is given; the runtime gathers the data (runtime/report_data.h).

#include "report/report_input.h"

#include <QString>

namespace omega::widgets {

// Writes `path` (.html or .pdf by its suffix). False with *error when it cannot.
bool writeReport(const report::ReportInput& input, const QString& path, QString* error);
// Two runs side by side (.html only); see report::comparisonHtml.
bool writeComparisonReport(const report::ReportInput& before, const report::ReportInput& after, const QString& path, QString* error);
// The HTML alone, with images inline (data: URIs).
QString reportHtml(const report::ReportInput& input);

} // namespace omega::widgets
