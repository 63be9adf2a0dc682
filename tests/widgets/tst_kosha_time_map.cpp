// Kosha x time heatmap on a real IngestPipeline: a hot domain is a top-colour stripe, levels switch
// the rows, hover names the cell, a click selects the group.

#include "unit/test_fleet.h"
#include "pipeline_fleet.h"
#include "widget_test_data.h"
#include "model/ingest_pipeline.h"
#include "widgets/kosha_time_map.h"
#include "widgets/selection.h"
#include "widgets/theme.h"

#include <qcustomplot.h>

#include <QTest>
#include <cmath>
#include <functional>

using namespace omega;
using testing::Fleet;
using model::ScopeKind;
using model::Metric;
using widgets::Scope;

namespace {

bool near(QColor a, QColor b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestKoshaTimeMap : public QObject {
    Q_OBJECT
private:
    // 3 teams x 3 primes x 4 domains = 36 domains, 10 agents each; domain 13 hot for 60 s at 10 Hz.
    static constexpr int kHot = 13;
    std::unique_ptr<Fleet> fleet;
    widgets::SelectionModel selection;
    std::unique_ptr<widgets::KoshaTimeMap> map;

private slots:
    void initTestCase()
    {
        fleet = std::make_unique<Fleet>(3, 3, 4, 10);
        fleet->feed(600, 100'000, [](int a, std::int64_t) { return a / 10 == kHot ? 1.0f : 0.0f; });
        QCOMPARE(fleet->pipeline.latest()->simTimeUs, std::int64_t(60'000'000));
        map = std::make_unique<widgets::KoshaTimeMap>();
        map->resize(1200, 700);
        map->setHistorySource(&fleet->pipeline);
        map->setSelectionModel(&selection);
        map->show();
        QVERIFY(QTest::qWaitForWindowExposed(map.get()));
        map->setMetric(Metric::QueueDepth);
        map->setLevel(ScopeKind::Domain);
        map->setSnapshot(fleet->pipeline.latest());
        map->refreshNow();
        map->plot()->replot();
    }

    void hotDomainIsTheTopColour()
    {
        QCOMPARE(map->rowCount(), 36);
        QCOMPARE(map->resolution(), model::Resolution::OneSecond);
        QCOMPARE(map->columnCount(), 301);   // 5 min of 1 s buckets, the open one included
        const int col = 30;                  // the bucket 00:30 - 00:31
        QCPColorMapData* d = map->colorMap()->data();
        const double top = map->colorMap()->dataRange().upper;
        QCOMPARE(d->cell(col, kHot), top);
        QVERIFY(d->cell(col, 2) < top / 2);
        QVERIFY(std::isnan(d->cell(200, kHot)));   // the future: no data, drawn as background

        const QImage img = map->plot()->grab().toImage();
        const QColor topColour = map->colorMap()->gradient().color(top, map->colorMap()->dataRange());
        QVERIFY(near(topColour, QColor(253, 231, 37), 4));   // viridis yellow
        const QColor hot = img.pixelColor(map->cellCenter(col, kHot));
        const QColor cold = img.pixelColor(map->cellCenter(col, 2));
        QVERIFY2(near(hot, topColour), qPrintable(hot.name() + QLatin1String(" vs ") + topColour.name()));
        QVERIFY2(!near(cold, topColour, 40), qPrintable(cold.name()));

        const QString tip = map->toolTipAt(map->cellCenter(col, kHot));
        QVERIFY2(tip.contains(QStringLiteral("search.p0.d1")), qPrintable(tip));   // domain 13 = team 1, prime 3, d1
        QVERIFY2(tip.contains(QStringLiteral("00:30")), qPrintable(tip));
        QVERIFY(map->toolTipAt(QPoint(2, 2)).isEmpty());
    }

    void levelSwitchChangesRows()
    {
        map->setLevel(ScopeKind::Team);
        QCOMPARE(map->rowCount(), 3);
        map->setLevel(ScopeKind::Prime);
        QCOMPARE(map->rowCount(), 9);
        // The hot domain's prime (3) is the hot prime row.
        map->plot()->replot();
        const double top = map->colorMap()->dataRange().upper;
        QCOMPARE(map->colorMap()->data()->cell(30, 3), top);
        map->setLevel(ScopeKind::Domain);
        QCOMPARE(map->rowCount(), 36);
    }

    void windowSwitchCoarsensBuckets()
    {
        map->setWindowSeconds(3600);
        QCOMPARE(map->resolution(), model::Resolution::TenSeconds);
        map->setWindowSeconds(900);
        QCOMPARE(map->resolution(), model::Resolution::TenSeconds);
        map->setWindowSeconds(300);
        QCOMPARE(map->resolution(), model::Resolution::OneSecond);
    }

    void clickSelectsTheRow()
    {
        map->plot()->replot();
        QTest::mouseClick(map->plot(), Qt::LeftButton, {}, map->cellCenter(20, 5));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Domain, 5}));
        map->setLevel(ScopeKind::Team);
        map->plot()->replot();
        QTest::mouseClick(map->plot(), Qt::LeftButton, {}, map->cellCenter(20, 2));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Team, 2}));
        map->setLevel(ScopeKind::Domain);
    }

    void newDataScrollsIn()
    {
        // Two more seconds: the newest column gets data; refreshes are throttled, not lost.
        fleet->feed(20, 100'000, [](int a, std::int64_t) { return a / 10 == kHot ? 1.0f : 0.0f; });
        map->setSnapshot(fleet->pipeline.latest());
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(map->colorMap()->data()->cell(61, kHot)), 2000);
    }

    void screenshot()
    {
        // 6 teams x 4 primes x 5 domains, 5 min at 2 Hz: one domain turns hot at 02:00, a team warms
        // up between 01:00 and 01:40.
        Fleet big(6, 4, 5, 8);
        const int hotDomain = 57;
        big.feed(600, 500'000, [&](int a, std::int64_t t) {
            const int domain = a / 8;
            if (domain == hotDomain && t >= 120'000'000)
                return 1.0f;
            if (domain / 20 == 4 && t >= 60'000'000 && t < 100'000'000)
                return 0.35f;
            return static_cast<float>((domain * 7 + t / 10'000'000) % 10) / 40.0f;
        });
        widgets::SelectionModel sel;
        widgets::KoshaTimeMap view;
        view.resize(1200, 700);
        view.setHistorySource(&big.pipeline);
        view.setSelectionModel(&sel);
        view.setMetric(Metric::LatencyP99);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(big.pipeline.latest());
        view.refreshNow();
        sel.select(Scope{Scope::Kind::Domain, hotDomain});
        QTest::qWait(50);
        view.plot()->replot();
        QCOMPARE(view.rowCount(), 120);
        const double top = view.colorMap()->dataRange().upper;
        QCOMPARE(view.colorMap()->data()->cell(250, hotDomain), top);
        testing::saveScreenshot(view, QStringLiteral("kosha-time-map"));
        view.setLevel(ScopeKind::Team);
        QTest::qWait(50);
        view.plot()->replot();
        testing::saveScreenshot(view, QStringLiteral("kosha-time-map-teams"));
        view.setLevel(ScopeKind::Prime);
        widgets::applyTheme(widgets::Theme::Dark);
        QTest::qWait(50);
        view.plot()->replot();
        testing::saveScreenshot(view, QStringLiteral("kosha-time-map-dark"));
        widgets::applyTheme(widgets::Theme::Light);
    }
};

QTEST_MAIN(TestKoshaTimeMap)
#include "tst_kosha_time_map.moc"
