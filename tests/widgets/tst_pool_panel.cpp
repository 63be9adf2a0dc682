// Pool cards: the numbers of a known PoolView appear in the card's labels; one card per pool.

#include "widget_test_data.h"
#include "widgets/pool_panel.h"
#include "widgets/theme.h"

#include <QLocale>
#include <QProgressBar>
#include <QTest>

using namespace omega;
using widgets::PoolPanel;
using widgets::PoolPanels;

namespace {
model::PoolView cloudPool()
{
    model::PoolView p;
    p.name = "cloud";
    p.kind = model::PoolKind::Cloud;
    p.limit = 10;
    p.inUse = 7;
    p.waiting = 300;
    p.batchSize = 4;
    p.completedPerS = 31.5;
    p.throttledPerS = 2.5;
    p.latencyP50Ms = 320;
    p.latencyP99Ms = 480;
    p.utilisation = 0.7f;
    return p;
}
} // namespace

class TestPoolPanel : public QObject {
    Q_OBJECT
private slots:
    void showsTheNumbersOfAPool()
    {
        PoolPanel card;
        card.setPool(cloudPool());
        QCOMPARE(card.poolName(), QStringLiteral("cloud"));
        QCOMPARE(card.valueText(QStringLiteral("limit")), QStringLiteral("10"));
        QVERIFY2(card.valueText(QStringLiteral("inUse")).startsWith(QStringLiteral("7 ")), qPrintable(card.valueText(QStringLiteral("inUse"))));
        QVERIFY(card.valueText(QStringLiteral("inUse")).endsWith(QStringLiteral("10")));
        QCOMPARE(card.valueText(QStringLiteral("waiting")), QLocale().toString(300));
        QCOMPARE(card.valueText(QStringLiteral("throttledPerS")), QLocale().toString(2.5, 'f', 1));
        QCOMPARE(card.valueText(QStringLiteral("donePerS")), QLocale().toString(31.5, 'f', 1));
        QVERIFY(card.valueText(QStringLiteral("latency")).contains(QStringLiteral("320")));
        QVERIFY(card.valueText(QStringLiteral("latency")).contains(QStringLiteral("480")));
        QCOMPARE(card.valueText(QStringLiteral("batch")), QStringLiteral("4"));
        QVERIFY(card.valueText(QStringLiteral("utilisation")).startsWith(QStringLiteral("70")));
        const auto* bar = card.findChild<QProgressBar*>();
        QVERIFY(bar);
        QCOMPARE(bar->maximum(), 10);
        QCOMPARE(bar->value(), 7);
        QVERIFY(card.valueText(QStringLiteral("nonsense")).isEmpty());
    }

    void oneCardPerPoolAndLiveUpdates()
    {
        PoolPanels panels;
        QVERIFY(panels.panels().isEmpty());
        auto snap = std::const_pointer_cast<model::FleetSnapshot>(testing::makeSnapshot(300));
        snap->pools[1] = cloudPool();
        panels.setSnapshot(snap);
        QCOMPARE(panels.panels().size(), 2);
        QVERIFY(panels.panel(QStringLiteral("local")));
        QCOMPARE(panels.panel(QStringLiteral("local"))->valueText(QStringLiteral("limit")), QStringLiteral("1"));
        QCOMPARE(panels.panel(QStringLiteral("local"))->valueText(QStringLiteral("waiting")), QLocale().toString(120));
        PoolPanel* cloud = panels.panel(QStringLiteral("cloud"));
        QVERIFY(cloud);
        QCOMPARE(cloud->valueText(QStringLiteral("waiting")), QLocale().toString(300));

        // Same serial: skipped. New serial: the same cards show the new numbers.
        auto next = std::make_shared<model::FleetSnapshot>(*snap);
        next->pools[1].limit = 40;
        panels.setSnapshot(next);
        QCOMPARE(cloud->valueText(QStringLiteral("limit")), QStringLiteral("10"));
        next->serial = snap->serial + 1;
        panels.setSnapshot(next);
        QCOMPARE(panels.panel(QStringLiteral("cloud")), cloud);
        QCOMPARE(cloud->valueText(QStringLiteral("limit")), QStringLiteral("40"));
    }

    void screenshot()
    {
        PoolPanels panels;
        auto snap = std::const_pointer_cast<model::FleetSnapshot>(testing::makeSnapshot(300));
        snap->pools[0].completedPerS = 19.8;
        snap->pools[0].latencyP50Ms = 50;
        snap->pools[0].utilisation = 1.0f;
        snap->pools[1] = cloudPool();
        panels.setSnapshot(snap);
        panels.resize(900, 240);
        panels.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panels));
        testing::saveScreenshot(panels, QStringLiteral("pool-panels"));
        widgets::applyTheme(widgets::Theme::Dark);
        QTest::qWait(20);
        testing::saveScreenshot(panels, QStringLiteral("pool-panels-dark"));
        widgets::applyTheme(widgets::Theme::Light);
    }
};

QTEST_MAIN(TestPoolPanel)
#include "tst_pool_panel.moc"
