// The GUI on the embedded simulator, end to end: simulator -> ZeroMQ -> pipeline -> window.

#include "runtime/runtime.h"
#include "widgets/findings_panel.h"
#include "widgets/main_window.h"
#include "widgets/stat_tile.h"

#include <QDir>
#include <QDockWidget>
#include <QLocale>
#include <QStandardPaths>
#include <QListWidget>
#include <QTest>

using namespace omega;

class TestGuiDemo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoShowsTheLiveFleet()
    {
        runtime::Runtime runtime;
        runtime::Runtime::Options options;
        options.demo = true;
        options.speed = 5.0;
        QString error;
        QVERIFY2(runtime.start(options, &error), qPrintable(error));

        widgets::MainWindow w;
        w.resize(1600, 1000);
        w.setHistorySource(&runtime.pipeline());
        w.setSources([&runtime] { return runtime.pipeline().latest(); },
                     [&runtime] { return QString::fromLatin1(transport::linkStateName(runtime.link())); },
                     runtime.sourceDescription());
        w.setFindingsSource([&runtime] { return runtime.analysis().latest(); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QTest::qWaitFor([&] {
            return w.tile(QStringLiteral("agents"))->value().startsWith(QLocale().toString(3000));
        }, 3000));
        // The link tile and the agents tile refresh on the same timer but read two sources.
        QTRY_COMPARE_WITH_TIMEOUT(w.tile(QStringLiteral("link"))->value(), QStringLiteral("live"), 1000);
        // Let a few simulated seconds pass so rates and plots have data.
        QTest::qWait(2500);
        const auto snap = runtime.pipeline().latest();
        QVERIFY(snap->totals.tasksPerS > 1.0);
        QVERIFY(w.tile(QStringLiteral("throughput"))->value().contains(QStringLiteral("tasks/s")));
        QVERIFY2(w.lastFrameMs() < 100.0, qPrintable(QString::number(w.lastFrameMs())));
        // The analysis thread has looked at the baseline: its full, queued pools are findings.
        QVERIFY(QTest::qWaitFor([&] { return w.findingsPanel()->list()->count() > 0; }, 5000));
        const QString first = w.findingsPanel()->list()->item(0)->text();
        QVERIFY2(first.contains(QStringLiteral("Little")), qPrintable(first));
        const QString dir = qEnvironmentVariable("OMEGA_ARTIFACT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QStringLiteral("/gui-demo.png")));
        auto* findingsDock = w.dock(QStringLiteral("findings"));
        QVERIFY(findingsDock);
        findingsDock->raise();
        QTest::qWait(50);
        QVERIFY(findingsDock->grab().save(dir + QStringLiteral("/gui-demo-findings.png")));
        runtime.stop();
    }
};

QTEST_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
