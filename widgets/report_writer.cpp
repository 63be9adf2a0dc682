#include "widgets/report_writer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace omega::widgets {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omega::widgets", text);   // the context lupdate gives free functions here
}

QString number(double v, int decimals = 1)
{
    return QLocale().toString(v, 'f', decimals);
}

QString simTime(std::int64_t us)
{
    const qint64 s = us / 1'000'000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString knobs(const model::KnobSettings& k)
{
    return tr("local %1 · cloud %2 · batch %3 · share %4").arg(k.localLimit).arg(k.cloudLimit).arg(k.cloudBatch).arg(number(k.bulkLocalShare, 2));
}

struct Series {
    QString name;
    const std::vector<model::SeriesPoint>* points;
    QColor color;
};

// One time plot with the changes marked (green kept, red rolled back, grey otherwise).
QImage timePlot(const QString& title, const QString& unit, const std::vector<Series>& series,
                const tuning::TuningView* tuning, int width, int height)
{
    QCustomPlot plot;
    plot.resize(width, height);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, QFont(QStringLiteral("Sans"), 10, QFont::Bold)));
    double yMax = 1;
    for (const Series& s : series) {
        QCPGraph* g = plot.addGraph();
        g->setName(s.name);
        g->setPen(QPen(s.color, 1.5));
        for (const model::SeriesPoint& p : *s.points) {
            g->addData(static_cast<double>(p.timeUs) / 1e6, p.mean);
            yMax = std::max(yMax, static_cast<double>(p.mean));
        }
    }
    plot.rescaleAxes();
    plot.yAxis->setRange(0, yMax * 1.15);
    plot.xAxis->setLabel(tr("simulated time (s)"));
    plot.yAxis->setLabel(unit);
    plot.legend->setVisible(series.size() > 1);
    if (tuning)
        for (const tuning::Change& c : tuning->changes) {
            if (c.appliedSimUs <= 0 || c.isRollback)
                continue;
            const double x = static_cast<double>(c.appliedSimUs) / 1e6;
            const QColor color = c.state == tuning::ChangeState::Kept         ? QColor(46, 125, 50)
                                 : c.state == tuning::ChangeState::RolledBack ? QColor(198, 40, 40)
                                                                              : QColor(120, 120, 120);
            auto* line = new QCPItemStraightLine(&plot);
            line->point1->setCoords(x, 0);
            line->point2->setCoords(x, 1);
            line->setPen(QPen(color, 1, Qt::DashLine));
            auto* label = new QCPItemText(&plot);
            label->position->setCoords(x, yMax * 1.12);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setText(QStringLiteral("#%1").arg(c.id));
            label->setColor(color);
        }
    plot.replot();
    return plot.toPixmap(width, height).toImage();
}

QImage modelPlot(const analysis::CapacityReport& c, bool local, int width, int height)
{
    QCustomPlot plot;
    plot.resize(width, height);
    plot.plotLayout()->insertRow(0);
    const QString title = local ? tr("Local pool: stages/s against concurrency, USL fit")
                                : tr("Cloud pool: call time against items per call");
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, QFont(QStringLiteral("Sans"), 10, QFont::Bold)));
    QCPGraph* pts = plot.addGraph();
    pts->setLineStyle(QCPGraph::lsNone);
    pts->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    pts->setName(tr("windows measured"));
    QCPGraph* fit = plot.addGraph();
    fit->setPen(QPen(QColor(31, 119, 180), 2));
    fit->setName(tr("fitted model"));
    double xMax = 2, yMax = 1;
    for (const analysis::OperatingWindow& w : c.windows) {
        if (!w.hasServiceTime)
            continue;
        if (local && w.localStagesPerS > 0.5 && w.localInService > 0) {
            const double n = std::max(1.0, w.localInService);
            pts->addData(n, n / w.localInService * w.localStagesPerS);
            xMax = std::max(xMax, n);
            yMax = std::max(yMax, n / w.localInService * w.localStagesPerS);
        } else if (!local && w.cloudCallsPerS > 0.5 && w.cloudInService > 0) {
            const double b = w.cloudItemsPerS / w.cloudCallsPerS;
            const double t = w.cloudInService / w.cloudCallsPerS * 1000;
            pts->addData(b, t);
            xMax = std::max(xMax, b);
            yMax = std::max(yMax, t);
        }
    }
    xMax *= 1.5;
    if (local && c.models.local.determination >= analysis::Determination::Partial)
        for (double n = 1; n <= xMax; n += xMax / 200) {
            fit->addData(n, c.models.local.stagesPerS(n).value);
            yMax = std::max(yMax, c.models.local.stagesPerS(n).value);
        }
    if (!local && c.models.cloud.determination == analysis::Determination::Full)
        for (double b = 1; b <= xMax; b += xMax / 100)
            fit->addData(b, c.models.cloud.callMs(b).value);
    plot.xAxis->setRange(0, xMax);
    plot.yAxis->setRange(0, yMax * 1.15);
    plot.xAxis->setLabel(local ? tr("stages in service") : tr("items per call"));
    plot.yAxis->setLabel(local ? tr("stages/s") : tr("ms in service per call"));
    plot.legend->setVisible(true);
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot.replot();
    return plot.toPixmap(width, height).toImage();
}

