#include "report/report_html.h"

#include "report/report_plots.h"

#include "analysis/finding_text.h"
#include "model/sim_clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace omega::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omega::report", text);   // the context lupdate gives free functions here
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

QString escape(const QString& s)
{
    return s.toHtmlEscaped();
}

QString head(const QString& title)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                          "body{font-family:sans-serif;max-width:940px;margin:20px auto;color:#222}"
                          "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 6px;font-size:12px;text-align:left}"
                          "th{background:#eee}.big{font-size:22px;font-weight:bold}</style></head><body>")
        .arg(escape(title));
}

// The headline figures of a run with a tuning loop.
void tuningSummary(QString& h, const ReportInput& in, const tuning::TuningView& t)
{
    h += QStringLiteral("<p class=\"big\">%1</p>")
             .arg(tr("%1 → %2 tasks/s: %3× the baseline").arg(number(t.baselineTasksPerS), number(t.nowTasksPerS), number(t.ratio())));
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>").arg(tr("measure"), tr("value"));
    auto row = [&h](const QString& k, const QString& v) { h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(k, v); };
    row(tr("baseline (first steady window)"), tr("%1 tasks/s").arg(number(t.baselineTasksPerS)));
    row(tr("now (newest window)"), tr("%1 tasks/s").arg(number(t.nowTasksPerS)));
    row(tr("ratio to the baseline"), tr("%1×").arg(number(t.ratio())));
    if (in.boundTasksPerS > 0)
        row(tr("share of the publisher's own bound (%1 tasks/s; never an input)").arg(number(in.boundTasksPerS)),
            tr("%1 %").arg(number(100 * t.nowTasksPerS / in.boundTasksPerS, 0)));
    row(tr("changes kept / rolled back / failed"), QStringLiteral("%1 / %2 / %3").arg(t.kept).arg(t.rolledBack).arg(t.failed));
    std::int64_t first = -1, last = -1;
    for (const tuning::Change& c : t.changes) {
        if (c.appliedSimUs > 0 && first < 0)
            first = c.appliedSimUs;
        if (c.state == tuning::ChangeState::Kept)
            last = c.doneSimUs;
    }
    if (first >= 0 && last >= first)
        row(tr("simulated time from the first change to the last verdict"), tr("%1 s").arg(number((last - first) / 1e6, 0)));
    row(tr("wall time of the run"), tr("%1 s").arg(number(in.wallSeconds, 0)));
    row(tr("state"), escape(t.status));
    h += QStringLiteral("</table>");
}

