// Kosha treemap: nesting, areas proportional to work, squarified shapes, colour of the hot domain,
// click selection, tooltip, zoom, and a layout that stays put for small changes.

#include "widgets/color_scale.h"
#include "widgets/kosha_treemap.h"
#include "widgets/selection.h"
#include "widgets/widget_test_data.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QToolTip>
#include <QtTest>
#include <algorithm>

using namespace omega;
using namespace omega::widgets;

namespace {

model::SnapshotPtr edited(const model::SnapshotPtr& base, std::uint64_t serial, const std::function<void(model::AgentColumns&)>& edit)
{
    auto s = std::make_shared<model::FleetSnapshot>(*base);
    s->serial = serial;
    edit(s->agents);
    s->rollups = model::computeRollups(*s->topology, s->agents);
    return s;
}

constexpr int kHotDomain = 17;   // team0.p3.d2
bool hotAgent(int a) { return a * 360 / 3000 == kHotDomain; }

// Uneven work: throughput varies per agent and a few domains are idle.
model::SnapshotPtr unevenSnapshot()
{
    return edited(testing::makeSnapshot(3000, hotAgent), 2, [](model::AgentColumns& a) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            const int domain = int(i) * 360 / 3000;
            a.throughput[i] = domain % 37 == 5 ? 0.0f : 0.2f + float((i * 7) % 13) * 0.4f + float(domain % 9);
        }
    });
}

QColor pixelInside(const QImage& img, const QRectF& r)
{
    // Away from the label in the top-left corner and from the borders.
    const QPoint p(int(r.right()) - 5, int(r.bottom()) - 5);
    return img.pixelColor(p);
}

} // namespace

class TstKoshaTreemap : public QObject {
    Q_OBJECT
private slots:
    void nestedRectsContainEachOther();
    void areasProportionalToWork();
    void squarifiedShapes();
    void sizeByAgents();
    void hotDomainHasTopColour();
    void clickSelectsDomain();
    void toolTipNamesDomainAndTeam();
    void zoomInAndOut();
    void layoutStaysForSmallChanges();
    void liveUpdateIsCheap();
    void screenshot();
};

void TstKoshaTreemap::nestedRectsContainEachOther()
{
    KoshaTreemap map;
    map.resize(1000, 700);
    map.setSnapshot(unevenSnapshot());
    const auto s = unevenSnapshot();
    const model::Topology& t = *s->topology;
    const QRectF whole = QRectF(map.rect());
    auto inside = [](const QRectF& outer, const QRectF& inner) { return outer.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(inner); };
    for (int tm = 0; tm < t.teamCount(); ++tm) {
        QVERIFY(!map.teamRect(tm).isEmpty());
        QVERIFY(inside(whole, map.teamRect(tm)));
        for (int other = tm + 1; other < t.teamCount(); ++other)
            QVERIFY(map.teamRect(tm).intersected(map.teamRect(other)).width() * map.teamRect(tm).intersected(map.teamRect(other)).height() < 1e-6);
    }
    for (int p = 0; p < t.primeCount(); ++p)
        QVERIFY2(inside(map.teamRect(int(t.primeTeam[std::size_t(p)])), map.primeRect(p)), qPrintable(t.primes[p]));
    for (int d = 0; d < t.domainCount(); ++d) {
        QVERIFY(!map.domainRect(d).isEmpty());   // idle domains still show
        QVERIFY2(inside(map.primeRect(int(t.domainPrime[std::size_t(d)])), map.domainRect(d)), qPrintable(t.domains[d]));
    }
}

void TstKoshaTreemap::areasProportionalToWork()
{
    const auto s = unevenSnapshot();
    KoshaTreemap map;
    map.resize(1000, 700);
    map.setSnapshot(s);
    const int n = s->topology->domainCount();
    double area = 0, work = 0, mean = 0;
    for (const auto& g : s->rollups.domains)
        mean += g.throughput / double(n);
    for (int d = 0; d < n; ++d) {
        area += map.domainRect(d).width() * map.domainRect(d).height();
        work += map.domainWork(d);
        // Busy domains are sized by their throughput; idle ones by a small floor.
        const double tp = s->rollups.domains[std::size_t(d)].throughput;
        if (tp > 0.2 * mean)
            QCOMPARE(map.domainWork(d), tp);
        else
            QVERIFY(map.domainWork(d) > 0 && map.domainWork(d) <= 0.2 * mean);
    }
    for (int d = 0; d < n; ++d) {
        const double a = map.domainRect(d).width() * map.domainRect(d).height();
        const double expected = area * map.domainWork(d) / work;
        QVERIFY2(std::abs(a - expected) <= 0.02 * expected, qPrintable(QStringLiteral("domain %1: %2 vs %3").arg(d).arg(a).arg(expected)));
    }
    // Teams too: the sum of their domains' work.
    for (int tm = 0; tm < s->topology->teamCount(); ++tm) {
        double w = 0;
        for (int d = 0; d < n; ++d)
            if (int(s->topology->primeTeam[s->topology->domainPrime[std::size_t(d)]]) == tm)
                w += map.domainWork(d);
        const double a = map.teamRect(tm).width() * map.teamRect(tm).height();
        QVERIFY(std::abs(a - area * w / work) <= 0.02 * area * w / work);
    }
}

