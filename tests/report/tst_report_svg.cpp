// The report as headless programs write it: the HTML of backend/report with inline SVG plots,
// built from a real closed-loop run on the simulator. Checks the figures, that every plot is
// well-formed SVG whose lines hold every point of their series, that changes and the optimum are
// marked, and that text is escaped.
#include "report/report_html.h"
#include "report/report_plots.h"
#include "report/svg_plot_renderer.h"
#include "closed_loop_report.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace omega;

namespace {

// The <svg>…</svg> of the plot with this data-plot id, or empty.
QString svgOf(const QString& html, const QString& id)
{
    const qsizetype at = html.indexOf(QStringLiteral("data-plot=\"%1\"").arg(id));
    if (at < 0)
        return {};
    const qsizetype start = html.lastIndexOf(QStringLiteral("<svg"), at);
    const qsizetype end = html.indexOf(QStringLiteral("</svg>"), at);
    return start < 0 || end < 0 ? QString() : html.mid(start, end + 6 - start);
}

// Number of "x,y" pairs in each <polyline> of `svg` with this class, in order.
QList<int> polylinePoints(const QString& svg, const QString& cls)
{
    QList<int> counts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("polyline")
            && xml.attributes().value(QLatin1String("class")) == cls)
            counts << static_cast<int>(xml.attributes().value(QLatin1String("points")).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    return counts;
}

int elements(const QString& svg, const QString& name, const QString& cls = {})
{
    int n = 0;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name
            && (cls.isEmpty() || xml.attributes().value(QLatin1String("class")) == cls))
            ++n;
    return n;
}

bool wellFormed(const QString& svg, QString* why)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    *why = xml.errorString();
    return !xml.hasError();
}

} // namespace

class TestReportSvg : public QObject {
    Q_OBJECT
private:
    report::ReportInput m_in;
    int m_changesMarked = 0;

private slots:
    void initTestCase()
    {
        m_in = testing::closedLoopReportInput(QStringLiteral("reference <scenario> & \"friends\""));
        m_in.wallSeconds = 12;
        for (const tuning::Change& c : m_in.tuning->changes)
            m_changesMarked += c.appliedSimUs > 0 && !c.isRollback;
        QVERIFY(m_in.tasksPerS.size() > 300);
        QVERIFY(m_in.tuning->kept > 0 && m_changesMarked > 0);
        QVERIFY(m_in.capacity);
    }

