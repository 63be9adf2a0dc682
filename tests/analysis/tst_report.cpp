// The tuning report from a real closed-loop run on the simulator: HTML with its plots inline, and PDF.
#include "closed_loop_report.h"
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
        const report::ReportInput in = testing::closedLoopReportInput(QStringLiteral("reference scenario, simulated in-process"));
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
        QCOMPARE(text.count(QStringLiteral("<tr><td>")) >= in.tuning->kept, true);
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