QString dataUri(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString escape(const QString& s)
{
    return s.toHtmlEscaped();
}

struct Images {
    QImage throughput, latency, failed, local, cloud;
};

Images draw(const ReportInput& in)
{
    Images im;
    const tuning::TuningView* t = in.tuning.get();
    im.throughput = timePlot(tr("Fleet throughput"), tr("tasks/s"), {{tr("tasks/s"), &in.tasksPerS, QColor(31, 119, 180)}}, t, 900, 300);
    im.latency = timePlot(tr("Task latency"), tr("ms"),
                          {{tr("p50"), &in.taskP50Ms, QColor(44, 160, 44)}, {tr("p99"), &in.taskP99Ms, QColor(255, 127, 14)}}, t, 900, 300);
    im.failed = timePlot(tr("Failed tasks"), tr("tasks/s"), {{tr("failed/s"), &in.failedPerS, QColor(214, 39, 40)}}, t, 900, 200);
    if (in.capacity) {
        im.local = modelPlot(*in.capacity, true, 440, 300);
        im.cloud = modelPlot(*in.capacity, false, 440, 300);
    }
    return im;
}

QString html(const ReportInput& in, const Images& im, const std::function<QString(const QString&, const QImage&)>& image)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                        "body{font-family:sans-serif;max-width:940px;margin:20px auto;color:#222}"
                        "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 6px;font-size:12px;text-align:left}"
                        "th{background:#eee}.big{font-size:22px;font-weight:bold}</style></head><body>")
             .arg(tr("Omega Workbench tuning report"));
    h += QStringLiteral("<h1>%1</h1><p>%2 · %3</p>")
             .arg(tr("Omega Workbench tuning report"), escape(in.source), QLocale().toString(in.generated, QLocale::LongFormat));
    const tuning::TuningView* t = in.tuning.get();
    if (t && t->baselineTasksPerS > 0) {
        h += QStringLiteral("<p class=\"big\">%1</p>")
                 .arg(tr("%1 → %2 tasks/s: %3× the baseline").arg(number(t->baselineTasksPerS), number(t->nowTasksPerS), number(t->ratio())));
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>").arg(tr("measure"), tr("value"));
        auto row = [&h](const QString& k, const QString& v) { h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(k, v); };
        row(tr("baseline (first steady window)"), tr("%1 tasks/s").arg(number(t->baselineTasksPerS)));
        row(tr("now (newest window)"), tr("%1 tasks/s").arg(number(t->nowTasksPerS)));
        row(tr("ratio to the baseline"), tr("%1×").arg(number(t->ratio())));
        if (in.boundTasksPerS > 0)
            row(tr("share of the publisher's own bound (%1 tasks/s; never an input)").arg(number(in.boundTasksPerS)),
                tr("%1 %").arg(number(100 * t->nowTasksPerS / in.boundTasksPerS, 0)));
        row(tr("changes kept / rolled back / failed"), QStringLiteral("%1 / %2 / %3").arg(t->kept).arg(t->rolledBack).arg(t->failed));
        std::int64_t first = -1, last = -1;
        for (const tuning::Change& c : t->changes) {
            if (c.appliedSimUs > 0 && first < 0)
                first = c.appliedSimUs;
            if (c.state == tuning::ChangeState::Kept)
                last = c.doneSimUs;
        }
        if (first >= 0 && last >= first)
            row(tr("simulated time from the first change to the last verdict"), tr("%1 s").arg(number((last - first) / 1e6, 0)));
        row(tr("wall time of the run"), tr("%1 s").arg(number(in.wallSeconds, 0)));
        row(tr("state"), escape(t->status));
        h += QStringLiteral("</table>");
    } else {
        h += QStringLiteral("<p>%1</p>").arg(tr("No tuning in this run: the plots show the fleet as it ran."));
    }
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Over time"));
    h += image(QStringLiteral("throughput"), im.throughput) + image(QStringLiteral("latency"), im.latency)
         + image(QStringLiteral("failed"), im.failed);
    h += QStringLiteral("<p>%1</p>").arg(tr("Dashed lines: changes (green kept, red rolled back), numbered as in the audit trail."));
    if (t && !t->changes.empty()) {
        h += QStringLiteral("<h2>%1</h2><table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
                 .arg(tr("Audit trail"), tr("who"), tr("applied at"), tr("state"), tr("change"), tr("predicted tasks/s"),
                      tr("before → after"), tr("verdict"));
        for (const tuning::Change& c : t->changes)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                     .arg(c.id)
                     .arg(c.isRollback ? tr("rollback of #%1").arg(c.rollbackOf) : QString::fromLatin1(tuning::actorKey(c.actor)))
                     .arg(c.appliedSimUs > 0 ? simTime(c.appliedSimUs) : QStringLiteral("–"))
                     .arg(QString::fromLatin1(tuning::stateKey(c.state)))
                     .arg(escape(knobs(c.from)) + QStringLiteral(" →<br>") + escape(knobs(c.to)))
                     .arg(c.predicted.valid ? QStringLiteral("%1 (%2–%3)").arg(number(c.predicted.tasksPerS.value), number(c.predicted.tasksPerS.low),
                                                                              number(std::min(c.predicted.tasksPerS.high, 10 * c.predicted.tasksPerS.value)))
                                            : QStringLiteral("–"))
                     .arg(c.verdict.judged ? QStringLiteral("%1 → %2").arg(number(c.verdict.beforeTasksPerS), number(c.verdict.afterTasksPerS))
                                           : QStringLiteral("–"))
                     .arg(escape(c.note));
        h += QStringLiteral("</table>");
    }
    if (in.capacity) {
        const analysis::CapacityModels& m = in.capacity->models;
        h += QStringLiteral("<h2>%1</h2>").arg(tr("Capacity models (fitted from telemetry only)"));
        h += image(QStringLiteral("local"), im.local) + image(QStringLiteral("cloud"), im.cloud);
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>").arg(tr("model"), tr("parameters"));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(tr("local pool (USL)"),
                      tr("S1 %1 ms, σ %2 ± %3, κ %4 ± %5, n* %6 (%7 windows, %8 levels)")
                          .arg(number(m.local.s1Ms), number(m.local.sigma, 4), number(m.local.sigmaSe, 4), number(m.local.kappa, 5),
                               number(m.local.kappaSe, 5), number(m.local.nStar()))
                          .arg(m.local.windows)
                          .arg(m.local.levels));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(tr("cloud call time a + b·B"), tr("a %1 ± %2 ms, b %3 ± %4 ms (%5 windows, %6 levels)")
                                                         .arg(number(m.cloud.aMs), number(m.cloud.aMsSe), number(m.cloud.bMs), number(m.cloud.bMsSe))
                                                         .arg(m.cloud.windows)
                                                         .arg(m.cloud.levels));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(tr("provider quota"), m.cloud.quotaSeen ? tr("%1 ± %2 calls/s (from %3 windows with 429s)")
                                                                    .arg(number(m.cloud.quotaPerS), number(m.cloud.quotaPerSSe))
                                                                    .arg(m.cloud.quotaWindows)
                                                              : tr("not seen; at least %1 calls/s").arg(number(m.cloud.maxCallsPerS)));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(tr("work per task, closed loop"), tr("%1 local stages + %2 bulk items per task, %3 tasks in flight, p99 / mean %4")
                                                           .arg(number(m.demand.localFixedPerTask, 2), number(m.demand.bulkPerTask, 2),
                                                                number(m.demand.tasksInFlight, 0), number(m.demand.p99OverMean, 2)));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

// Mean of the last `seconds` of a series (the run's end state).
double tailMean(const std::vector<model::SeriesPoint>& s, double seconds)
{
    if (s.empty())
        return 0;
    const std::int64_t from = s.back().timeUs - static_cast<std::int64_t>(seconds * 1e6);
    double sum = 0;
    int n = 0;
    for (const model::SeriesPoint& p : s)
        if (p.timeUs >= from) {
            sum += p.mean;
            ++n;
        }
    return n ? sum / n : 0;
}

QString writeHtml(const QString& html, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("cannot write %1: %2").arg(path, f.errorString());
    f.write(html.toUtf8());
    return {};
}

} // namespace

