#pragma once
// Draws the report's plots as inline SVG with Qt Core only: axes with ticks and labels, a light
// grid, the title, a legend, series as polylines, measured windows as points, and dashed vertical
// markers for changes and optima. Text is escaped. Non-finite values are left out of a line.

#include "report/plot_renderer.h"

namespace omega::report {

class SvgPlotRenderer : public PlotRenderer {
public:
    QString timePlot(const TimePlot& plot) override;
    QString modelPlot(const ModelPlot& plot) override;
};

// Tick positions for an axis from `min` to `max`: steps of 1, 2 or 5 × 10^k, about `target` of
// them, all within the range; `decimals` is how many a label needs.
struct Ticks {
    std::vector<double> values;
    int decimals = 0;
};
Ticks niceTicks(double min, double max, int target);

} // namespace omega::report
