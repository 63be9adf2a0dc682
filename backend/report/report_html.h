#pragma once
// The tuning report as self-contained HTML: baseline against tuned throughput, p50/p99 and failed
// tasks over time with every change marked, the audit trail, the findings at the end of the run,
// the fitted models with their plots, the ratio to the baseline and to the publisher's bound, and
// how long it took. The plots come from a PlotRenderer (inline SVG here, PNG images in the
// workbench). Qt Core only.

#include "report/plot_renderer.h"
#include "report/report_input.h"

#include <QString>

namespace omega::report {

// The report's HTML.
QString reportHtml(const ReportInput& input, PlotRenderer& plots);
// Two runs side by side (e.g. recordings before and after tuning): the figures of each, their
// ratio, both runs' throughput and p99 on one time axis, and the knobs and optimum of each.
QString comparisonHtml(const ReportInput& before, const ReportInput& after, PlotRenderer& plots);

// True when `path` asks for a PDF (by its suffix).
bool isPdfPath(const QString& path);
// Writes the report as HTML to `path`; a .pdf path is refused (the workbench writes PDF).
// False with *error when it cannot.
bool writeHtmlReport(const ReportInput& input, const QString& path, PlotRenderer& plots, QString* error);
// Writes the comparison to `path`, which must end in .html. False with *error when it cannot.
bool writeHtmlComparison(const ReportInput& before, const ReportInput& after, const QString& path, PlotRenderer& plots,
                         QString* error);

} // namespace omega::report
