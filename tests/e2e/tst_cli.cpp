// The omega-workbench binary at its edges: endpoints that cannot work exit 2 at start with a
// message; a headless replay without --duration exits 0 at the end of its file and reports damaged
// frames it skipped.

#include "transport/endpoint.h"
#include "../session/damage_frame.h"
#include "program_run.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = omega::testing::ProgramRun;

Run runWorkbench(const QStringList& args, int timeoutMs)
{
    return omega::testing::runProgram(QStringLiteral(OMEGA_WORKBENCH_BIN), QStringList{QStringLiteral("--headless")} + args, timeoutMs);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_recording;

private slots:
    void endpointRules_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("good");
        QTest::newRow("tcp") << "tcp://127.0.0.1:5556" << true;
        QTest::newRow("tcp name") << "tcp://fleet.example:65535" << true;
        QTest::newRow("tcp v6") << "tcp://[::1]:5556" << true;
        QTest::newRow("ipc") << "ipc:///tmp/omega.sock" << true;
        QTest::newRow("inproc") << "inproc://telemetry" << true;
        QTest::newRow("bogus") << "bogus" << false;
        QTest::newRow("port 99999") << "tcp://127.0.0.1:99999" << false;
        QTest::newRow("port 0") << "tcp://127.0.0.1:0" << false;
        QTest::newRow("port text") << "tcp://127.0.0.1:http" << false;
        QTest::newRow("no port") << "tcp://127.0.0.1" << false;
        QTest::newRow("no host") << "tcp://:5556" << false;
        QTest::newRow("wildcard") << "tcp://*:5556" << false;
        QTest::newRow("v6 bare") << "tcp://::1:5556" << false;
        QTest::newRow("udp") << "udp://127.0.0.1:5556" << false;
        QTest::newRow("empty ipc") << "ipc://" << false;
        QTest::newRow("empty") << "" << false;
    }
    void endpointRules()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, good);
        QString why;
        QCOMPARE(omega::transport::isConnectableEndpoint(endpoint.toStdString(), &why), good);
        QCOMPARE(why.isEmpty(), good);
    }

    void badEndpointExitsTwoAtStart_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("connect bogus") << "--connect" << "bogus";
        QTest::newRow("connect port 99999") << "--connect" << "tcp://127.0.0.1:99999";
        QTest::newRow("control no port") << "--control" << "tcp://127.0.0.1";
    }
    void badEndpointExitsTwoAtStart()
    {
        QFETCH(QString, option);
        QFETCH(QString, endpoint);
        const Run r = runWorkbench({option, endpoint}, 10000);
        QVERIFY2(r.finished, "still running after 10 s");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(option + QStringLiteral(": '") + endpoint + QLatin1Char('\'')), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("link=")), qPrintable(r.out));   // refused before starting
    }

    void goodEndpointStarts()
    {
        // Nothing listens there: the link stays "connecting", and --duration ends the run normally.
        const Run r = runWorkbench({QStringLiteral("--connect"), QStringLiteral("tcp://127.0.0.1:9"),
                                    QStringLiteral("--control"), QStringLiteral("tcp://127.0.0.1:9"),
                                    QStringLiteral("--duration"), QStringLiteral("1")}, 15000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("link=connecting")), qPrintable(r.out));
    }

    void emptyControlMeansNone()
    {
        // A publisher without a control channel: --control "" is allowed and asks nothing.
        const Run r = runWorkbench({QStringLiteral("--connect"), QStringLiteral("tcp://127.0.0.1:9"), QStringLiteral("--control"),
                                    QString(), QStringLiteral("--duration"), QStringLiteral("1")}, 15000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty() || !r.err.contains(QStringLiteral("--control")), qPrintable(r.err));
    }

    void headlessReplayEndsAtTheEnd()
    {
        QVERIFY(m_dir.isValid());
        m_recording = m_dir.filePath(QStringLiteral("demo.omega"));
        const Run rec = runWorkbench({QStringLiteral("--demo"), QStringLiteral("--speed"), QStringLiteral("10"),
                                      QStringLiteral("--duration"), QStringLiteral("3"), QStringLiteral("--record"), m_recording},
                                     30000);
        QVERIFY(rec.finished);
        QCOMPARE(rec.exitCode, 0);
        QVERIFY(QFile::exists(m_recording));
        const Run play = runWorkbench({QStringLiteral("--replay"), m_recording, QStringLiteral("--speed"), QStringLiteral("max")}, 30000);
        QVERIFY2(play.finished, "a headless replay without --duration did not end with its file");
        QCOMPARE(play.exitCode, 0);
        QVERIFY2(play.out.contains(QStringLiteral("(end)")), qPrintable(play.out));
        QVERIFY2(!play.err.contains(QStringLiteral("damaged")), qPrintable(play.err));
    }

    void headlessReplayReportsADamagedFrame()
    {
        QVERIFY(!m_recording.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("damaged.omega"));
        QVERIFY(QFile::copy(m_recording, path));
        QVERIFY(omega::testing::damageTickFrame(path, 5) != 0);
        const Run play = runWorkbench({QStringLiteral("--replay"), path, QStringLiteral("--speed"), QStringLiteral("max")}, 30000);
        QVERIFY(play.finished);
        QCOMPARE(play.exitCode, 0);
        QVERIFY2(play.out.contains(QStringLiteral("damaged=1 (end)")), qPrintable(play.out));
        QVERIFY2(play.err.contains(QStringLiteral("1 damaged frame(s) were skipped")), qPrintable(play.err));
    }

    void versionOfBothPrograms()
    {
        for (const char* program : {OMEGA_WORKBENCH_BIN, OMEGA_FLEET_SIM_BIN}) {
            QProcess p;
            p.start(QString::fromUtf8(program), {QStringLiteral("--version")});
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 0);
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(QRegularExpression(QStringLiteral("^omega-(workbench|fleet-sim) \\d+\\.\\d+\\.\\d+\n$")).match(out).hasMatch(),
                     qPrintable(out));
        }
    }

    // The status line's rate is a measurement: "-" until a whole second was counted (not 0), a
    // number while data flows, and "-" again once the link is stale (not the last value).
    void statusLineRateOnlyWhileMeasured()
    {
        QVERIFY(m_dir.isValid());
        const QString pub = QStringLiteral("ipc://") + m_dir.filePath(QStringLiteral("rate-pub"));
        QProcess sim;
        sim.start(QStringLiteral(OMEGA_FLEET_SIM_BIN),
                  {QStringLiteral("--pub"), pub, QStringLiteral("--control"), QStringLiteral("ipc://") + m_dir.filePath(QStringLiteral("rate-ctl")),
                   QStringLiteral("--insecure-control"), QStringLiteral("--quiet")});
        QVERIFY(sim.waitForStarted());
        QVERIFY2(!sim.waitForFinished(300), sim.readAllStandardError().constData());   // it runs
        QProcess wb;
        wb.start(QStringLiteral(OMEGA_WORKBENCH_BIN), {QStringLiteral("--headless"), QStringLiteral("--connect"), pub,
                                                       QStringLiteral("--control"), QString(), QStringLiteral("--duration"),
                                                       QStringLiteral("9")});
        QVERIFY(wb.waitForStarted());
        QTest::qWait(4500);
        sim.kill();   // the feed stops: the link turns stale after about 2 s
        sim.waitForFinished();
        QVERIFY(wb.waitForFinished(20000));
        QCOMPARE(wb.exitCode(), 0);
        const QString out = QString::fromUtf8(wb.readAllStandardOutput());
        const QRegularExpression lineRe(QStringLiteral("link=(\\S+) agents=\\d+ samples/s=(\\S+) "));
        int live = 0, liveMeasured = 0, stale = 0;
        for (const QString& line : out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = lineRe.match(line);
            if (!m.hasMatch())
                continue;
            const QString link = m.captured(1), rate = m.captured(2);
            if (link == QLatin1String("live")) {
                ++live;
                QVERIFY2(rate == QLatin1String("-") || rate.toDouble() > 0, qPrintable(line));   // never a 0 that was not measured
                if (rate != QLatin1String("-"))
                    ++liveMeasured;
            } else if (link == QLatin1String("stale")) {
                ++stale;
                QVERIFY2(rate == QLatin1String("-"), qPrintable(line));   // not the last value
            }
        }
        QVERIFY2(live >= 2 && liveMeasured >= 1, qPrintable(out));
        QVERIFY2(stale >= 1, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
