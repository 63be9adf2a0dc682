// The Recommendations dock on real capacity reports from the simulator (offscreen).
#include "analysis/capacity_tracker.h"
#include "sim_feed.h"
#include "widgets/recommendations_panel.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

using namespace omega;

namespace {
analysis::AnalysisReportPtr reportAfter(testing::SimFeed& feed, analysis::CapacityTracker& tracker, double seconds,
                                        std::int64_t& after)
{
    feed.run(seconds);
    std::uint64_t gen = 0;
    auto rows = feed.pipeline().operatingSamples(after, &gen);
    if (!rows.empty())
        after = rows.back().simUs;
    auto report = std::make_shared<analysis::AnalysisReport>();
    report->capacity = tracker.update(rows, gen, feed.pipeline().latest()->knobRanges);
    report->simTimeUs = feed.pipeline().latest()->simTimeUs;
    return report;
}

void save(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("OMEGA_ARTIFACT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name));
}
} // namespace

class TestRecommendationsPanel : public QObject {
    Q_OBJECT
private slots:
    void baselineCardNamesTheChangeAndItsImpact()
    {
        testing::SimFeed feed(sim::Scenario::referenceDefault());
        analysis::CapacityTracker tracker;
        std::int64_t after = -1;
        widgets::RecommendationsPanel panel;
        panel.resize(520, 640);
        panel.setReport(reportAfter(feed, tracker, 60, after));
        QVERIFY(panel.summaryText().contains(QStringLiteral("cloud pool's slots")));
        QVERIFY(panel.list()->count() >= 1);
        const QString card = panel.list()->item(0)->text();
        QVERIFY2(card.contains(QStringLiteral("cloud limit 10 → 20")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("tasks/s")), qPrintable(card));
        // Nothing can apply a change yet: the buttons say why instead of doing nothing.
        const auto buttons = panel.findChildren<QPushButton*>();
        QCOMPARE(buttons.size(), 2);
        for (QPushButton* b : buttons) {
            QVERIFY(!b->isEnabled());
            QVERIFY(!b->toolTip().isEmpty());
        }
        panel.setActionsEnabled(true);
        QSignalSpy approve(&panel, &widgets::RecommendationsPanel::approveRequested);
        QTest::mouseClick(buttons[0], Qt::LeftButton);
        QCOMPARE(approve.size(), 1);
        const auto r = approve.at(0).at(0).value<analysis::Recommendation>();
        QCOMPARE(r.to.cloudLimit, 20u);
        save(panel, QStringLiteral("recommendations-baseline.png"));
    }

    void fittedModelIsPlottedWithItsWindows()
    {
        testing::SimFeed feed(sim::Scenario::referenceDefault());
        analysis::CapacityTracker tracker;
        std::int64_t after = -1;
        widgets::RecommendationsPanel panel;
        panel.resize(520, 640);
        auto report = reportAfter(feed, tracker, 60, after);
        // Walk the plan a few steps so the local pool has run at several concurrencies.
        for (int i = 0; i < 4 && !report->capacity->recommendations.empty(); ++i) {
            QVERIFY(feed.apply(report->capacity->recommendations.front().to));
            report = reportAfter(feed, tracker, 40, after);
        }
        panel.setReport(report);
        QCustomPlot* plot = panel.plot();
        QCOMPARE(plot->graphCount(), 2);
        QVERIFY(plot->graph(0)->dataCount() >= 4);    // one point per window
        QVERIFY(plot->graph(1)->dataCount() > 50);    // the USL curve
        save(panel, QStringLiteral("recommendations-fitted.png"));
    }
};

Q_DECLARE_METATYPE(omega::analysis::Recommendation)
QTEST_MAIN(TestRecommendationsPanel)
#include "tst_recommendations_panel.moc"