void TstKoshaTreemap::squarifiedShapes()
{
    KoshaTreemap map;
    map.resize(1000, 700);
    map.setSnapshot(unevenSnapshot());
    std::vector<double> aspects;
    for (int d = 0; d < 360; ++d) {
        const QRectF r = map.domainRect(d);
        aspects.push_back(std::max(r.width() / r.height(), r.height() / r.width()));
    }
    std::sort(aspects.begin(), aspects.end());
    const double median = aspects[aspects.size() / 2];
    qInfo("domain aspect ratio: median %.2f, 90th percentile %.2f", median, aspects[aspects.size() * 9 / 10]);
    QVERIFY(median < 3.0);
}

void TstKoshaTreemap::sizeByAgents()
{
    KoshaTreemap map;
    map.resize(1000, 700);
    const auto s = unevenSnapshot();
    map.setSnapshot(s);
    const int before = map.layoutCount();
    map.setSizeBy(KoshaTreemap::SizeBy::Agents);
    for (int d = 0; d < 360; ++d)
        QCOMPARE(map.domainWork(d), double(s->rollups.domains[std::size_t(d)].agents));
    int withNine = -1, withEight = -1;
    for (int d = 0; d < 360; ++d)
        (s->rollups.domains[std::size_t(d)].agents == 9 ? withNine : withEight) = d;
    QVERIFY(withNine >= 0 && withEight >= 0);
    const QRectF nine = map.domainRect(withNine);
    const QRectF eight = map.domainRect(withEight);
    QVERIFY(map.layoutCount() > before);
    QVERIFY(std::abs(nine.width() * nine.height() / (eight.width() * eight.height()) - 9.0 / 8.0) < 0.02);
}

void TstKoshaTreemap::hotDomainHasTopColour()
{
    KoshaTreemap map;
    map.setMetric(model::Metric::LatencyP99);
    map.resize(1000, 700);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.setSnapshot(testing::makeSnapshot(3000, hotAgent));
    const QImage img = map.grab().toImage();
    const ColorScale viridis(ColorScale::Palette::Viridis);
    const QColor top(viridis.at(255));
    const QColor hot = pixelInside(img, map.domainRect(kHotDomain));
    QVERIFY2(std::abs(hot.red() - top.red()) + std::abs(hot.green() - top.green()) + std::abs(hot.blue() - top.blue()) <= 6,
             qPrintable(hot.name() + QStringLiteral(" vs ") + top.name()));
    // Every other domain is near the bottom of the scale.
    const QColor cool = pixelInside(img, map.domainRect(200));
    const QColor bottom(viridis.at(0));
    QVERIFY(std::abs(cool.red() - bottom.red()) + std::abs(cool.green() - bottom.green()) + std::abs(cool.blue() - bottom.blue()) < 40);
    QCOMPARE(map.colorScale().high(), 5000.0f);
}

void TstKoshaTreemap::clickSelectsDomain()
{
    SelectionModel selection;
    KoshaTreemap map;
    map.setSelectionModel(&selection);
    map.resize(1000, 700);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.setSnapshot(unevenSnapshot());
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.domainRect(123).center().toPoint());
    QCOMPARE(selection.current(), (Scope{Scope::Kind::Domain, 123}));
    QCOMPARE(map.domainAt(map.domainRect(7).center()), 7);
    QCOMPARE(map.domainAt(QPointF(2, 2)), -1);   // header
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(selection.current(), (Scope{Scope::Kind::Domain, 123}));
}

void TstKoshaTreemap::toolTipNamesDomainAndTeam()
{
    KoshaTreemap map;
    map.resize(1000, 700);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const auto s = unevenSnapshot();
    map.setSnapshot(s);
    const int d = 200;   // team6.p4.d0
    const QString text = map.toolTipFor(d);
    QVERIFY(text.contains(s->topology->domains[d]));
    QVERIFY(text.contains(QStringLiteral("team6")));
    QVERIFY(text.contains(s->topology->primes[int(s->topology->domainPrime[d])]));
    QVERIFY(text.contains(QLocale().toString(s->rollups.domains[d].throughput, 'f', 1)));

    const QPoint pos = map.domainRect(d).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, pos, map.mapToGlobal(pos));
    QCoreApplication::sendEvent(&map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(s->topology->domains[d]));
    QVERIFY(QToolTip::text().contains(QStringLiteral("team6")));
    QToolTip::hideText();
}

