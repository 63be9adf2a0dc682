#include "report/report_plots.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace omega::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omega::report", text);   // the context lupdate gives free functions here
}

} // namespace

QString Rgb::hex() const
{
    return QStringLiteral("#%1%2%3").arg(int{r}, 2, 16, QLatin1Char('0')).arg(int{g}, 2, 16, QLatin1Char('0')).arg(int{b}, 2, 16, QLatin1Char('0'));
}

TimePlot describeTimePlot(const QString& id, const QString& title, const QString& unit, const std::vector<SeriesSource>& series,
                          const tuning::TuningView* tuning, int width, int height)
{
    TimePlot plot;
    plot.id = id;
    plot.title = title;
    plot.xLabel = tr("simulated time (s)");
    plot.yLabel = unit;
    plot.width = width;
    plot.height = height;
    plot.legend = series.size() > 1;
    double xMin = 0, xMax = 0, yMax = 1;
    bool any = false;
    for (const SeriesSource& s : series) {
        PlotSeries out{s.name, s.colour, {}};
        out.points.reserve(s.points->size());
        for (const model::SeriesPoint& p : *s.points) {
            const double x = static_cast<double>(p.timeUs) / 1e6;
            out.points.push_back({x, p.mean});
            xMin = any ? std::min(xMin, x) : x;
            xMax = any ? std::max(xMax, x) : x;
            any = true;
            if (std::isfinite(p.mean))
                yMax = std::max(yMax, static_cast<double>(p.mean));
        }
        plot.series.push_back(std::move(out));
    }
    plot.x = xMax > xMin ? AxisRange{xMin, xMax} : AxisRange{xMin, xMin + 1};
    plot.y = {0, yMax * 1.15};
    if (tuning)
        for (const tuning::Change& c : tuning->changes) {
            if (c.appliedSimUs <= 0 || c.isRollback)
                continue;
            const Rgb colour = c.state == tuning::ChangeState::Kept         ? colours::kept
                               : c.state == tuning::ChangeState::RolledBack ? colours::rolledBack
                                                                            : colours::otherChange;
            plot.changes.push_back({static_cast<double>(c.appliedSimUs) / 1e6, QStringLiteral("#%1").arg(c.id), colour});
        }
    // A label takes about 7 px per character; one that would run into the previous one goes a line
    // lower (back to the top line once there is room; at most six lines).
    const double pxPerX = 0.85 * width / (plot.x.max - plot.x.min);
    double lastEnd = -1e300;
    int row = 0;
    for (PlotMarker& m : plot.changes) {
        const double px = (m.x - plot.x.min) * pxPerX;
        row = px < lastEnd ? (row + 1) % 6 : 0;
        m.row = row;
        lastEnd = px + 3 + 7.0 * static_cast<double>(m.label.size());
    }
    return plot;
}

ModelPlot describeModelPlot(const analysis::CapacityReport& c, bool local)
{
    ModelPlot plot;
    plot.id = local ? QStringLiteral("local") : QStringLiteral("cloud");
    plot.title = local ? tr("Local pool: stages/s against concurrency, USL fit") : tr("Cloud pool: call time against items per call");
    plot.xLabel = local ? tr("stages in service") : tr("items per call");
    plot.yLabel = local ? tr("stages/s") : tr("ms in service per call");
    plot.measured = {tr("windows measured"), colours::blue, {}};
    plot.fitted = {tr("fitted model"), colours::blue, {}};
    double xMax = 2, yMax = 1;
    for (const analysis::OperatingWindow& w : c.windows) {
        if (!w.hasServiceTime)
            continue;
        if (local && w.localStagesPerS > 0.5 && w.localInService > 0) {
            const double n = std::max(1.0, w.localInService);
            const double x = n / w.localInService * w.localStagesPerS;
            plot.measured.points.push_back({n, x});
            xMax = std::max(xMax, n);
            yMax = std::max(yMax, x);
        } else if (!local && w.cloudCallsPerS > 0.5 && w.cloudInService > 0) {
            const double b = w.cloudItemsPerS / w.cloudCallsPerS;
            const double t = w.cloudInService / w.cloudCallsPerS * 1000;
            plot.measured.points.push_back({b, t});
            xMax = std::max(xMax, b);
            yMax = std::max(yMax, t);
        }
    }
    std::sort(plot.measured.points.begin(), plot.measured.points.end(), [](const PlotPoint& a, const PlotPoint& b) { return a.x < b.x; });
    xMax *= 1.5;
    if (local && c.models.local.determination >= analysis::Determination::Partial) {
        for (double n = 1; n <= xMax; n += xMax / 200) {
            const double x = c.models.local.stagesPerS(n).value;
            plot.fitted.points.push_back({n, x});
            yMax = std::max(yMax, x);
        }
        if (const double nStar = c.models.local.nStar(); nStar > 0 && nStar <= xMax)
            plot.optimum = PlotMarker{nStar, tr("n* %1").arg(nStar, 0, 'f', 1), colours::orange};
    }
    if (!local && c.models.cloud.determination == analysis::Determination::Full)
        for (double b = 1; b <= xMax; b += xMax / 100)
            plot.fitted.points.push_back({b, c.models.cloud.callMs(b).value});
    plot.x = {0, xMax};
    plot.y = {0, yMax * 1.15};
    return plot;
}

} // namespace omega::report
