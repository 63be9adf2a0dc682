// Main window: snapshots reach the views, status bar, layout saved and restored, theme switch.

#include "widget_test_data.h"
#include "model/ingest_pipeline.h"
#include "protocol/codec_types.h"
#include "widgets/main_window.h"
#include "widgets/selection.h"
#include "widgets/stat_tile.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace omega;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OmegaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QSettings().clear();
    }

    void showsTheLatestSnapshot()
    {
        widgets::MainWindow w;
        w.resize(1400, 900);
        auto snap = testing::makeSnapshot(3000);
        std::const_pointer_cast<model::FleetSnapshot>(snap)->totals.tasksPerS = 147.9;
        w.setSources([snap] { return snap; }, [] { return QStringLiteral("live"); }, QStringLiteral("test feed"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.tile(QStringLiteral("link"))->value(), QStringLiteral("live"));
        QVERIFY2(w.tile(QStringLiteral("agents"))->value().startsWith(QLocale().toString(3000)),
                 qPrintable(w.tile(QStringLiteral("agents"))->value()));
        QVERIFY(w.tile(QStringLiteral("agents"))->value().contains(QStringLiteral("12")));
        QVERIFY(w.tile(QStringLiteral("throughput"))->value().contains(QLocale().toString(147.9, 'f', 1)));
        testing::saveScreenshot(w, QStringLiteral("main-window-synthetic"));
    }

    // A rate is shown only once measured and only while frames flow: "–" before the first whole
    // second, the measurement while live, "–" again 2 s after the last frame.
    void ratesOnlyWhileFramesFlow()
    {
        widgets::MainWindow w;
        auto first = std::const_pointer_cast<model::FleetSnapshot>(testing::makeSnapshot(3000));
        first->serial = 1;
        first->stats.ratesMeasured = false;
        first->stats.lastMessageWallUs = protocol::wallClockUs();
        model::SnapshotPtr current = first;
        w.setSources([&current] { return current; }, [] { return QStringLiteral("live"); }, QStringLiteral("x"));
        const auto rateText = [&w] {
            for (QLabel* l : w.findChildren<QLabel*>())
                if (l->text().endsWith(QStringLiteral("msg/s")))
                    return l->text();
            return QString();
        };
        QTRY_COMPARE(rateText(), QStringLiteral("– msg/s"));
        QCOMPARE(w.tile(QStringLiteral("samplesPerS"))->value(), QStringLiteral("–"));
        auto measured = std::make_shared<model::FleetSnapshot>(*first);
        measured->serial = 2;
        measured->stats.ratesMeasured = true;
        measured->stats.messagesPerS = 30;
        measured->stats.agentSamplesPerS = 30000;
        measured->stats.lastMessageWallUs = protocol::wallClockUs();
        current = measured;
        QTRY_COMPARE(rateText(), QStringLiteral("30 msg/s"));
        QCOMPARE(w.tile(QStringLiteral("samplesPerS"))->value(), QLocale().toString(30000));
        // The same snapshot, but its last frame is now 3 s old: the feed went quiet.
        auto quiet = std::make_shared<model::FleetSnapshot>(*measured);
        quiet->stats.lastMessageWallUs = protocol::wallClockUs() - 3'000'000;
        current = quiet;   // same serial: only the clock moved on
        QTRY_COMPARE(rateText(), QStringLiteral("– msg/s"));
        QCOMPARE(w.tile(QStringLiteral("samplesPerS"))->value(), QStringLiteral("–"));
    }

    void snapshotWithoutTopologySaysSo()
    {
        widgets::MainWindow w;
        auto s = std::make_shared<model::FleetSnapshot>();
        s->serial = 1;
        model::SnapshotPtr snap = s;
        w.setSources([snap] { return snap; }, [] { return QStringLiteral("connecting"); }, QStringLiteral("x"));
        QVERIFY(w.tile(QStringLiteral("agents"))->value().contains(QStringLiteral("topology")));
    }

    // The time views read the history; choosing an agent is an intent the window forwards, and the
    // app connects it to the pipeline (app/workbench_main.cpp does the same connect).
    void watchIntentReachesThePipeline()
    {
        model::IngestPipeline pipeline;
        widgets::MainWindow w;
        w.setHistorySource(&pipeline);
        QSignalSpy intents(&w, &widgets::MainWindow::watchAgentRequested);
        QObject::connect(&w, &widgets::MainWindow::watchAgentRequested,
                         [&pipeline](int agent) { pipeline.setWatchedAgent(agent); });
        QCOMPARE(pipeline.watchedAgent(), -1);
        w.selection()->select(widgets::Scope{widgets::Scope::Kind::Agent, 7});
        QCOMPARE(intents.count(), 1);
        QCOMPARE(pipeline.watchedAgent(), 7);
        w.selection()->select(widgets::Scope{widgets::Scope::Kind::Team, 1});
        QCOMPARE(intents.count(), 2);
        QCOMPARE(pipeline.watchedAgent(), -1);
    }

    void layoutIsSavedAndRestored()
    {
        {
            widgets::MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QDockWidget* events = w.dock(QStringLiteral("events"));
            QVERIFY(events);
            events->hide();
            w.close();   // saves
        }
        widgets::MainWindow again;
        again.restoreLayout();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.dock(QStringLiteral("events"))->isVisible());
        again.resetLayout();
        QVERIFY(again.dock(QStringLiteral("events"))->isVisible());
    }

    // A damaged frame met during a replay is shown as a banner above the fleet view (before: only
    // as the timeline's tooltip), with how many were skipped; dismissing it hides it until the
    // replay meets another one.
    void damagedReplayFrameShowsABanner()
    {
        widgets::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        widgets::ReplayBanner* banner = w.replayBanner();
        QVERIFY(banner);
        QVERIFY(w.centralWidget()->isAncestorOf(banner));
        widgets::TimelineState t;
        t.active = true;
        t.startUs = 1'000'000;
        t.endUs = 61'000'000;
        t.positionUs = 20'000'000;
        w.setTimelineState(t);
        QVERIFY(!banner->isVisible());   // a healthy replay: nothing

        t.error = QStringLiteral("run.omega: frame 212 is damaged and was skipped (1 damaged so far)");
        t.damagedFrames = 1;
        w.setTimelineState(t);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("frame 212")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(widgets::ReplayBanner::tr("Replay: %n damaged frame(s) skipped; every other frame was played. Last: %1", "", 1)
                                             .arg(t.error)),
                 qPrintable(banner->text()));
        QVERIFY(banner->geometry().width() > 600);   // a banner across the view, not a tooltip
        testing::saveScreenshot(w, QStringLiteral("main-window-damaged-replay"));

        auto* dismiss = banner->findChild<QToolButton*>(QStringLiteral("replayBannerDismiss"));
        QVERIFY(dismiss);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        w.setTimelineState(t);   // the same problem again (the app refreshes a few times a second)
        QVERIFY(!banner->isVisible());
        t.error = QStringLiteral("run.omega: frame 530 is damaged and was skipped (2 damaged so far)");
        t.damagedFrames = 2;
        w.setTimelineState(t);   // another damaged frame: shown again
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("frame 530")));

        t.damagedFrames = 0;     // a file that cannot be read at all
        t.error = QStringLiteral("run.omega: damaged file: database disk image is malformed");
        w.setTimelineState(t);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("malformed")));
        w.setTimelineState({});  // the replay closed
        QVERIFY(!banner->isVisible());
    }

    void themeSwitchChangesThePalette()
    {
        widgets::applyTheme(widgets::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(widgets::currentTheme(), widgets::Theme::Dark);
        widgets::applyTheme(widgets::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QCOMPARE(widgets::themeFromKey(QStringLiteral("dark")), widgets::Theme::Dark);
        QCOMPARE(widgets::themeFromKey(QStringLiteral("bogus")), widgets::Theme::Light);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