    void reportWithSvgPlots()
    {
        report::SvgPlotRenderer svg;
        const QString html = report::reportHtml(m_in, svg);
        QCOMPARE(html.count(QStringLiteral("<svg")), 5);   // 3 time plots, 2 model plots
        QCOMPARE(html.count(QStringLiteral("data:image")), 0);
        // The headline: the tuning's gain over the baseline, at least 10× in the reference scenario.
        const auto m = QRegularExpression(QStringLiteral("([0-9.,]+)× the baseline")).match(html);
        QVERIFY2(m.hasMatch(), qPrintable(html.left(2000)));
        QVERIFY(QLocale().toDouble(m.captured(1)) >= 10);
        QVERIFY(html.contains(QStringLiteral("Audit trail")));
        QVERIFY(html.contains(QStringLiteral("share of the publisher's own bound")));
        for (const char* id : {"throughput", "latency", "failed", "local", "cloud"}) {
            const QString plot = svgOf(html, QString::fromLatin1(id));
            QVERIFY2(!plot.isEmpty(), id);
            QString why;
            QVERIFY2(wellFormed(plot, &why), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(id), why)));
            QVERIFY2(elements(plot, QStringLiteral("text")) >= 6, id);   // title, axis labels, tick labels
        }
        // Each line holds every point of its series.
        QCOMPARE(polylinePoints(svgOf(html, QStringLiteral("throughput")), QStringLiteral("series")),
                 QList<int>{static_cast<int>(m_in.tasksPerS.size())});
        QCOMPARE(polylinePoints(svgOf(html, QStringLiteral("latency")), QStringLiteral("series")),
                 (QList<int>{static_cast<int>(m_in.taskP50Ms.size()), static_cast<int>(m_in.taskP99Ms.size())}));
        QCOMPARE(polylinePoints(svgOf(html, QStringLiteral("failed")), QStringLiteral("series")),
                 QList<int>{static_cast<int>(m_in.failedPerS.size())});
        // Every applied change is marked on every time plot, numbered as in the audit trail.
        for (const char* id : {"throughput", "latency", "failed"})
            QCOMPARE(elements(svgOf(html, QString::fromLatin1(id)), QStringLiteral("g"), QStringLiteral("change")), m_changesMarked);
        const tuning::Change& first = m_in.tuning->changes.front();
        QVERIFY(svgOf(html, QStringLiteral("throughput")).contains(QStringLiteral(">#%1</text>").arg(first.id)));
        // The latency plot has a legend (two series); the local model its windows, fit and optimum.
        QVERIFY(svgOf(html, QStringLiteral("latency")).contains(QStringLiteral("class=\"legend\"")));
        const QString local = svgOf(html, QStringLiteral("local"));
        QVERIFY(elements(local, QStringLiteral("circle")) >= 2);
        QCOMPARE(polylinePoints(local, QStringLiteral("fit")).size(), 1);
        QVERIFY(polylinePoints(local, QStringLiteral("fit")).front() > 100);
        QCOMPARE(elements(local, QStringLiteral("g"), QStringLiteral("optimum")), 1);
        QVERIFY(local.contains(QStringLiteral("n* ")));
        // Text is escaped: the source as written, never as markup.
        QVERIFY(html.contains(QStringLiteral("reference &lt;scenario&gt; &amp; &quot;friends&quot;")));
        QVERIFY(!html.contains(QStringLiteral("<scenario>")));
    }

    void plotTextIsEscaped()
    {
        const std::vector<model::SeriesPoint> points{{1'000'000, 1, 1, 1, 1}, {2'000'000, 3, 3, 3, 1}};
        report::TimePlot plot = report::describeTimePlot(QStringLiteral("x"), QStringLiteral("a <b> & 'c'"), QStringLiteral("ms \"p99\""),
                                                         {{QStringLiteral("<one>"), &points, report::colours::blue},
                                                          {QStringLiteral("two & three"), &points, report::colours::red}},
                                                         nullptr, 400, 200);
        plot.changes.push_back({1.5, QStringLiteral("<#1>"), report::colours::kept});
        report::SvgPlotRenderer svg;
        const QString s = svg.timePlot(plot);
        QString why;
        QVERIFY2(wellFormed(s.mid(s.indexOf(QStringLiteral("<svg")), s.indexOf(QStringLiteral("</svg>")) + 6 - s.indexOf(QStringLiteral("<svg"))), &why),
                 qPrintable(why));
        QVERIFY(s.contains(QStringLiteral("a &lt;b&gt; &amp; &#39;c&#39;")));
        QVERIFY(s.contains(QStringLiteral("ms &quot;p99&quot;")));
        QVERIFY(s.contains(QStringLiteral("&lt;one&gt;")) && s.contains(QStringLiteral("two &amp; three")));
        QVERIFY(s.contains(QStringLiteral("&lt;#1&gt;")));
        QVERIFY(!s.contains(QStringLiteral("<one>")) && !s.contains(QStringLiteral("<b>")));
    }

    void ticksAreRound_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<QList<double>>("ticks");
        QTest::addColumn<int>("decimals");
        QTest::newRow("0..172.5") << 0.0 << 172.5 << QList<double>{0, 50, 100, 150} << 0;
        QTest::newRow("3..663") << 3.0 << 663.0 << QList<double>{100, 200, 300, 400, 500, 600} << 0;
        QTest::newRow("0..1.15") << 0.0 << 1.15 << QList<double>{0, 0.2, 0.4, 0.6, 0.8, 1.0} << 1;
        QTest::newRow("empty") << 1.0 << 1.0 << QList<double>{} << 0;
    }
    void ticksAreRound()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QList<double>, ticks);
        QFETCH(int, decimals);
        const report::Ticks t = report::niceTicks(min, max, min == 3.0 ? 8 : 5);
        QCOMPARE(t.values.size(), static_cast<std::size_t>(ticks.size()));
        for (qsizetype i = 0; i < ticks.size(); ++i)
            QVERIFY2(std::abs(t.values[static_cast<std::size_t>(i)] - ticks[i]) < 1e-9, qPrintable(QString::number(t.values[static_cast<std::size_t>(i)])));
        if (!ticks.isEmpty())
            QCOMPARE(t.decimals, decimals);
    }

    void writesHtmlRefusesPdf()
    {
        QTemporaryDir dir;
        report::SvgPlotRenderer svg;
        QString error;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QVERIFY2(report::writeHtmlReport(m_in, path, svg, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().count("<svg") == 5);
        QVERIFY(!report::writeHtmlReport(m_in, dir.filePath(QStringLiteral("report.pdf")), svg, &error));
        QVERIFY2(error.contains(QStringLiteral(".html")), qPrintable(error));
        QVERIFY(!report::writeHtmlReport(m_in, QStringLiteral("/nonexistent-dir/report.html"), svg, &error));
        QVERIFY(error.contains(QStringLiteral("nonexistent-dir")));
        // Two runs compared: both lines on each plot.
        const QString cmp = report::comparisonHtml(m_in, m_in, svg);
        QCOMPARE(cmp.count(QStringLiteral("<svg")), 2);
        QCOMPARE(polylinePoints(svgOf(cmp, QStringLiteral("compare-throughput")), QStringLiteral("series")).size(), 2);
        const QString artifacts = qEnvironmentVariable("OMEGA_ARTIFACT_DIR");
        if (!artifacts.isEmpty()) {
            QDir().mkpath(artifacts);
            QFile::remove(artifacts + QStringLiteral("/tuning-report-svg.html"));
            QFile::copy(path, artifacts + QStringLiteral("/tuning-report-svg.html"));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportSvg)
#include "tst_report_svg.moc"