void TstKoshaTreemap::zoomInAndOut()
{
    KoshaTreemap map;
    map.resize(1000, 700);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const auto s = unevenSnapshot();
    map.setSnapshot(s);
    QSignalSpy zooms(&map, &KoshaTreemap::zoomChanged);
    const int d = 200;   // team 6, prime 40
    QTest::mouseDClick(&map, Qt::LeftButton, {}, map.domainRect(d).center().toPoint());
    QCOMPARE(map.zoom(), (Scope{Scope::Kind::Team, 6}));
    QVERIFY(map.teamRect(5).isEmpty());
    QVERIFY(map.domainRect(0).isEmpty());
    QVERIFY(map.teamRect(6).width() > 900);
    for (int p = 36; p < 42; ++p)
        QVERIFY(!map.primeRect(p).isEmpty());
    QTest::mouseDClick(&map, Qt::LeftButton, {}, map.domainRect(d).center().toPoint());
    QCOMPARE(map.zoom(), (Scope{Scope::Kind::Prime, 40}));
    QVERIFY(map.primeRect(41).isEmpty());
    QVERIFY(map.domainRect(d).width() > 150);
    const QString path = testing::saveScreenshot(map, QStringLiteral("treemap-prime"));
    QVERIFY(QFileInfo::exists(path));
    QTest::keyClick(&map, Qt::Key_Backspace);
    QCOMPARE(map.zoom(), (Scope{Scope::Kind::Team, 6}));
    const QString teamPath = testing::saveScreenshot(map, QStringLiteral("treemap-team"));
    QVERIFY(QFileInfo::exists(teamPath));
    QTest::keyClick(&map, Qt::Key_Backspace);
    QCOMPARE(map.zoom(), Scope::fleet());
    QVERIFY(!map.domainRect(0).isEmpty());
    QCOMPARE(zooms.count(), 4);
}

void TstKoshaTreemap::layoutStaysForSmallChanges()
{
    KoshaTreemap map;
    map.resize(1000, 700);
    const auto s = unevenSnapshot();
    map.setSnapshot(s);
    const QRectF before = map.domainRect(50);
    const int layouts = map.layoutCount();
    QTest::qWait(1100);   // past the minimum interval between data-driven relayouts

    // 1 % more work everywhere but one domain: shares move by ~1 %, the layout stays.
    auto small = edited(s, 3, [](model::AgentColumns& a) {
        for (std::size_t i = 0; i < a.size(); ++i)
            a.throughput[i] *= (i * 360 / 3000 == 50) ? 1.0f : 1.01f;
    });
    map.setSnapshot(small);
    QCOMPARE(map.domainRect(50), before);
    QCOMPARE(map.layoutCount(), layouts);

    // The same serial again does no work at all, even with other values.
    map.setSnapshot(edited(small, 3, [](model::AgentColumns& a) { a.latencyP99Ms[0] = 1e6f; }));
    QCOMPARE(map.colorScale().high(), s->rollups.domains[kHotDomain].latencyP99);

    // A domain tripling its work moves the layout.
    map.setSnapshot(edited(small, 4, [](model::AgentColumns& a) {
        for (std::size_t i = 0; i < a.size(); ++i)
            if (i * 360 / 3000 == 50)
                a.throughput[i] *= 3.0f;
    }));
    QVERIFY(map.domainRect(50).width() * map.domainRect(50).height() > 2.5 * before.width() * before.height());
    QCOMPARE(map.layoutCount(), layouts + 1);

    // A resize always lays out again.
    map.resize(800, 600);
    QVERIFY(map.teamRect(0).right() <= 800);
    QCOMPARE(map.layoutCount(), layouts + 2);
}

void TstKoshaTreemap::liveUpdateIsCheap()
{
    KoshaTreemap map;
    map.resize(1000, 700);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const auto base = unevenSnapshot();
    std::vector<model::SnapshotPtr> frames;
    for (int f = 0; f < 30; ++f)
        frames.push_back(edited(base, std::uint64_t(10 + f), [f](model::AgentColumns& a) {
            for (std::size_t i = 0; i < a.size(); ++i)
                a.latencyP99Ms[i] = 100.0f + float((i * 7 + std::size_t(f) * 13) % 400);
        }));
    map.setSnapshot(base);
    map.repaint();
    const int layouts = map.layoutCount();
    QElapsedTimer timer;
    timer.start();
    for (const auto& frame : frames) {
        map.setSnapshot(frame);
        map.repaint();
    }
    const double perFrameMs = double(timer.nsecsElapsed()) / 1e6 / double(frames.size());
    qInfo("treemap recolour + paint at 1000x700: %.2f ms per frame", perFrameMs);
    QVERIFY(perFrameMs < 33.0);
    QCOMPARE(map.layoutCount(), layouts);   // only colours changed
}

void TstKoshaTreemap::screenshot()
{
    SelectionModel selection;
    KoshaTreemap map;
    map.setSelectionModel(&selection);
    map.setMetric(model::Metric::LatencyP99);
    map.resize(1000, 700);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.setSnapshot(unevenSnapshot());
    selection.select(Scope{Scope::Kind::Domain, 200});
    QTest::qWait(50);   // let layouts settle before the grab
    const QString path = testing::saveScreenshot(map, QStringLiteral("treemap"));
    QVERIFY(QFileInfo::exists(path));
}

QTEST_MAIN(TstKoshaTreemap)
#include "tst_kosha_treemap.moc"
