// Kosha x time heatmap on a real IngestPipeline: a hot domain is a top-colour stripe, levels switch
// the rows, hover names the cell, a click selects the group.

#include "unit/test_fleet.h"
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
using model::Level;
using model::Metric;
using widgets::Scope;

namespace {

const char* const kTeams[] = {"payments", "search", "risk", "ledger", "onboarding", "support", "fraud", "pricing"};

// teams x primes x domains, `agentsPerDomain` agents each, agents of one domain contiguous.
omega::v1::Topology makeFleet(int teams, int primesPerTeam, int domainsPerPrime, int agentsPerDomain)
{
    omega::v1::Topology t;
    protocol::fillHeader(*t.mutable_header(), "test-pub", 7, 1, protocol::wallClockUs(), 0, 1);
    t.set_topology_version(1);
    int domain = 0;
    for (int tm = 0; tm < teams; ++tm) {
        t.add_teams()->set_name(kTeams[tm % 8]);
        for (int p = 0; p < primesPerTeam; ++p) {
            auto* prime = t.add_primes();
            prime->set_name(std::string(kTeams[tm % 8]) + ".p" + std::to_string(p));
            prime->set_team(static_cast<unsigned>(tm));
            for (int d = 0; d < domainsPerPrime; ++d, ++domain) {
                auto* dom = t.add_domains();
                dom->set_name(prime->name() + ".d" + std::to_string(d));
                dom->set_prime(static_cast<unsigned>(t.primes_size() - 1));
                for (int a = 0; a < agentsPerDomain; ++a) {
                    t.add_agent_names("agent-" + std::to_string(t.agent_names_size()));
                    t.add_agent_domain(static_cast<unsigned>(domain));
                }
            }
        }
    }
    for (auto [name, kind] : {std::pair{"local", omega::v1::POOL_KIND_LOCAL}, std::pair{"cloud", omega::v1::POOL_KIND_CLOUD}}) {
        auto* pool = t.add_pools();
        pool->set_name(name);
        pool->set_kind(kind);
    }
    return t;
}

// One tick; `heat(agent)` in 0..1 raises queue depth, latency and utilisation of that agent.
omega::v1::Tick makeFleetTick(int agents, std::uint64_t seq, std::int64_t simUs, std::uint32_t intervalUs,
                              const std::function<float(int)>& heat)
{
    omega::v1::Tick t;
    protocol::fillHeader(*t.mutable_header(), "test-pub", 7, seq, protocol::wallClockUs(), simUs, 3);
    t.set_topology_version(1);
    t.set_agent_count(static_cast<unsigned>(agents));
    t.set_interval_us(intervalUs);
    std::string state(static_cast<std::size_t>(agents), char(omega::v1::AGENT_STATE_IDLE));
    for (int a = 0; a < agents; ++a) {
        const float h = heat ? heat(a) : 0.0f;
        if (h > 0.5f)
            state[static_cast<std::size_t>(a)] = char(omega::v1::AGENT_STATE_BUSY);
        t.add_queue_depth(static_cast<unsigned>(a % 3 + h * 40));
        t.add_in_flight(h > 0.5f ? 1 : 0);
        t.add_completed(static_cast<std::uint32_t>(seq));
        t.add_failed(0);
        t.add_latency_p50_ms(20.0f + static_cast<float>(a % 10) + h * 1200);
        t.add_latency_p99_ms(100.0f + static_cast<float>(a % 50) + h * 4900);
        t.add_local_calls(0);
        t.add_cloud_calls(0);
        t.add_cpu_share(0);
        t.add_throttled(0);
        t.add_utilisation(0.3f + 0.7f * h);
    }
    t.set_state(state);
    // Cumulative task counters with a slow wave in the rate (4 +- 2 tasks per tick), so plots move.
    const double x = static_cast<double>(seq);
    const auto completed = static_cast<std::uint64_t>(4 * x + 60 * (1 - std::cos(x / 30)));
    t.set_tasks_completed(completed);
    t.set_tasks_failed(seq / 25);
    t.set_tasks_arrived(completed + seq / 25 + 10);
    t.set_tasks_in_flight(10);
    t.set_task_latency_p50_ms(static_cast<float>(400 + 50 * std::sin(x / 45)));
    t.set_task_latency_p99_ms(static_cast<float>(1500 + 300 * std::sin(x / 45)));
    return t;
}

struct Fleet {
    model::IngestPipeline pipeline;
    int agents = 0;
    std::uint64_t seq = 0;

    Fleet(int teams, int primes, int domains, int agentsPerDomain) : agents(teams * primes * domains * agentsPerDomain)
    {
        const std::string topo = makeFleet(teams, primes, domains, agentsPerDomain).SerializeAsString();
        pipeline.ingest("topo", topo.data(), topo.size(), 0);
    }
    // `ticks` ticks every `intervalUs`, continuing the simulated clock.
    void feed(int ticks, std::uint32_t intervalUs, const std::function<float(int agent, std::int64_t simUs)>& heat)
    {
        for (int i = 0; i < ticks; ++i) {
            ++seq;
            const std::int64_t simUs = static_cast<std::int64_t>(seq) * intervalUs;
            const std::string tick =
                makeFleetTick(agents, seq, simUs, intervalUs, [&](int a) { return heat(a, simUs); }).SerializeAsString();
            pipeline.ingest("tick", tick.data(), tick.size(), static_cast<std::int64_t>(seq));
        }
        pipeline.publishNow(static_cast<std::int64_t>(seq) + 1'000'000'000);
    }
};

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
        map->setLevel(Level::Domain);
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
        map->setLevel(Level::Team);
        QCOMPARE(map->rowCount(), 3);
        map->setLevel(Level::Prime);
        QCOMPARE(map->rowCount(), 9);
        // The hot domain's prime (3) is the hot prime row.
        map->plot()->replot();
        const double top = map->colorMap()->dataRange().upper;
        QCOMPARE(map->colorMap()->data()->cell(30, 3), top);
        map->setLevel(Level::Domain);
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
        map->setLevel(Level::Team);
        map->plot()->replot();
        QTest::mouseClick(map->plot(), Qt::LeftButton, {}, map->cellCenter(20, 2));
        QCOMPARE(selection.current(), (Scope{Scope::Kind::Team, 2}));
        map->setLevel(Level::Domain);
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
        view.setLevel(Level::Team);
        QTest::qWait(50);
        view.plot()->replot();
        testing::saveScreenshot(view, QStringLiteral("kosha-time-map-teams"));
        view.setLevel(Level::Prime);
        widgets::applyTheme(widgets::Theme::Dark);
        QTest::qWait(50);
        view.plot()->replot();
        testing::saveScreenshot(view, QStringLiteral("kosha-time-map-dark"));
        widgets::applyTheme(widgets::Theme::Light);
    }
};

QTEST_MAIN(TestKoshaTimeMap)
#include "tst_kosha_time_map.moc"
