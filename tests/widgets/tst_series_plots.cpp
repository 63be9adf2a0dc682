// Time-series plots on a real IngestPipeline: fleet graphs equal the store, the selection's own
// series (domain via groupSeries, agent via setWatchedAgent), pause, zoom, window -> resolution.

#include "unit/test_fleet.h"
#include "widget_test_data.h"
#include "model/ingest_pipeline.h"
#include "widgets/selection.h"
#include "widgets/series_plots.h"
#include "widgets/theme.h"

#include <qcustomplot.h>

#include <QTest>
#include <cmath>
#include <functional>

using namespace omega;
using model::FleetSeries;
using model::Level;
using model::Metric;
using model::Resolution;
using widgets::Scope;
using widgets::SeriesPlots;

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

} // namespace

class TestSeriesPlots : public QObject {
    Q_OBJECT
private:
    // 3 teams x 3 primes x 4 domains = 36 domains, 10 agents each; domain 13 hot; 60 s at 10 Hz.
    static constexpr int kHot = 13;
    std::unique_ptr<Fleet> fleet;
    widgets::SelectionModel selection;
    std::unique_ptr<SeriesPlots> plots;

    static float heat(int a, std::int64_t) { return a / 10 == kHot ? 1.0f : 0.0f; }
    void more(int ticks)
    {
        fleet->feed(ticks, 100'000, heat);
        plots->setSnapshot(fleet->pipeline.latest());
        plots->refreshNow();
    }

private slots:
    void initTestCase()
    {
        fleet = std::make_unique<Fleet>(3, 3, 4, 10);
        fleet->feed(600, 100'000, heat);
        plots = std::make_unique<SeriesPlots>();
        plots->resize(1200, 700);
        plots->setHistorySource(&fleet->pipeline);
        plots->setSelectionModel(&selection);
        plots->show();
        QVERIFY(QTest::qWaitForWindowExposed(plots.get()));
        plots->setSnapshot(fleet->pipeline.latest());
        plots->refreshNow();
    }

    void fleetGraphsEqualTheStore()
    {
        QVERIFY(!plots->isPaused());
        QCOMPARE(plots->windowSeconds(), 300);
        const Resolution res = plots->resolution();
        QCOMPARE(res, Resolution::OneSecond);
        const auto expected = fleet->pipeline.fleetSeries(FleetSeries::TasksPerS, res, 0, INT64_MAX);
        QVERIFY(expected.size() > 50);
        const QCPGraph* g = plots->graph(SeriesPlots::Series::Throughput);
        QCOMPARE(g->data()->size(), int(expected.size()));
        QCOMPARE(float((g->data()->constEnd() - 1)->value), expected.back().mean);
        const auto p99 = fleet->pipeline.fleetSeries(FleetSeries::TaskLatencyP99Ms, res, 0, INT64_MAX);
        QCOMPARE(plots->graph(SeriesPlots::Series::LatencyP99)->data()->size(), int(p99.size()));
        QCOMPARE(plots->graph(SeriesPlots::Series::Errors)->data()->size(),
                 int(fleet->pipeline.fleetSeries(FleetSeries::FailedTasksPerS, res, 0, INT64_MAX).size()));
        // Live: the time axis ends at the snapshot's simulated time and spans the window.
        QCOMPARE(plots->timeRange().upper, 60.0);
        QCOMPARE(plots->timeRange().size(), 300.0);
        // Fleet scope: panel 4 shows the fleet's stages/s.
        QCOMPARE(plots->graph(SeriesPlots::Series::Scope)->data()->size(),
                 int(fleet->pipeline.fleetSeries(FleetSeries::StagesPerS, res, 0, INT64_MAX).size()));
    }

    void domainSelectionShowsItsSeries()
    {
        plots->setScopeMetric(Metric::QueueDepth);
        selection.select(Scope{Scope::Kind::Domain, kHot});
        const auto expected = fleet->pipeline.groupSeries(Level::Domain, kHot, Metric::QueueDepth, plots->resolution(), 0, INT64_MAX);
        const QCPGraph* g = plots->graph(SeriesPlots::Series::Scope);
        QVERIFY(!expected.empty());
        QCOMPARE(g->data()->size(), int(expected.size()));
        QCOMPARE(float((g->data()->constEnd() - 1)->value), expected.back().mean);
        QVERIFY(expected.back().mean >= 400.0f);   // 10 hot agents x 40 queued
        QVERIFY(plots->panelTitle(SeriesPlots::Panel::Scope).contains(QStringLiteral("search.p0.d1")));
    }

    void agentSelectionWatchesTheAgent()
    {
        QCOMPARE(fleet->pipeline.watchedAgent(), -1);
        selection.select(Scope{Scope::Kind::Agent, 7});
        QCOMPARE(fleet->pipeline.watchedAgent(), 7);
        QVERIFY(plots->graph(SeriesPlots::Series::Scope)->data()->isEmpty());   // recorded from now on
        more(20);
        const auto expected = fleet->pipeline.watchedAgentSeries(Metric::QueueDepth, plots->resolution(), 0, INT64_MAX);
        QVERIFY(!expected.empty());
        QCOMPARE(plots->graph(SeriesPlots::Series::Scope)->data()->size(), int(expected.size()));
        selection.select(Scope{Scope::Kind::Team, 1});
        QCOMPARE(fleet->pipeline.watchedAgent(), -1);   // released when the agent is no longer shown
        QVERIFY(!plots->graph(SeriesPlots::Series::Scope)->data()->isEmpty());
        selection.select(Scope::fleet());
    }

    void pauseFreezesTheTimeAxis()
    {
        more(10);
        const QCPRange before = plots->timeRange();
        plots->setPaused(true);
        more(30);   // 3 s of new data
        QCOMPARE(plots->timeRange(), before);
        plots->followLive();
        QVERIFY(!plots->isPaused());
        QCOMPARE(plots->timeRange().upper, double(fleet->pipeline.latest()->simTimeUs) / 1e6);
        QVERIFY(plots->timeRange().upper > before.upper + 2.9);

        // Space toggles pause.
        plots->setFocus();
        QTest::keyClick(plots.get(), Qt::Key_Space);
        QVERIFY(plots->isPaused());
        QTest::keyClick(plots.get(), Qt::Key_Space);
        QVERIFY(!plots->isPaused());
    }

    void zoomAndPanPauseFollowing()
    {
        // A wheel turn over the plot zooms the time axis (all plots together) and stops following.
        QCPAxisRect* rect = plots->axisRect(SeriesPlots::Panel::Latency);
        const QPoint at = rect->rect().center();
        const double before = plots->timeRange().size();
        QWheelEvent wheel(at, plots->plot()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plots->plot(), &wheel);
        QVERIFY(plots->isPaused());
        QVERIFY(plots->timeRange().size() < before);
        const QCPRange zoomed = plots->timeRange();
        for (auto p : {SeriesPlots::Panel::Throughput, SeriesPlots::Panel::Errors, SeriesPlots::Panel::Scope})
            QCOMPARE(plots->axisRect(p)->axis(QCPAxis::atBottom)->range(), zoomed);
        // Panning by drag moves the frozen range.
        const QPoint from = rect->rect().center();
        QTest::mousePress(plots->plot(), Qt::LeftButton, {}, from);
        QTest::mouseMove(plots->plot(), from + QPoint(120, 0));
        QTest::mouseRelease(plots->plot(), Qt::LeftButton, {}, from + QPoint(120, 0));
        QVERIFY(plots->timeRange().lower < zoomed.lower);
        plots->followLive();
        QCOMPARE(plots->timeRange().size(), 300.0);
    }

    void windowSwitchChangesResolution()
    {
        plots->setWindowSeconds(3600);
        QCOMPARE(plots->resolution(), Resolution::TenSeconds);
        QCOMPARE(plots->graph(SeriesPlots::Series::Throughput)->data()->size(),
                 int(fleet->pipeline.fleetSeries(FleetSeries::TasksPerS, Resolution::TenSeconds, 0, INT64_MAX).size()));
        plots->setWindowSeconds(21600);
        QCOMPARE(plots->resolution(), Resolution::OneMinute);
        plots->setWindowSeconds(300);
        QCOMPARE(plots->resolution(), Resolution::OneSecond);
    }

    void hoverShowsValuesAtTheCursor()
    {
        plots->setCursorTime(30.2);   // nearest point: the bucket 00:30 - 00:31, drawn at its middle
        auto at30 = [&](FleetSeries column) {
            for (const auto& p : fleet->pipeline.fleetSeries(column, Resolution::OneSecond, 0, INT64_MAX))
                if (p.timeUs == 30'000'000)
                    return double(p.mean);
            return -1.0;
        };
        const QString title = plots->panelTitle(SeriesPlots::Panel::Throughput);
        QVERIFY2(title.contains(QStringLiteral("00:30")), qPrintable(title));
        QVERIFY2(title.contains(QLocale().toString(at30(FleetSeries::TasksPerS), 'f', 1)), qPrintable(title));
        const QString latency = plots->panelTitle(SeriesPlots::Panel::Latency);
        QVERIFY2(latency.contains(QLocale().toString(at30(FleetSeries::TaskLatencyP99Ms), 'f', 0)), qPrintable(latency));
        plots->setCursorTime(std::numeric_limits<double>::quiet_NaN());
        QVERIFY(plots->panelTitle(SeriesPlots::Panel::Throughput).contains(QStringLiteral("latest")));
    }

    void screenshot()
    {
        // 6 teams x 4 primes x 5 domains, 5 min at 2 Hz; the selected domain turns hot at 02:00.
        Fleet big(6, 4, 5, 8);
        big.feed(600, 500'000, [](int a, std::int64_t t) {
            const int domain = a / 8;
            if (domain == 57 && t >= 120'000'000)
                return 1.0f;
            return static_cast<float>((domain * 7 + t / 10'000'000) % 10) / 40.0f;
        });
        widgets::SelectionModel sel;
        SeriesPlots view;
        view.resize(1200, 700);
        view.setHistorySource(&big.pipeline);
        view.setSelectionModel(&sel);
        view.setScopeMetric(Metric::LatencyP99);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(big.pipeline.latest());
        sel.select(Scope{Scope::Kind::Domain, 57});
        view.refreshNow();
        view.plot()->replot();
        view.setCursorTime(200.0);
        QVERIFY(!view.graph(SeriesPlots::Series::Scope)->data()->isEmpty());
        testing::saveScreenshot(view, QStringLiteral("series-plots"));
        widgets::applyTheme(widgets::Theme::Dark);
        QTest::qWait(50);
        view.plot()->replot();
        testing::saveScreenshot(view, QStringLiteral("series-plots-dark"));
        widgets::applyTheme(widgets::Theme::Light);
    }
};

QTEST_MAIN(TestSeriesPlots)
#include "tst_series_plots.moc"
