#pragma once
// A run without a window, shared by omega-headless and omega-workbench's headless mode: one status
// line per second on stdout (fleet, recording, alerts, findings, capacity, tuning, replay), the
// tuning loop's kill switch on SIGUSR1, quitting after a duration or at the end of a replay, and
// the report when quitting; or two recordings compared into a report. The app parses options.

#include "report/report_input.h"
#include "runtime/runtime.h"

#include <QString>
#include <QStringList>
#include <functional>

class QCoreApplication;

namespace omega::runtime {

// Writes a report to a path; false with *error when it cannot.
using ReportWriter = std::function<bool(const report::ReportInput& input, const QString& path, QString* error)>;

struct HeadlessOptions {
    QString program = QStringLiteral("omega-headless");   // the name messages start with
    QString why;                          // said in the first line ("no display"); may be empty
    Runtime::Options runtime;
    double durationS = 0;                 // quit after this long (0: until interrupted, or a replay's end)
    QString report;                       // write the run's report here when quitting
    QStringList compare;                  // two recordings (before, after): compare them into `report`, then exit
    ReportWriter writeReport;             // null: HTML with SVG plots (writeSvgReport)
};

// The report as HTML with inline SVG plots; a .pdf path is refused.
bool writeSvgReport(const report::ReportInput& input, const QString& path, QString* error);

// Runs until the duration is over, the replay has ended or the application quits; writes the
// report then. With `compare` set, compares the two recordings instead. The exit code.
int runHeadless(QCoreApplication& app, const HeadlessOptions& options);

} // namespace omega::runtime
