#pragma once
// Gathers what a report shows (report::ReportInput) from a running workbench or from a recording.

#include "report/report_input.h"

#include <QString>

namespace omega::model {
class IngestPipeline;
}

namespace omega::runtime {

class Runtime;

// The fleet's history over the whole run, at the finest resolution that covers it.
void fillFleetSeries(report::ReportInput& input, const model::IngestPipeline& pipeline);
// The run so far: its history, the tuning loop's changes, the models, the publisher's bound.
report::ReportInput runReportInput(Runtime& runtime, double wallSeconds);
// A recording loaded through its own pipeline, with the models fitted from its own telemetry.
// False with *error when it cannot be read.
bool recordingReportInput(const QString& path, report::ReportInput* input, QString* error);

} // namespace omega::runtime
