// Fleet heatmap: what is drawn for known snapshots (hot cell at the top of the scale, legend
// range, metric switch), tooltip, click / outside selection / search, zoom, skipped serials, and
// a 100,000-agent layout without overlapping cells.

#include "widget_test_data.h"
#include "widgets/color_legend.h"
#include "widgets/fleet_heatmap.h"
#include "widgets/heatmap_panel.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTest>
#include <QToolTip>
#include <cmath>

using namespace omega;
using widgets::FleetHeatmap;
using widgets::HeatmapPanel;
using widgets::Scope;

namespace {
constexpr int kHot = 1234;

model::SnapshotPtr snapshot(int agents = 3000, std::uint64_t serial = 1)
{
    return testing::makeSnapshot(agents, [](int a) { return a == kHot; }, 12, 6, 5, serial);
}

// The same topology with other values, as the ingest thread publishes frame after frame.
std::shared_ptr<model::FleetSnapshot> nextFrame(const model::SnapshotPtr& s, std::uint64_t serial)
{
    auto next = std::make_shared<model::FleetSnapshot>(*s);
    next->serial = serial;
    return next;
}

// A fleet shaped like the simulator's: named teams, uneven koshas, a slow domain, mixed states.
model::SnapshotPtr realisticSnapshot()
{
    static const char* const names[] = {"Atlas", "Borealis", "Cygnus", "Draco", "Eridanus", "Fornax",
                                        "Gemini", "Hydra", "Lyra", "Orion", "Pegasus", "Vela"};
    QRandomGenerator rng(7);
    auto t = std::make_shared<model::Topology>();
    t->version = 1;
    const auto uneven = [&](int lo, int hi) { return lo + static_cast<int>(rng.bounded(static_cast<quint32>(hi - lo + 1))); };
    for (int tm = 0; tm < 12; ++tm) {
        t->teams << QString::fromLatin1(names[tm]);
        const QString key = t->teams.back().toLower();
        for (int p = 0, primes = uneven(4, 8); p < primes; ++p) {
            t->primes << QStringLiteral("%1.p%2").arg(key).arg(p + 1, 2, 10, QLatin1Char('0'));
            t->primeTeam.push_back(static_cast<std::uint32_t>(tm));
            for (int d = 0, domains = uneven(3, 7); d < domains; ++d) {
                t->domains << QStringLiteral("%1.d%2").arg(t->primes.back()).arg(d + 1);
                t->domainPrime.push_back(static_cast<std::uint32_t>(t->primes.size() - 1));
                for (int a = 0, agents = uneven(3, 14); a < agents; ++a) {
                    t->agents << QStringLiteral("%1.a%2").arg(t->domains.back()).arg(a + 1, 3, 10, QLatin1Char('0'));
                    t->agentDomain.push_back(static_cast<std::uint32_t>(t->domains.size() - 1));
                    t->agentPrime.push_back(static_cast<std::uint32_t>(t->primes.size() - 1));
                    t->agentTeam.push_back(static_cast<std::uint32_t>(tm));
                }
            }
        }
    }
    auto s = std::make_shared<model::FleetSnapshot>();
    s->serial = 1;
    s->topology = t;
    const auto n = static_cast<std::size_t>(t->agentCount());
    s->agents.resize(n);
    const auto slowDomain = static_cast<std::uint32_t>(t->domains.indexOf(QStringLiteral("hydra.p02.d3")));
    for (std::size_t i = 0; i < n; ++i) {
        const bool slow = t->agentDomain[i] == slowDomain || t->agentTeam[i] == 4;
        const double noise = -std::log(1.0 - rng.generateDouble());   // heavy-ish tail
        s->agents.latencyP99Ms[i] = static_cast<float>((slow ? 900.0 : 180.0) + 120.0 * noise);
        s->agents.latencyP50Ms[i] = s->agents.latencyP99Ms[i] / 4;
        s->agents.queueDepth[i] = slow ? 20 + rng.bounded(20u) : rng.bounded(6u);
        s->agents.utilisation[i] = static_cast<float>(slow ? 0.95 : 0.3 + 0.5 * rng.generateDouble());
        s->agents.throughput[i] = static_cast<float>(slow ? 0.2 : 1.0 + rng.generateDouble());
        s->agents.errorRate[i] = static_cast<float>(rng.bounded(50u) == 0 ? 0.5 : 0.0);
        const quint32 r = rng.bounded(100u);
        s->agents.state[i] = static_cast<std::uint8_t>(slow ? omega::v1::AGENT_STATE_WAITING
                                                      : r < 2  ? omega::v1::AGENT_STATE_FAILED
                                                      : r < 45 ? omega::v1::AGENT_STATE_BUSY
                                                               : omega::v1::AGENT_STATE_IDLE);
    }
    s->rollups = model::computeRollups(*t, s->agents);
    return s;
}

// Every shown agent's cell inside the widget and no two cells sharing a pixel.
void verifyNoOverlap(const FleetHeatmap& map, int agents)
{
    std::vector<std::uint8_t> used(static_cast<std::size_t>(map.width()) * static_cast<std::size_t>(map.height()), 0);
    for (int a = 0; a < agents; ++a) {
        const QRect r = map.cellRect(a);
        QVERIFY2(!r.isEmpty(), qPrintable(QString::number(a)));
        QVERIFY2(map.rect().contains(r), qPrintable(QString::number(a)));
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x) {
                auto& u = used[static_cast<std::size_t>(y) * static_cast<std::size_t>(map.width()) + static_cast<std::size_t>(x)];
                QVERIFY2(!u, qPrintable(QStringLiteral("agent %1 overlaps at %2,%3").arg(a).arg(x).arg(y)));
                u = 1;
            }
    }
}

