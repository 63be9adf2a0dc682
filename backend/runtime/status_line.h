#pragma once
// The headless status line and its parts, and the library versions Help > About shows.

#include "analysis/finding.h"
#include "model/snapshot.h"
#include "tuning/change.h"

#include <QList>
#include <QPair>
#include <QString>

namespace omega::runtime {

// One line describing the fleet and the feed, for headless runs and logs.
// `link` is Runtime::linkName(): "live", "stale", "connecting", "stopped" or "replay".
QString statusLine(const model::FleetSnapshot* snapshot, const QString& link, double wallSeconds);
// The libraries this program runs with (ZeroMQ, SQLite as the session driver sees it, protobuf), for
// Help > About: name and version.
QList<QPair<QString, QString>> libraryVersions();
// The capacity part of a status line: the top recommendation and its predicted throughput, or
// why there is none ("| capacity …"); empty before the first report.
QString capacityStatus(const analysis::AnalysisReport* report);
// The tuning part: "| tuning auto state=verifying kept=5 rolled-back=1 ratio=12.4x of-bound=96%"
// (of-bound only when the publisher reports its bound; the tuner never reads it).
QString tuningStatus(const tuning::TuningView* view, double boundTasksPerS);

} // namespace omega::runtime
