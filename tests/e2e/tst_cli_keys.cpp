// Both programs' key options, run as a user would: --gen-key, the simulator refusing to start
// with an open control port, the workbench with its identity against an allow-list (operator,
// stranger), and plaintext control only by explicit choice.

#include "program_run.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = omega::testing::ProgramRun;

Run run(const QString& program, const QStringList& args, int timeoutMs = 20000)
{
    return omega::testing::runProgram(program, args, timeoutMs);
}

const QString kSim = QStringLiteral(OMEGA_FLEET_SIM_BIN);
const QString kWorkbench = QStringLiteral(OMEGA_WORKBENCH_BIN);
} // namespace

class TestCliKeys : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString endpoint(const QString& name) const { return QStringLiteral("ipc://") + path(name); }

    // A simulator on ipc:// endpoints in the temporary folder, running until destroyed.
    std::unique_ptr<QProcess> startSim(const QStringList& extra)
    {
        auto p = std::make_unique<QProcess>();
        p->start(kSim, QStringList{QStringLiteral("--pub"), endpoint(QStringLiteral("pub")), QStringLiteral("--control"),
                                   endpoint(QStringLiteral("ctl")), QStringLiteral("--speed"), QStringLiteral("20")}
                           + extra);
        if (!p->waitForStarted() || !p->waitForReadyRead(5000))
            return nullptr;
        return p;
    }
    QStringList watch() const
    {
        return {QStringLiteral("--headless"), QStringLiteral("--connect"), endpoint(QStringLiteral("pub")), QStringLiteral("--control"),
                endpoint(QStringLiteral("ctl")), QStringLiteral("--tuning-history"), path(QStringLiteral("history.db"))};
    }

private slots:
    void genKeyWritesAPrivateFile()
    {
        for (const QString& program : {kSim, kWorkbench}) {
            const QString file = path(QFileInfo(program).fileName() + QStringLiteral(".key"));
            const Run made = run(program, {QStringLiteral("--gen-key"), file});
            QCOMPARE(made.exitCode, 0);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\S{40}\\n$")).match(made.out).hasMatch(), qPrintable(made.out));
            QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
            const Run again = run(program, {QStringLiteral("--gen-key"), file});
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains(QStringLiteral("exists")), qPrintable(again.err));
        }
    }

    void simulatorRefusesAnOpenControlPort()
    {
        const Run open = run(kSim, {QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(open.exitCode, 2);
        QVERIFY2(open.err.contains(QStringLiteral("--insecure-control")), qPrintable(open.err));
        const Run everywhere = run(kSim, {QStringLiteral("--insecure-control"), QStringLiteral("--control"),
                                          QStringLiteral("tcp://0.0.0.0:5599"), QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(everywhere.exitCode, 2);
        QVERIFY2(everywhere.err.contains(QStringLiteral("loopback")), qPrintable(everywhere.err));
        QVERIFY(run(kSim, {QStringLiteral("--gen-key"), path(QStringLiteral("loose"))}).exitCode == 0);
        QFile::setPermissions(path(QStringLiteral("loose")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const Run loose = run(kSim, {QStringLiteral("--server-key"), path(QStringLiteral("loose")), QStringLiteral("--authorized-keys"),
                                     path(QStringLiteral("loose")), QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(loose.exitCode, 2);
        QVERIFY2(loose.err.contains(QStringLiteral("chmod 600")), qPrintable(loose.err));
        const Run half = run(kWorkbench, {QStringLiteral("--headless"), QStringLiteral("--identity"), path(QStringLiteral("loose"))});
        QCOMPARE(half.exitCode, 2);
        QVERIFY2(half.err.contains(QStringLiteral("--server-public-key")), qPrintable(half.err));
    }

    void operatorTunesStrangerIsRefused()
    {
        const auto key = [&](const QString& name) {
            const Run r = run(kSim, {QStringLiteral("--gen-key"), path(name)});
            QFile pub(path(name + QStringLiteral(".pub")));
            if (pub.open(QIODevice::WriteOnly))
                pub.write(r.out.toUtf8());
            return r.exitCode == 0;
        };
        QVERIFY(key(QStringLiteral("server")) && key(QStringLiteral("operator")) && key(QStringLiteral("stranger")));
        auto sim = startSim({QStringLiteral("--server-key"), path(QStringLiteral("server")), QStringLiteral("--authorized-keys"),
                             path(QStringLiteral("operator.pub"))});
        QVERIFY(sim);
        const QStringList serverKey{QStringLiteral("--server-public-key"), path(QStringLiteral("server.pub"))};

        const Run stranger = run(kWorkbench, watch() + serverKey + QStringList{QStringLiteral("--identity"), path(QStringLiteral("stranger")),
                                                                              QStringLiteral("--duration"), QStringLiteral("3")});
        QCOMPARE(stranger.exitCode, 0);
        QVERIFY2(stranger.out.contains(QStringLiteral("control: CURVE, refused")), qPrintable(stranger.out.right(600)));
        QVERIFY2(stranger.out.contains(QStringLiteral("link=live")), "telemetry stays readable without control");

        const Run op = run(kWorkbench, watch() + serverKey + QStringList{QStringLiteral("--identity"), path(QStringLiteral("operator")),
                                                                        QStringLiteral("--auto-apply"), QStringLiteral("--duration"), QStringLiteral("12")});
        QCOMPARE(op.exitCode, 0);
        QVERIFY2(!op.out.contains(QStringLiteral("refused")), qPrintable(op.out.right(600)));
        sim->terminate();
        QVERIFY(sim->waitForFinished(5000));
        const QString simOut = QString::fromUtf8(sim->readAllStandardOutput());
        QVERIFY2(simOut.contains(QStringLiteral("control CURVE")), qPrintable(simOut.left(400)));
        // The operator's changes reached the simulator; the stranger's handshake was counted.
        const auto last = QRegularExpression(QStringLiteral("cfg=v(\\d+).*refused=(\\d+)\\s*$")).match(simOut.trimmed().split(QLatin1Char('\n')).last());
        QVERIFY2(last.hasMatch(), qPrintable(simOut.right(300)));
        QVERIFY2(last.captured(1).toInt() >= 2, qPrintable(simOut.right(300)));
        QVERIFY(last.captured(2).toInt() >= 1);
    }

    void plaintextOnlyWhenAskedFor()
    {
        auto sim = startSim({QStringLiteral("--insecure-control")});
        QVERIFY(sim);
        const Run watching = run(kWorkbench, watch() + QStringList{QStringLiteral("--duration"), QStringLiteral("2")});
        QCOMPARE(watching.exitCode, 0);
        QVERIFY2(watching.out.contains(QStringLiteral("control: off")), qPrintable(watching.out.left(400)));
        const Run plain = run(kWorkbench, watch() + QStringList{QStringLiteral("--insecure-control"), QStringLiteral("--duration"), QStringLiteral("2")});
        QVERIFY2(plain.out.contains(QStringLiteral("control: PLAINTEXT")), qPrintable(plain.out.left(400)));
        sim->terminate();
        sim->waitForFinished(5000);
        QVERIFY(QString::fromUtf8(sim->readAllStandardOutput()).contains(QStringLiteral("control PLAINTEXT")));
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