void showPanel(HeatmapPanel& panel, widgets::SelectionModel& selection, const model::SnapshotPtr& snap)
{
    panel.setSelectionModel(&selection);
    panel.resize(1280, 800);
    panel.setSnapshot(snap);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
}

// Lets pending layout requests (labels that grew) settle before a screenshot.
QString shoot(QWidget& w, const QString& name)
{
    QCoreApplication::processEvents();
    return testing::saveScreenshot(w, name);
}
} // namespace

class TestFleetHeatmap : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { widgets::applyTheme(widgets::Theme::Light); }

    void hotCellIsTheTopOfTheScale()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        showPanel(panel, selection, snapshot());
        FleetHeatmap* map = panel.heatmap();
        // p99 is the default metric: the hot agent (5000 ms) is the maximum, others 100..149 ms.
        QCOMPARE(map->rangeLow(), 100.0f);
        QCOMPARE(map->rangeHigh(), 5000.0f);
        QCOMPARE(map->cellColor(kHot), map->scale().at(255));
        QCOMPARE(map->cellColor(7), map->scale().map(107.0f));
        QVERIFY(map->cellColor(7) != map->cellColor(kHot));
        // What is on screen agrees with cellColor.
        const QImage shot = map->grab().toImage();
        QVERIFY(!map->cellRect(kHot).isEmpty());
        QCOMPARE(shot.pixel(map->cellRect(kHot).center()), map->scale().at(255));
        QCOMPARE(shot.pixel(map->cellRect(7).center()), map->cellColor(7));
        QVERIFY(shot.pixel(map->cellRect(7).center()) != shot.pixel(map->cellRect(kHot).center()));
        // Legend under auto range = the data's min and max.
        QVERIFY(!panel.legend()->isCategorical());
        QCOMPARE(panel.legend()->low(), 100.0f);
        QCOMPARE(panel.legend()->high(), 5000.0f);
        QVERIFY2(panel.legend()->rangeText().contains(QLocale().toString(5000.0, 'f', 0)), qPrintable(panel.legend()->rangeText()));
        QVERIFY(map->cellSize() >= 8);   // 3,000 agents stay legible at 1280 x 800
        verifyNoOverlap(*map, 3000);
        shoot(panel, QStringLiteral("heatmap-3000"));
    }

    void smallViewStaysLegible()
    {
        // The size the main window's centre gives it next to the docks.
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        showPanel(panel, selection, snapshot());
        panel.resize(1000, 330);
        QCoreApplication::processEvents();
        FleetHeatmap* map = panel.heatmap();
        QVERIFY(map->cellSize() >= 3);
        verifyNoOverlap(*map, 3000);
        shoot(panel, QStringLiteral("heatmap-small"));
    }

    void legendFollowsFixedRange()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        showPanel(panel, selection, snapshot());
        FleetHeatmap* map = panel.heatmap();
        panel.setFixedRange(0, 200);
        QVERIFY(!map->autoRange());
        QCOMPARE(panel.legend()->low(), 0.0f);
        QCOMPARE(panel.legend()->high(), 200.0f);
        QCOMPARE(map->cellColor(kHot), map->scale().at(255));          // clamped at the top
        QCOMPARE(map->cellColor(7), map->scale().map(107.0f));        // mid-scale now
        QVERIFY(map->cellColor(7) != map->scale().at(0));
        // New data does not move a fixed range.
        auto next = nextFrame(map->snapshot(), 2);
        next->agents.latencyP99Ms[kHot] = 9000;
        panel.setSnapshot(next);
        QCOMPARE(panel.legend()->high(), 200.0f);
        // Another metric starts from its own data range, and fixed stays fixed.
        panel.setMetric(model::Metric::QueueDepth);
        QCOMPARE(panel.legend()->low(), 0.0f);
        QCOMPARE(panel.legend()->high(), 40.0f);
        QVERIFY(!map->autoRange());
        panel.setMetric(model::Metric::LatencyP99);
        QCOMPARE(panel.legend()->high(), 200.0f);                       // remembered per metric
        panel.setAutoRange(true);
        QCOMPARE(panel.legend()->low(), 100.0f);
        QCOMPARE(panel.legend()->high(), 9000.0f);
    }

    void metricSwitchChangesColours()
    {
        FleetHeatmap map;
        map.resize(1000, 640);
        map.setSnapshot(snapshot());
        const QRgb p99 = map.cellColor(3);                             // 103 ms of 100..5000
        map.setMetric(model::Metric::QueueDepth);                      // 3 of 0..40
        QCOMPARE(map.rangeHigh(), 40.0f);
        QVERIFY(map.cellColor(3) != p99);
        QCOMPARE(map.cellColor(3), map.scale().map(3.0f));
        QCOMPARE(map.cellColor(kHot), map.scale().at(255));
        QCOMPARE(map.grab().toImage().pixel(map.cellRect(3).center()), map.cellColor(3));
        map.setMetric(model::Metric::State);
        QCOMPARE(QColor(map.cellColor(kHot)), FleetHeatmap::stateColor(omega::v1::AGENT_STATE_BUSY));
        QCOMPARE(QColor(map.cellColor(7)), FleetHeatmap::stateColor(omega::v1::AGENT_STATE_IDLE));
        map.setColorPalette(widgets::ColorScale::Palette::Cividis);
        map.setMetric(model::Metric::LatencyP99);
        QCOMPARE(map.cellColor(kHot), map.scale().at(255));
        QCOMPARE(map.scale().palette(), widgets::ColorScale::Palette::Cividis);
    }

    void stateLegendNamesTheCategories()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        showPanel(panel, selection, realisticSnapshot());
        panel.setMetric(model::Metric::State);
        QVERIFY(panel.legend()->isCategorical());
        QVERIFY(!panel.findChild<QCheckBox*>(QStringLiteral("autoRange"))->isEnabled());
        shoot(panel, QStringLiteral("heatmap-state"));
        panel.setMetric(model::Metric::LatencyP99);
        shoot(panel, QStringLiteral("heatmap-uneven"));
    }

    void tooltipNamesAgentKoshaAndTeam()
    {
        FleetHeatmap map;
        map.resize(1000, 640);
        const auto snap = snapshot();
        map.setSnapshot(snap);
        const auto& t = *snap->topology;
        const QString tip = map.toolTipText(kHot);
        QVERIFY2(tip.contains(t.agents[kHot]), qPrintable(tip));
        QVERIFY(tip.contains(t.domains[int(t.agentDomain[kHot])]));
        QVERIFY(tip.contains(t.primes[int(t.agentPrime[kHot])]));
        QVERIFY(tip.contains(t.teams[int(t.agentTeam[kHot])]));
        QVERIFY(tip.contains(FleetHeatmap::stateName(omega::v1::AGENT_STATE_BUSY)));
        QVERIFY(tip.contains(FleetHeatmap::formatValue(model::Metric::LatencyP99, 5000)));
        QVERIFY(tip.contains(FleetHeatmap::formatValue(model::Metric::Utilisation, 100)));
        QCOMPARE(map.agentAt(map.cellRect(kHot).center()), kHot);
        QCOMPARE(map.agentAt(QPoint(0, 0)), -1);
    }

    void hoverShowsTheToolTip()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        const auto snap = snapshot();
        showPanel(panel, selection, snap);
        FleetHeatmap* map = panel.heatmap();
        const QPoint at = map->cellRect(kHot).center();
        QHelpEvent help(QEvent::ToolTip, at, map->mapToGlobal(at));
        QCoreApplication::sendEvent(map, &help);
        QVERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(snap->topology->agents[kHot]), qPrintable(QToolTip::text()));
        // Over a team's label: the team with its counts.
        const QPoint label = map->cellRect(0).topLeft() - QPoint(40, -4);
        QCOMPARE(map->scopeAt(label), (Scope{Scope::Kind::Team, 0}));
        QVERIFY(map->groupToolTipText({Scope::Kind::Team, 0}).contains(QStringLiteral("team0")));
        QToolTip::hideText();
    }

    void newTopologyResetsAStaleZoom()
    {
        FleetHeatmap map;
        widgets::SelectionModel selection;
        map.setSelectionModel(&selection);
        map.resize(1000, 640);
        map.setSnapshot(snapshot());
        map.zoomTo({Scope::Kind::Team, 11});
        selection.select({Scope::Kind::Agent, 2999});
        QVERIFY(!map.outlineRects().isEmpty());
        // A smaller fleet: team 11 and agent 2999 no longer exist.
        map.setSnapshot(testing::makeSnapshot(500, {}, 4, 3, 2, 7));
        QCOMPARE(map.zoom(), Scope::fleet());
        QVERIFY(map.outlineRects().isEmpty());
        QVERIFY(!map.selectionOutsideZoom());
        verifyNoOverlap(map, 500);
        QVERIFY(map.cellRect(500).isEmpty());
    }

    void clickSelectsTheAgent()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        showPanel(panel, selection, snapshot());
        FleetHeatmap* map = panel.heatmap();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(42).center());
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Agent, 42}));
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(kHot).center());
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Agent, kHot}));
        // The outline follows, and it is drawn around the cell.
        const QList<QRect> outline = map->outlineRects();
        QCOMPARE(outline.size(), 1);
        QVERIFY(outline.first().contains(map->cellRect(kHot)));
    }

    void outsideSelectionMovesTheOutline()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        const auto snap = snapshot();
        showPanel(panel, selection, snap);
        FleetHeatmap* map = panel.heatmap();
        const auto& t = *snap->topology;
        QVERIFY(map->outlineRects().isEmpty());
        selection.select({Scope::Kind::Agent, 2000});
        QCOMPARE(map->outlineRects().size(), 1);
        const QRect o = map->outlineRects().first();
        QVERIFY(o.contains(map->cellRect(2000)));
        // The outline is painted: its line is the text colour, not a cell colour.
        const QImage shot = map->grab().toImage();
        QCOMPARE(QColor(shot.pixel(o.left(), o.center().y())), map->palette().color(QPalette::WindowText));
        // A domain selected elsewhere: one outline around all of its cells.
        const int domain = 17;
        selection.select({Scope::Kind::Domain, domain});
        QVERIFY(!map->outlineRects().isEmpty());
        for (int a = 0; a < t.agentCount(); ++a)
            if (static_cast<int>(t.agentDomain[static_cast<std::size_t>(a)]) == domain) {
                bool inside = false;
                for (const QRect& r : map->outlineRects())
                    inside = inside || r.contains(map->cellRect(a));
                QVERIFY(inside);
            }
        // Zoomed into one team, a selection in another keeps the zoom and says so.
        const int team = static_cast<int>(t.agentTeam[0]);
        map->zoomTo({Scope::Kind::Team, team});
        selection.select({Scope::Kind::Agent, 2999});
        QCOMPARE(map->zoom(), (Scope{Scope::Kind::Team, team}));
        QVERIFY(map->selectionOutsideZoom());
        QVERIFY(map->note().contains(t.agents[2999]));
        QVERIFY(map->outlineRects().isEmpty());
        selection.select({Scope::Kind::Agent, 1});
        QVERIFY(!map->selectionOutsideZoom());
        QCOMPARE(map->outlineRects().size(), 1);
    }

    void searchFindsAgentsAndKoshas()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        const auto snap = snapshot();
        showPanel(panel, selection, snap);
        const auto& t = *snap->topology;
        QVERIFY(panel.find(t.agents[2999]));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Agent, 2999}));
        // A domain's name is also the start of its agents' names: the exact match wins.
        QVERIFY(panel.find(t.domains[17]));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Domain, 17}));
        QVERIFY(panel.find(t.primes[5]));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Prime, 5}));
        QVERIFY(panel.find(QStringLiteral("TEAM1")));                   // not team10 / team11
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Team, 1}));
        // Enter walks the matches.
        auto* search = panel.findChild<QLineEdit*>(QStringLiteral("search"));
        QVERIFY(search);
        search->clear();
        QTest::keyClicks(search, QStringLiteral(".a1"));              // agents .a1, .a10.. .a1999
        QTest::keyClick(search, Qt::Key_Return);
        const Scope first = selection.current();
        QCOMPARE(first.kind, Scope::Kind::Agent);
        QVERIFY(t.agents[first.index].contains(QStringLiteral(".a1")));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(selection.current() != first);
        QVERIFY(panel.message().contains(QStringLiteral("2")));
        // No match: a clear message and the selection stays.
        const Scope before = selection.current();
        QVERIFY(!panel.find(QStringLiteral("no-such-agent")));
        QVERIFY(panel.message().contains(QStringLiteral("no-such-agent")));
        QCOMPARE(selection.current(), before);
    }

    void zoomShowsOnlyThatGroup()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        const auto snap = snapshot();
        showPanel(panel, selection, snap);
        FleetHeatmap* map = panel.heatmap();
        const auto& t = *snap->topology;
        const int team = static_cast<int>(t.agentTeam[kHot]);
        const int before = map->cellSize();
        selection.select({Scope::Kind::Team, team});
        panel.zoomToSelection();
        QCOMPARE(map->zoom(), (Scope{Scope::Kind::Team, team}));
        QVERIFY(map->cellSize() > before);                             // bigger cells
        for (int a = 0; a < t.agentCount(); ++a)
            QCOMPARE(map->cellRect(a).isEmpty(), static_cast<int>(t.agentTeam[static_cast<std::size_t>(a)]) != team);
        QVERIFY(panel.zoomText().contains(t.teams[team]));
        QCOMPARE(map->cellColor(kHot), map->scale().at(255));
        selection.select({Scope::Kind::Agent, kHot});
        shoot(panel, QStringLiteral("heatmap-zoomed"));
        // Double-click a cell: into its prime kosha, then its domain.
        QTest::mouseDClick(map, Qt::LeftButton, {}, map->cellRect(kHot).center());
        QCOMPARE(map->zoom(), (Scope{Scope::Kind::Prime, static_cast<int>(t.agentPrime[kHot])}));
        shoot(panel, QStringLiteral("heatmap-prime"));
        QTest::mouseDClick(map, Qt::LeftButton, {}, map->cellRect(kHot).center());
        QCOMPARE(map->zoom(), (Scope{Scope::Kind::Domain, static_cast<int>(t.agentDomain[kHot])}));
        for (int a = 0; a < t.agentCount(); a += 3)
            QCOMPARE(map->cellRect(a).isEmpty(), t.agentDomain[static_cast<std::size_t>(a)] != t.agentDomain[kHot]);
        shoot(panel, QStringLiteral("heatmap-domain"));
        // Backspace goes up one level at a time.
        map->setFocus();
        QTest::keyClick(map, Qt::Key_Backspace);
        QCOMPARE(map->zoom(), (Scope{Scope::Kind::Prime, static_cast<int>(t.agentPrime[kHot])}));
        QTest::keyClick(map, Qt::Key_Escape);
        QCOMPARE(map->zoom(), (Scope{Scope::Kind::Team, team}));
        panel.zoomOut();
        QCOMPARE(map->zoom(), Scope::fleet());
        QCOMPARE(panel.zoomText(), QStringLiteral("Fleet"));
        QVERIFY(!map->cellRect(0).isEmpty());
    }

    void newDataRecoloursWithoutLayout()
    {
        FleetHeatmap map;
        map.resize(1000, 640);
        const auto first = snapshot();
        map.setSnapshot(first);
        const QRgb cold = map.cellColor(7);
        const int layouts = map.layoutCount();
        // The same serial again (even with other values) is skipped.
        auto same = nextFrame(first, 1);
        same->agents.latencyP99Ms[7] = 4000;
        map.setSnapshot(same);
        QCOMPARE(map.cellColor(7), cold);
        // A new serial recolours, the layout stays.
        auto next = nextFrame(first, 2);
        next->agents.latencyP99Ms[7] = 4000;
        map.setSnapshot(next);
        QVERIFY(map.cellColor(7) != cold);
        QCOMPARE(map.layoutCount(), layouts);
        // A size change lays out again.
        map.resize(900, 600);
        QVERIFY(!map.cellRect(7).isEmpty());
        QCOMPARE(map.layoutCount(), layouts + 1);
    }

    void hundredThousandAgentsDoNotOverlap()
    {
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        showPanel(panel, selection, testing::makeSnapshot(100'000, [](int a) { return a % 997 == 0; }));
        FleetHeatmap* map = panel.heatmap();
        QVERIFY(map->cellSize() >= 1);
        verifyNoOverlap(*map, 100'000);
        QCOMPARE(map->cellColor(997), map->scale().at(255));
        QCOMPARE(map->grab().toImage().pixel(map->cellRect(997 * 3).center()), map->scale().at(255));
        shoot(panel, QStringLiteral("heatmap-100k"));
    }

    void darkTheme()
    {
        widgets::applyTheme(widgets::Theme::Dark);
        HeatmapPanel panel;
        widgets::SelectionModel selection;
        showPanel(panel, selection, realisticSnapshot());
        selection.select({Scope::Kind::Prime, 9});
        QVERIFY(!panel.heatmap()->outlineRects().isEmpty());
        shoot(panel, QStringLiteral("heatmap-dark"));
        widgets::applyTheme(widgets::Theme::Light);
    }
};

QTEST_MAIN(TestFleetHeatmap)
#include "tst_fleet_heatmap.moc"
