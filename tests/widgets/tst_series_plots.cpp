// Time-series plots reading a real IngestPipeline through its read-only HistoryReader side: fleet
// graphs equal the store, the selection's own series (domain via groupSeries; an agent through the
// watchAgentRequested intent, forwarded to the pipeline as the app does), pause, zoom, window ->
// resolution.

#include "unit/test_fleet.h"
#include "pipeline_fleet.h"
#include "widget_test_data.h"
#include "model/ingest_pipeline.h"
#include "widgets/selection.h"
#include "widgets/series_plots.h"
#include "widgets/theme.h"

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <functional>

using namespace omega;
using testing::Fleet;
using model::FleetSeries;
using model::ScopeKind;
using model::Metric;
using model::Resolution;
using widgets::Scope;
using widgets::SeriesPlots;

namespace {

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
        // The view only reads; the watch intent is forwarded to the pipeline as app/ wires it.
        QObject::connect(plots.get(), &SeriesPlots::watchAgentRequested, plots.get(),
                         [this](int agent) { fleet->pipeline.setWatchedAgent(agent); });
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
        const auto expected = fleet->pipeline.groupSeries(ScopeKind::Domain, kHot, Metric::QueueDepth, plots->resolution(), 0, INT64_MAX);
        const QCPGraph* g = plots->graph(SeriesPlots::Series::Scope);
        QVERIFY(!expected.empty());
        QCOMPARE(g->data()->size(), int(expected.size()));
        QCOMPARE(float((g->data()->constEnd() - 1)->value), expected.back().mean);
        QVERIFY(expected.back().mean >= 400.0f);   // 10 hot agents x 40 queued
        QVERIFY(plots->panelTitle(SeriesPlots::Panel::Scope).contains(QStringLiteral("search.p0.d1")));
    }

    void agentSelectionWatchesTheAgent()
    {
        QSignalSpy intents(plots.get(), &SeriesPlots::watchAgentRequested);
        QCOMPARE(fleet->pipeline.watchedAgent(), -1);
        selection.select(Scope{Scope::Kind::Agent, 7});
        QCOMPARE(intents.count(), 1);
        QCOMPARE(intents.takeFirst().at(0).toInt(), 7);
        QCOMPARE(fleet->pipeline.watchedAgent(), 7);
        QVERIFY(plots->graph(SeriesPlots::Series::Scope)->data()->isEmpty());   // recorded from now on
        more(20);
        const auto expected = fleet->pipeline.watchedAgentSeries(Metric::QueueDepth, plots->resolution(), 0, INT64_MAX);
        QVERIFY(!expected.empty());
        QCOMPARE(plots->graph(SeriesPlots::Series::Scope)->data()->size(), int(expected.size()));
        selection.select(Scope{Scope::Kind::Team, 1});
        QCOMPARE(fleet->pipeline.watchedAgent(), -1);   // released when the agent is no longer shown
        QCOMPARE(intents.count(), 1);
        QCOMPARE(intents.takeFirst().at(0).toInt(), -1);
        QVERIFY(!plots->graph(SeriesPlots::Series::Scope)->data()->isEmpty());
        selection.select(Scope::fleet());
        QCOMPARE(intents.count(), 0);   // nothing was watched: nothing to release
    }

    // A view holds a read-only reader: without the app's wiring, choosing an agent only states the
    // intent and the pipeline records nothing new.
    void unwiredViewDoesNotChangeThePipeline()
    {
        widgets::SelectionModel sel;
        SeriesPlots view;
        const model::HistoryReader* reader = &fleet->pipeline;
        view.setHistorySource(reader);
        view.setSelectionModel(&sel);
        QSignalSpy intents(&view, &SeriesPlots::watchAgentRequested);
        sel.select(Scope{Scope::Kind::Agent, 3});
        QCOMPARE(intents.count(), 1);
        QCOMPARE(intents.first().at(0).toInt(), 3);
        QCOMPARE(fleet->pipeline.watchedAgent(), -1);
        QCOMPARE(reader->watchedAgent(), -1);
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
