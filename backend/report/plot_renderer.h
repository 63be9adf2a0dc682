#pragma once
// The report's plots as data, and the interface that draws them. The HTML builder
// (report_html.h) describes each plot and asks a PlotRenderer for an HTML fragment: the backend's
// SvgPlotRenderer (svg_plot_renderer.h, Qt Core only) draws inline SVG; the workbench draws PNG
// images with QCustomPlot (widgets/report_writer.cpp).

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace omega::report {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    QString hex() const;   // "#1f77b4"
};

struct PlotPoint {
    double x = 0, y = 0;
};

struct AxisRange {
    double min = 0, max = 1;
};

struct PlotSeries {
    QString name;
    Rgb colour;
    std::vector<PlotPoint> points;   // in x order
};

// A vertical line at x with a short label: a tuning change, or a model's optimum.
struct PlotMarker {
    double x = 0;
    QString label;
    Rgb colour;
    int row = 0;   // line of labels under the top edge: labels close together stack instead of overlapping
};

// Values over simulated time (seconds), with the tuning changes marked (dashed lines).
struct TimePlot {
    QString id;                     // unique within a report ("throughput"); names an image resource
    QString title, xLabel, yLabel;
    std::vector<PlotSeries> series;
    std::vector<PlotMarker> changes;
    AxisRange x, y;
    bool legend = false;
    int width = 900, height = 300;  // pixels
};

// A capacity model: the windows measured (points), the fitted curve and, when known, its optimum.
struct ModelPlot {
    QString id;
    QString title, xLabel, yLabel;
    PlotSeries measured;            // drawn as points
    PlotSeries fitted;              // drawn as a line; empty when the model is not determined
    std::optional<PlotMarker> optimum;
    AxisRange x, y;
    int width = 440, height = 300;
};

class PlotRenderer {
public:
    virtual ~PlotRenderer() = default;
    // An HTML fragment (a paragraph or figure) showing the plot.
    virtual QString timePlot(const TimePlot& plot) = 0;
    virtual QString modelPlot(const ModelPlot& plot) = 0;
};

} // namespace omega::report
