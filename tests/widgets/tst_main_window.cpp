// Main window: snapshots reach the views, status bar, layout saved and restored, theme switch.

#include "widget_test_data.h"
#include "widgets/main_window.h"
#include "widgets/stat_tile.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

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

    void snapshotWithoutTopologySaysSo()
    {
        widgets::MainWindow w;
        auto s = std::make_shared<model::FleetSnapshot>();
        s->serial = 1;
        model::SnapshotPtr snap = s;
        w.setSources([snap] { return snap; }, [] { return QStringLiteral("connecting"); }, QStringLiteral("x"));
        QVERIFY(w.tile(QStringLiteral("agents"))->value().contains(QStringLiteral("topology")));
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
