// Fleet heatmap: colours of known cells, legend range, tooltip, click and search selection, zoom,
// a 100,000-agent layout without overlaps.

#include "widget_test_data.h"
#include "widgets/agent_heatmap.h"
#include "widgets/heatmap_panel.h"

#include <QTest>
#include <set>

using namespace omega;
using widgets::AgentHeatmap;
using widgets::Scope;

namespace {
constexpr int kHot = 1234;
model::SnapshotPtr snapshot(int agents = 3000) { return testing::makeSnapshot(agents, [](int a) { return a == kHot; }); }
} // namespace

class TestAgentHeatmap : public QObject {
    Q_OBJECT
private slots:
    void hotCellIsTheTopOfTheScale()
    {
        widgets::HeatmapPanel panel;
        widgets::SelectionModel selection;
        panel.setSelectionModel(&selection);
        panel.resize(1200, 700);
        panel.setSnapshot(snapshot());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        AgentHeatmap* map = panel.heatmap();
        // p99 is the default metric: the hot agent (5000 ms) is the maximum, others 100..149 ms.
        QCOMPARE(map->scale().low(), 100.0f);
        QCOMPARE(map->scale().high(), 5000.0f);
        QCOMPARE(map->cellColor(kHot), map->scale().at(255));
        QVERIFY(map->cellColor(7) != map->cellColor(kHot));
        // What is on screen agrees with the model of the image.
        const QImage shot = map->grab().toImage();
        const QRect hot = map->cellRect(kHot);
        QVERIFY(!hot.isEmpty());
        QCOMPARE(shot.pixel(hot.center()), map->scale().at(255));
        QCOMPARE(shot.pixel(map->cellRect(7).center()), map->cellColor(7));
        QVERIFY(panel.legend()->rangeText().contains(QLocale().toString(5000.0, 'f', 1)));
        testing::saveScreenshot(panel, QStringLiteral("heatmap-3000"));
    }

    void fixedRangeAndMetricSwitch()
    {
        AgentHeatmap map;
        map.resize(900, 600);
        map.setSnapshot(snapshot());
        map.setRange(0, 200);
        QCOMPARE(map.scale().high(), 200.0f);
        QCOMPARE(map.cellColor(kHot), map.scale().at(255));      // clamped at the top
        map.setMetric(model::Metric::QueueDepth);                // hot agent: 40, others a % 7
        QCOMPARE(map.scale().high(), 200.0f);                    // the fixed range stays
        map.setAutoRange(true);
        QCOMPARE(map.scale().high(), 40.0f);
        map.setMetric(model::Metric::State);
        QCOMPARE(QColor(map.cellColor(kHot)), AgentHeatmap::stateColor(omega::v1::AGENT_STATE_BUSY));
        QCOMPARE(QColor(map.cellColor(7)), AgentHeatmap::stateColor(omega::v1::AGENT_STATE_IDLE));
    }

    void tooltipNamesAgentKoshaAndTeam()
    {
        AgentHeatmap map;
        map.resize(900, 600);
        const auto snap = snapshot();
        map.setSnapshot(snap);
        const QString tip = map.toolTipText(kHot);
        const auto& t = *snap->topology;
        QVERIFY2(tip.contains(t.agents[kHot]), qPrintable(tip));
        QVERIFY(tip.contains(t.domains[int(t.agentDomain[kHot])]));
        QVERIFY(tip.contains(t.teams[int(t.agentTeam[kHot])]));
        QVERIFY(tip.contains(QStringLiteral("busy")));
        QVERIFY(tip.contains(QLocale().toString(5000.0, 'f', 1)));
        QCOMPARE(map.agentAt(map.cellRect(kHot).center()), kHot);
    }

    void clickAndSearchSelect()
    {
        widgets::HeatmapPanel panel;
        widgets::SelectionModel selection;
        panel.setSelectionModel(&selection);
        panel.resize(1200, 700);
        const auto snap = snapshot();
        panel.setSnapshot(snap);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::mouseClick(panel.heatmap(), Qt::LeftButton, {}, panel.heatmap()->cellRect(42).center());
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Agent, 42}));
        const auto& t = *snap->topology;
        QVERIFY(panel.find(t.agents[2999]));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Agent, 2999}));
        QVERIFY(panel.find(t.domains[17]));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Domain, 17}));
        QVERIFY(panel.find(t.teams[3]));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Team, 3}));
        QVERIFY(!panel.find(QStringLiteral("no-such-agent")));
        QVERIFY(panel.message().contains(QStringLiteral("no-such-agent")));
    }

    void zoomShowsOnlyThatTeam()
    {
        AgentHeatmap map;
        map.resize(1000, 700);
        const auto snap = snapshot();
        map.setSnapshot(snap);
        const auto& t = *snap->topology;
        const int team = static_cast<int>(t.agentTeam[kHot]);
        const QRect before = map.cellRect(kHot);
        map.zoomTo({Scope::Kind::Team, team});
        QVERIFY(map.cellRect(kHot).width() > before.width());   // bigger cells
        for (int a = 0; a < t.agentCount(); a += 7)
            QCOMPARE(map.cellRect(a).isEmpty(), static_cast<int>(t.agentTeam[static_cast<std::size_t>(a)]) != team);
        map.zoomTo({Scope::Kind::Prime, static_cast<int>(t.agentPrime[kHot])});
        QVERIFY(!map.cellRect(kHot).isEmpty());
        map.zoomOut();
        QCOMPARE(map.zoom(), (Scope{Scope::Kind::Team, team}));
        map.zoomOut();
        QCOMPARE(map.zoom(), Scope::fleet());
        testing::saveScreenshot(map, QStringLiteral("heatmap-fleet"));
    }

    void hundredThousandAgentsDoNotOverlap()
    {
        AgentHeatmap map;
        map.resize(1200, 700);
        map.setSnapshot(testing::makeSnapshot(100'000, [](int a) { return a % 997 == 0; }));
        std::set<std::pair<int, int>> seen;
        for (int a = 0; a < 100'000; a += 13) {
            const QRect r = map.cellRect(a);
            QVERIFY(!r.isEmpty());
            QVERIFY(map.rect().contains(r.center()));
            QVERIFY(seen.insert({r.x(), r.y()}).second);
        }
        testing::saveScreenshot(map, QStringLiteral("heatmap-100k"));
    }
};

QTEST_MAIN(TestAgentHeatmap)
#include "tst_agent_heatmap.moc"