bool writeComparisonReport(const ReportInput& a, const ReportInput& b, const QString& path, QString* error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("html"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = tr("a comparison is written as .html");
        return false;
    }
    const QColor blue(31, 119, 180), orange(255, 127, 14);
    const QImage throughput = timePlot(tr("Fleet throughput: before (blue) and after (orange)"), tr("tasks/s"),
                                       {{tr("before"), &a.tasksPerS, blue}, {tr("after"), &b.tasksPerS, orange}}, nullptr, 900, 300);
    const QImage latency = timePlot(tr("Task p99: before (blue) and after (orange)"), tr("ms"),
                                    {{tr("before"), &a.taskP99Ms, blue}, {tr("after"), &b.taskP99Ms, orange}}, nullptr, 900, 300);
    auto img = [](const QImage& i) { return QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(dataUri(i)).arg(i.width()); };
    QString h = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                               "body{font-family:sans-serif;max-width:940px;margin:20px auto;color:#222}"
                               "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 6px;font-size:12px}"
                               "th{background:#eee}</style></head><body><h1>%1</h1>")
                    .arg(tr("Omega Workbench: two runs compared"));
    h += QStringLiteral("<p>%1: %2<br>%3: %4</p>").arg(tr("before"), escape(a.source), tr("after"), escape(b.source));
    const double minute = 60;
    const double xa = tailMean(a.tasksPerS, minute), xb = tailMean(b.tasksPerS, minute);
    const double pa = tailMean(a.taskP99Ms, minute), pb = tailMean(b.taskP99Ms, minute);
    const double fa = tailMean(a.failedPerS, minute), fb = tailMean(b.failedPerS, minute);
    auto span = [](const ReportInput& r) { return r.tasksPerS.empty() ? 0.0 : (r.tasksPerS.back().timeUs - r.tasksPerS.front().timeUs) / 1e6; };
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>").arg(tr("at the end (last minute)"), tr("before"), tr("after"), tr("after / before"));
    auto row = [&h](const QString& k, double x, double y, int dec) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(k, number(x, dec), number(y, dec), x > 0 ? number(y / x, 2) + QStringLiteral("×") : QStringLiteral("–"));
    };
    row(tr("throughput (tasks/s)"), xa, xb, 1);
    row(tr("task p99 (ms)"), pa, pb, 0);
    row(tr("failed tasks/s"), fa, fb, 2);
    row(tr("simulated time recorded (s)"), span(a), span(b), 0);
    if (a.capacity && b.capacity) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td></td></tr>")
                 .arg(tr("knobs at the end"), escape(knobs(a.capacity->knobs)), escape(knobs(b.capacity->knobs)));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td></td></tr>")
                 .arg(tr("local optimum n* (fitted)"), number(a.capacity->models.local.nStar()), number(b.capacity->models.local.nStar()));
    }
    h += QStringLiteral("</table>") + img(throughput) + img(latency) + QStringLiteral("</body></html>");
    const QString why = writeHtml(h, path);
    if (error)
        *error = why;
    return why.isEmpty();
}

QString reportHtml(const ReportInput& input)
{
    const Images im = draw(input);
    return html(input, im, [](const QString&, const QImage& img) {
        return img.isNull() ? QString() : QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(dataUri(img)).arg(img.width());
    });
}

bool writeReport(const ReportInput& input, const QString& path, QString* error)
{
    const bool pdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    if (!pdf) {
        const QString why = writeHtml(reportHtml(input), path);
        if (error)
            *error = why;
        return why.isEmpty();
    }
    // QTextDocument does not read data: URIs: the images go in as named resources.
    const Images im = draw(input);
    QTextDocument doc;
    const QString text = html(input, im, [&doc](const QString& name, const QImage& img) {
        if (img.isNull())
            return QString();
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("img://") + name), img);
        return QStringLiteral("<p><img src=\"img://%1\" width=\"%2\"></p>").arg(name).arg(img.width() * 0.75);
    });
    doc.setHtml(text);
    QPdfWriter writer(path);
    if (!QFileInfo(path).dir().exists()) {
        if (error)
            *error = tr("cannot write %1: no such folder").arg(path);
        return false;
    }
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setTitle(tr("Omega Workbench tuning report"));
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.print(&writer);
    return QFileInfo(path).size() > 0;
}

} // namespace omega::widgets
