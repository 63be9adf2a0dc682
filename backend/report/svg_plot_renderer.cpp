#include "report/svg_plot_renderer.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace omega::report {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

// An id usable in url(#…) references: letters, digits and '-'.
QString safeId(const QString& id)
{
    QString out;
    for (const QChar c : id)
        out += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-');
    return out.isEmpty() ? QStringLiteral("plot") : out;
}

// Pixel geometry of a plot and the mapping from data to pixels.
class Frame {
public:
    Frame(int width, int height, AxisRange x, AxisRange y)
        : m_w(width), m_h(height), m_x(x), m_y(y)
    {
        if (!(m_x.max > m_x.min))
            m_x.max = m_x.min + 1;
        if (!(m_y.max > m_y.min))
            m_y.max = m_y.min + 1;
    }
    static constexpr double kLeft = 64, kRight = 18, kTop = 30, kBottom = 44;
    double left() const { return kLeft; }
    double right() const { return m_w - kRight; }
    double top() const { return kTop; }
    double bottom() const { return m_h - kBottom; }
    double px(double x) const { return left() + (x - m_x.min) / (m_x.max - m_x.min) * (right() - left()); }
    double py(double y) const { return bottom() - (y - m_y.min) / (m_y.max - m_y.min) * (bottom() - top()); }
    static bool finite(double x, double y) { return std::isfinite(x) && std::isfinite(y); }
    int width() const { return m_w; }
    int height() const { return m_h; }
    AxisRange x() const { return m_x; }
    AxisRange y() const { return m_y; }

private:
    int m_w, m_h;
    AxisRange m_x, m_y;
};

QString open(const QString& id, const QString& title, const Frame& f)
{
    const QString clip = QStringLiteral("clip-") + safeId(id);
    QString s = QStringLiteral("<figure style=\"margin:8px 0\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" data-plot=\"%1\" "
                               "width=\"%2\" height=\"%3\" viewBox=\"0 0 %2 %3\" role=\"img\" aria-label=\"%4\" "
                               "font-family=\"sans-serif\" font-size=\"11\">")
                    .arg(esc(id))
                    .arg(f.width())
                    .arg(f.height())
                    .arg(esc(title));
    s += QStringLiteral("<title>%1</title><rect width=\"%2\" height=\"%3\" fill=\"#fff\"/>").arg(esc(title)).arg(f.width()).arg(f.height());
    s += QStringLiteral("<clipPath id=\"%1\"><rect x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\"/></clipPath>")
             .arg(clip, num(f.left()), num(f.top()), num(f.right() - f.left()), num(f.bottom() - f.top()));
    s += QStringLiteral("<text x=\"%1\" y=\"18\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">%2</text>")
             .arg(num(f.width() / 2.0), esc(title));
    return s;
}

QString clipAttr(const QString& id)
{
    return QStringLiteral(" clip-path=\"url(#clip-%1)\"").arg(safeId(id));
}

// Grid, axes, ticks, tick labels and axis labels.
QString axes(const Frame& f, const QString& xLabel, const QString& yLabel)
{
    QString s = QStringLiteral("<g class=\"axes\" stroke=\"#000\" fill=\"none\">");
    QString labels = QStringLiteral("<g class=\"tick-labels\" fill=\"#333\">");
    const QLocale locale;
    const Ticks xt = niceTicks(f.x().min, f.x().max, 8);
    for (const double v : xt.values) {
        const QString x = num(f.px(v));
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#e4e4e4\"/>").arg(x, num(f.top()), num(f.bottom()));
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>").arg(x, num(f.bottom()), num(f.bottom() + 4));
        labels += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                      .arg(x, num(f.bottom() + 16), esc(locale.toString(v, 'f', xt.decimals)));
    }
    const Ticks yt = niceTicks(f.y().min, f.y().max, 5);
    for (const double v : yt.values) {
        const QString y = num(f.py(v));
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#e4e4e4\"/>").arg(num(f.left()), y, num(f.right()));
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>").arg(num(f.left() - 4), y, num(f.left()));
        labels += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                      .arg(num(f.left() - 7), num(f.py(v) + 4), esc(locale.toString(v, 'f', yt.decimals)));
    }
    s += QStringLiteral("<path d=\"M%1 %2 V%3 H%4\"/></g>").arg(num(f.left()), num(f.top()), num(f.bottom()), num(f.right()));
    labels += QStringLiteral("</g>");
    s += labels;
    s += QStringLiteral("<text class=\"x-label\" x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
             .arg(num((f.left() + f.right()) / 2), num(f.height() - 8.0), esc(xLabel));
    s += QStringLiteral("<text class=\"y-label\" x=\"0\" y=\"0\" text-anchor=\"middle\" transform=\"translate(14 %1) rotate(-90)\">%2</text>")
             .arg(num((f.top() + f.bottom()) / 2), esc(yLabel));
    return s;
}

QString polyline(const PlotSeries& s, const Frame& f, const QString& cls, double width, const QString& clip)
{
    QString points;
    points.reserve(static_cast<qsizetype>(s.points.size()) * 12);
    for (const PlotPoint& p : s.points)
        if (Frame::finite(p.x, p.y)) {
            if (!points.isEmpty())
                points += QLatin1Char(' ');
            points += num(f.px(p.x)) + QLatin1Char(',') + num(f.py(p.y));
        }
    return QStringLiteral("<polyline class=\"%1\" data-series=\"%2\" fill=\"none\" stroke=\"%3\" stroke-width=\"%4\" "
                          "stroke-linejoin=\"round\"%5 points=\"%6\"/>")
        .arg(cls, esc(s.name), s.colour.hex(), num(width), clip, points);
}

QString marker(const PlotMarker& m, const Frame& f, const QString& cls)
{
    if (!std::isfinite(m.x) || m.x < f.x().min || m.x > f.x().max)
        return {};
    const QString x = num(f.px(m.x));
    return QStringLiteral("<g class=\"%1\"><line x1=\"%2\" y1=\"%3\" x2=\"%2\" y2=\"%4\" stroke=\"%5\" stroke-dasharray=\"5 3\"/>"
                          "<text x=\"%6\" y=\"%7\" fill=\"%5\">%8</text></g>")
        .arg(cls, x, num(f.top()), num(f.bottom()), m.colour.hex(), num(f.px(m.x) + 3), num(f.top() + 11 + 12 * m.row), esc(m.label));
}

// Legend in the top (or bottom) right corner of the plot: a swatch and the name of each entry.
struct LegendEntry {
    QString name;
    Rgb colour;
    bool point = false;
};

QString legend(const std::vector<LegendEntry>& entries, const Frame& f, bool bottom)
{
    if (entries.empty())
        return {};
    qsizetype longest = 0;
    for (const LegendEntry& e : entries)
        longest = std::max(longest, e.name.size());
    const double w = 34 + 6.5 * static_cast<double>(longest), h = 8 + 16 * static_cast<double>(entries.size());
    const double x0 = f.right() - w - 6, y0 = bottom ? f.bottom() - h - 6 : f.top() + 6;
    QString s = QStringLiteral("<g class=\"legend\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#fff\" fill-opacity=\"0.85\" stroke=\"#bbb\"/>")
                    .arg(num(x0), num(y0), num(w), num(h));
    double y = y0 + 14;
    for (const LegendEntry& e : entries) {
        s += e.point ? QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"none\" stroke=\"%3\"/>").arg(num(x0 + 16), num(y - 4), e.colour.hex())
                     : QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"2\"/>")
                           .arg(num(x0 + 6), num(y - 4), num(x0 + 26), e.colour.hex());
        s += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>").arg(num(x0 + 30), num(y), esc(e.name));
        y += 16;
    }
    return s + QStringLiteral("</g>");
}

