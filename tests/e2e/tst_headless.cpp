// omega-headless, the workbench without a window: --version and --help, a demo run that prints a
// live fleet every second and writes its report with SVG plots, a refused .pdf report, and two
// recordings compared.

#include "program_run.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = omega::testing::ProgramRun;

// As on a server: no display at all.
Run runHeadless(const QStringList& args, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return omega::testing::runProgram(QStringLiteral(OMEGA_HEADLESS_BIN), args, timeoutMs, env);
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestHeadless : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void versionAndHelp()
    {
        const Run v = runHeadless({QStringLiteral("--version")}, 10000);
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^omega-headless \\d+\\.\\d+\\.\\d+\n$")).match(v.out).hasMatch(), qPrintable(v.out));
        const Run h = runHeadless({QStringLiteral("--help")}, 10000);
        QCOMPARE(h.exitCode, 0);
        for (const char* option : {"--demo", "--connect", "--replay", "--record", "--auto-apply", "--report", "--compare", "--duration",
                                   "--identity", "--gen-key"})
            QVERIFY2(h.out.contains(QLatin1String(option)), option);
        QVERIFY2(!h.out.contains(QLatin1String("--screenshot")), qPrintable(h.out));   // a window's option
    }

    void demoRunPrintsTheFleetAndWritesItsReport()
    {
        QVERIFY(m_dir.isValid());
        const QString report = m_dir.filePath(QStringLiteral("run.html"));
        const QString recording = m_dir.filePath(QStringLiteral("before.omega"));
        const Run r = runHeadless({QStringLiteral("--demo"), QStringLiteral("--speed"), QStringLiteral("10"), QStringLiteral("--duration"),
                                   QStringLiteral("4"), QStringLiteral("--record"), recording, QStringLiteral("--report"), report},
                                  60000);
        QVERIFY2(r.finished, qPrintable(r.out));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("omega-headless: running headless on ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("link=live agents=3000")), qPrintable(r.out));
        QVERIFY2(r.out.count(QStringLiteral("link=")) >= 3, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("recorded ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("report written to ") + report), qPrintable(r.out));
        const QString html = readAll(report);
        QVERIFY(html.contains(QStringLiteral("Omega Workbench tuning report")));
        QVERIFY2(html.count(QStringLiteral("<svg")) >= 3, qPrintable(html.left(2000)));
        QVERIFY(!html.contains(QStringLiteral("data:image/png")));
        // The throughput line has a point per second of the run (speed 10 for about 4 s).
        const auto m = QRegularExpression(QStringLiteral("data-plot=\"throughput\".*?<polyline class=\"series\"[^>]* points=\"([^\"]*)\""),
                                          QRegularExpression::DotMatchesEverythingOption)
                           .match(html);
        QVERIFY2(m.hasMatch(), qPrintable(html.left(3000)));
        QVERIFY2(m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 10, qPrintable(m.captured(1)));
        // At the baseline the analysis names the saturated cloud pool; the report lists it with
        // its sentence (numbers from its evidence).
        QVERIFY(html.contains(QStringLiteral("Findings at the end of the run")));
        const auto cloud = QRegularExpression(QStringLiteral("<tr><td>(critical|warning)</td><td>cloud pool</td><td>\\d+ %</td>"
                                                             "<td>Saturated pool: 10 of 10 slots busy, [0-9,]+ calls waiting"))
                               .match(html);
        QVERIFY2(cloud.hasMatch(), qPrintable(html.mid(html.indexOf(QStringLiteral("Findings at the end")), 1500)));
    }

    void pdfReportIsRefused()
    {
        const Run r = runHeadless({QStringLiteral("--demo"), QStringLiteral("--report"), m_dir.filePath(QStringLiteral("run.pdf"))}, 10000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("omega-workbench writes .pdf")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("link=")));
    }

    void twoRecordingsCompared()
    {
        const QString before = m_dir.filePath(QStringLiteral("before.omega"));
        QVERIFY(QFile::exists(before));
        const QString report = m_dir.filePath(QStringLiteral("compare.html"));
        const Run r = runHeadless({QStringLiteral("--compare"), before, QStringLiteral("--compare"), before, QStringLiteral("--report"), report},
                                  30000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("comparison of")), qPrintable(r.out));
        const QString html = readAll(report);
        QCOMPARE(html.count(QStringLiteral("<svg")), 2);
        QVERIFY(html.contains(QStringLiteral("throughput (tasks/s)</td>")));
        // The same recording twice: after / before is 1.
        QVERIFY2(QRegularExpression(QStringLiteral("throughput \\(tasks/s\\)</td><td>[0-9.,]+</td><td>[0-9.,]+</td><td>1[.,]00×"))
                     .match(html).hasMatch(),
                 qPrintable(html.left(3000)));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
