#pragma once
// The report's plots described from its data: time plots over simulated seconds with the tuning
// changes marked, and the capacity models' plots. Any PlotRenderer draws them.

#include "analysis/recommendation.h"
#include "model/timeseries_store.h"
#include "report/plot_renderer.h"
#include "tuning/change.h"

#include <vector>

namespace omega::report {

// One series of a time plot: its name, its colour and the store's points (time in µs).
struct SeriesSource {
    QString name;
    const std::vector<model::SeriesPoint>* points = nullptr;
    Rgb colour;
};

// Values against simulated seconds; y from 0 to 1.15 × the largest value (at least 1); every
// applied change of `tuning` (not its rollbacks) marked: green kept, red rolled back, grey otherwise.
TimePlot describeTimePlot(const QString& id, const QString& title, const QString& unit, const std::vector<SeriesSource>& series,
                          const tuning::TuningView* tuning, int width, int height);
// The local pool's stages/s against concurrency with the USL fit and its optimum n* (local), or the
// cloud pool's time per call against items per call with the a + b·B fit.
ModelPlot describeModelPlot(const analysis::CapacityReport& capacity, bool local);

// The palette the report uses.
namespace colours {
inline constexpr Rgb blue{31, 119, 180}, orange{255, 127, 14}, green{44, 160, 44}, red{214, 39, 40};
inline constexpr Rgb kept{46, 125, 50}, rolledBack{198, 40, 40}, otherChange{120, 120, 120};
} // namespace colours

} // namespace omega::report