void auditTrail(QString& h, const tuning::TuningView& t)
{
    h += QStringLiteral("<h2>%1</h2><table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
             .arg(tr("Audit trail"), tr("who"), tr("applied at"), tr("state"), tr("change"), tr("predicted tasks/s"), tr("before → after"),
                  tr("verdict"));
    for (const tuning::Change& c : t.changes)
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

void capacityModels(QString& h, const analysis::CapacityReport& capacity, PlotRenderer& plots)
{
    const analysis::CapacityModels& m = capacity.models;
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Capacity models (fitted from telemetry only)"));
    h += plots.modelPlot(describeModelPlot(capacity, true)) + plots.modelPlot(describeModelPlot(capacity, false));
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>").arg(tr("model"), tr("parameters"));
    auto row = [&h](const QString& k, const QString& v) { h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(k, v); };
    row(tr("local pool (USL)"), tr("S1 %1 ms, σ %2 ± %3, κ %4 ± %5, n* %6 (%7 windows, %8 levels)")
                                    .arg(number(m.local.s1Ms), number(m.local.sigma, 4), number(m.local.sigmaSe, 4), number(m.local.kappa, 5),
                                         number(m.local.kappaSe, 5), number(m.local.nStar()))
                                    .arg(m.local.windows)
                                    .arg(m.local.levels));
    row(tr("cloud call time a + b·B"), tr("a %1 ± %2 ms, b %3 ± %4 ms (%5 windows, %6 levels)")
                                           .arg(number(m.cloud.aMs), number(m.cloud.aMsSe), number(m.cloud.bMs), number(m.cloud.bMsSe))
                                           .arg(m.cloud.windows)
                                           .arg(m.cloud.levels));
    row(tr("provider quota"), m.cloud.quotaSeen ? tr("%1 ± %2 calls/s (from %3 windows with 429s)")
                                                      .arg(number(m.cloud.quotaPerS), number(m.cloud.quotaPerSSe))
                                                      .arg(m.cloud.quotaWindows)
                                                : tr("not seen; at least %1 calls/s").arg(number(m.cloud.maxCallsPerS)));
    row(tr("work per task, closed loop"), tr("%1 local stages + %2 bulk items per task, %3 tasks in flight, p99 / mean %4")
                                              .arg(number(m.demand.localFixedPerTask, 2), number(m.demand.bulkPerTask, 2),
                                                   number(m.demand.tasksInFlight, 0), number(m.demand.p99OverMean, 2)));
    h += QStringLiteral("</table>");
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

bool writeFile(const QString& html, const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(html.toUtf8()) < 0) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// What held the fleet back when the run ended: the warning and critical findings, most important
// first, each with its sentence and the numbers behind it.
void findingsAtEnd(QString& h, const analysis::AnalysisReport& report)
{
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Findings at the end of the run"));
    QString rows;
    int info = 0;
    for (const analysis::Finding& f : report.findings) {
        if (f.severity <= 1) {
            ++info;
            continue;
        }
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %</td><td>%4: %5</td></tr>")
                    .arg(escape(f.severity >= 3 ? tr("critical") : tr("warning")), escape(analysis::findingScopeText(f)),
                         number(100 * f.confidence, 0), escape(analysis::findingKindName(f.kind)),
                         escape(analysis::findingSentence(f)));
    }
    if (rows.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No warnings at %1 (fleet time).").arg(model::simClockText(report.simTimeUs)));
    } else {
        h += QStringLiteral("<p>%1</p>").arg(tr("At %1 (fleet time), most important first:").arg(model::simClockText(report.simTimeUs)));
        h += QStringLiteral("<table class=\"findings\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
                 .arg(tr("severity"), tr("scope"), tr("confidence"), tr("finding"), rows);
    }
    if (info > 0)
        h += QStringLiteral("<p>%1</p>").arg(tr("%1 info finding(s) not listed: they explain no measurable loss.").arg(info));
}

} // namespace

QString reportHtml(const ReportInput& in, PlotRenderer& plots)
{
    QString h = head(tr("Omega Workbench tuning report"));
    h += QStringLiteral("<h1>%1</h1><p>%2 · %3</p>")
             .arg(tr("Omega Workbench tuning report"), escape(in.source), QLocale().toString(in.generated, QLocale::LongFormat));
    const tuning::TuningView* t = in.tuning.get();
    if (t && t->baselineTasksPerS > 0)
        tuningSummary(h, in, *t);
    else
        h += QStringLiteral("<p>%1</p>").arg(tr("No tuning in this run: the plots show the fleet as it ran."));
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Over time"));
    h += plots.timePlot(describeTimePlot(QStringLiteral("throughput"), tr("Fleet throughput"), tr("tasks/s"),
                                         {{tr("tasks/s"), &in.tasksPerS, colours::blue}}, t, 900, 300));
    h += plots.timePlot(describeTimePlot(QStringLiteral("latency"), tr("Task latency"), tr("ms"),
                                         {{tr("p50"), &in.taskP50Ms, colours::green}, {tr("p99"), &in.taskP99Ms, colours::orange}}, t, 900, 300));
    h += plots.timePlot(describeTimePlot(QStringLiteral("failed"), tr("Failed tasks"), tr("tasks/s"),
                                         {{tr("failed/s"), &in.failedPerS, colours::red}}, t, 900, 200));
    h += QStringLiteral("<p>%1</p>").arg(tr("Dashed lines: changes (green kept, red rolled back), numbered as in the audit trail."));
    if (t && !t->changes.empty())
        auditTrail(h, *t);
    if (in.findings)
        findingsAtEnd(h, *in.findings);
    if (in.capacity)
        capacityModels(h, *in.capacity, plots);
    h += QStringLiteral("</body></html>");
    return h;
}

QString comparisonHtml(const ReportInput& a, const ReportInput& b, PlotRenderer& plots)
{
    QString h = head(tr("Omega Workbench: two runs compared"));
    h += QStringLiteral("<h1>%1</h1>").arg(tr("Omega Workbench: two runs compared"));
    h += QStringLiteral("<p>%1: %2<br>%3: %4</p>").arg(tr("before"), escape(a.source), tr("after"), escape(b.source));
    const double minute = 60;
    const double xa = tailMean(a.tasksPerS, minute), xb = tailMean(b.tasksPerS, minute);
    const double pa = tailMean(a.taskP99Ms, minute), pb = tailMean(b.taskP99Ms, minute);
    const double fa = tailMean(a.failedPerS, minute), fb = tailMean(b.failedPerS, minute);
    auto span = [](const ReportInput& r) { return r.tasksPerS.empty() ? 0.0 : (r.tasksPerS.back().timeUs - r.tasksPerS.front().timeUs) / 1e6; };
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(tr("at the end (last minute)"), tr("before"), tr("after"), tr("after / before"));
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
    h += QStringLiteral("</table>");
    h += plots.timePlot(describeTimePlot(QStringLiteral("compare-throughput"), tr("Fleet throughput: before (blue) and after (orange)"),
                                         tr("tasks/s"), {{tr("before"), &a.tasksPerS, colours::blue}, {tr("after"), &b.tasksPerS, colours::orange}},
                                         nullptr, 900, 300));
    h += plots.timePlot(describeTimePlot(QStringLiteral("compare-p99"), tr("Task p99: before (blue) and after (orange)"), tr("ms"),
                                         {{tr("before"), &a.taskP99Ms, colours::blue}, {tr("after"), &b.taskP99Ms, colours::orange}}, nullptr,
                                         900, 300));
    h += QStringLiteral("</body></html>");
    return h;
}

bool isPdfPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
}

bool writeHtmlReport(const ReportInput& input, const QString& path, PlotRenderer& plots, QString* error)
{
    if (isPdfPath(path)) {
        if (error)
            *error = tr("this program writes the report as .html; omega-workbench writes .pdf");
        return false;
    }
    return writeFile(reportHtml(input, plots), path, error);
}

bool writeHtmlComparison(const ReportInput& before, const ReportInput& after, const QString& path, PlotRenderer& plots, QString* error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("html"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = tr("a comparison is written as .html");
        return false;
    }
    return writeFile(comparisonHtml(before, after, plots), path, error);
}

} // namespace omega::report
