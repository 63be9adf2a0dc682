// The tuning report from a real closed-loop run on the simulator: HTML with its plots inline, and PDF.
#include "sim_port.h"
#include "tuning/tuning_controller.h"
#include "widgets/report_writer.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace omega;

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void reportOfAClosedLoopRun()
    {
        testing::SimFeed feed(sim::Scenario::referenceDefault());
        testing::SimFeedPort port(feed);
        tuning::TuningController controller(port, nullptr);
        controller.setAutoApply(true);
        std::int64_t after = -1;
        for (int s = 0; s < 600 && !(controller.view().converged && controller.view().kept > 0); ++s) {
            testing::stepClosedLoop(feed, controller, after);
        }
        feed.run(60);   // a minute at the end state, for the plots
        widgets::ReportInput in;
        in.source = QStringLiteral("reference scenario, simulated in-process");
        in.generated = QDateTime::currentDateTime();
        const std::int64_t now = feed.pipeline().latest()->simTimeUs;
        using FS = model::FleetSeries;
        in.tasksPerS = feed.pipeline().fleetSeries(FS::TasksPerS, model::Resolution::OneSecond, 0, now);
        in.taskP50Ms = feed.pipeline().fleetSeries(FS::TaskLatencyP50Ms, model::Resolution::OneSecond, 0, now);
        in.taskP99Ms = feed.pipeline().fleetSeries(FS::TaskLatencyP99Ms, model::Resolution::OneSecond, 0, now);
        in.failedPerS = feed.pipeline().fleetSeries(FS::FailedTasksPerS, model::Resolution::OneSecond, 0, now);
        in.tuning = std::make_shared<tuning::TuningView>(controller.view());
        in.capacity = controller.capacity();
        in.boundTasksPerS = feed.sim().theoreticalBoundTasksPerS();
        QVERIFY(in.tasksPerS.size() > 300);

        QTemporaryDir dir;
        QString error;
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY2(widgets::writeReport(in, html, &error), qPrintable(error));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QStringLiteral("data:image/png;base64,")), 5);   // 3 time plots, 2 model plots
        const QRegularExpression ratio(QStringLiteral("([0-9.]+)× the baseline"));
        const auto m = ratio.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.left(2000)));
        QVERIFY(QLocale().toDouble(m.captured(1)) >= 10);
        QVERIFY(text.contains(QStringLiteral("Audit trail")));
        QCOMPARE(text.count(QStringLiteral("<tr><td>")) >= controller.view().kept, true);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(widgets::writeReport(in, pdf, &error), qPrintable(error));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(4) == "%PDF");
        QVERIFY(p.size() > 20'000);
        const QString artifacts = qEnvironmentVariable("OMEGA_ARTIFACT_DIR");
        if (!artifacts.isEmpty()) {
            QDir().mkpath(artifacts);
            QFile::remove(artifacts + QStringLiteral("/tuning-report.html"));
            QFile::copy(html, artifacts + QStringLiteral("/tuning-report.html"));
        }
        // A report on an unwritable path says so.
        QVERIFY(!widgets::writeReport(in, QStringLiteral("/nonexistent-dir/report.html"), &error));
        QVERIFY(error.contains(QStringLiteral("nonexistent-dir")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