QString close()
{
    return QStringLiteral("</svg></figure>");
}

} // namespace

Ticks niceTicks(double min, double max, int target)
{
    Ticks t;
    if (!std::isfinite(min) || !std::isfinite(max) || !(max > min) || target < 1)
        return t;
    const double raw = (max - min) / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * magnitude;
    t.decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
    for (double i = std::ceil(min / step - 1e-9); i * step <= max + step * 1e-9; ++i)
        t.values.push_back(std::abs(i * step) < step * 1e-9 ? 0.0 : i * step);
    return t;
}

QString SvgPlotRenderer::timePlot(const TimePlot& plot)
{
    const Frame f(plot.width, plot.height, plot.x, plot.y);
    QString s = open(plot.id, plot.title, f) + axes(f, plot.xLabel, plot.yLabel);
    const QString clip = clipAttr(plot.id);
    for (const PlotSeries& series : plot.series)
        s += polyline(series, f, QStringLiteral("series"), 1.5, clip);
    for (const PlotMarker& m : plot.changes)
        s += marker(m, f, QStringLiteral("change"));
    if (plot.legend) {
        std::vector<LegendEntry> entries;
        for (const PlotSeries& series : plot.series)
            entries.push_back({series.name, series.colour, false});
        s += legend(entries, f, false);
    }
    return s + close();
}

QString SvgPlotRenderer::modelPlot(const ModelPlot& plot)
{
    const Frame f(plot.width, plot.height, plot.x, plot.y);
    QString s = open(plot.id, plot.title, f) + axes(f, plot.xLabel, plot.yLabel);
    s += QStringLiteral("<g class=\"measured\" data-series=\"%1\" fill=\"none\" stroke=\"%2\"%3>")
             .arg(esc(plot.measured.name), plot.measured.colour.hex(), clipAttr(plot.id));
    for (const PlotPoint& p : plot.measured.points)
        if (Frame::finite(p.x, p.y))
            s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"2.5\"/>").arg(num(f.px(p.x)), num(f.py(p.y)));
    s += QStringLiteral("</g>");
    if (!plot.fitted.points.empty())
        s += polyline(plot.fitted, f, QStringLiteral("fit"), 2, clipAttr(plot.id));
    if (plot.optimum)
        s += marker(*plot.optimum, f, QStringLiteral("optimum"));
    std::vector<LegendEntry> entries{{plot.measured.name, plot.measured.colour, true}};
    if (!plot.fitted.points.empty())
        entries.push_back({plot.fitted.name, plot.fitted.colour, false});
    s += legend(entries, f, true);
    return s + close();
}

} // namespace omega::report
