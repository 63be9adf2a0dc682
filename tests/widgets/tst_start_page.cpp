// First run: the start page's three ways in (simulator, publisher, recording), its refusals with a
// reason, and the recent publishers and recordings it remembers between starts.

#include "widgets/start_page.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omega::widgets;
using Kind = StartPage::Choice::Kind;

namespace {
QString refuseWithoutPort(const QString& endpoint)
{
    return endpoint.lastIndexOf(QLatin1Char(':')) > 5 ? QString() : QStringLiteral("no port");
}
} // namespace

class TestStartPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OmegaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_start_page"));
        QSettings().clear();
    }

    void simulatorIsOneClick()
    {
        StartPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.connectForm()->isVisible());
        QVERIFY(!page.recentSessionList()->isVisible());   // nothing recent on a first run
        QTest::mouseClick(page.findChild<QCommandLinkButton*>(QStringLiteral("startDemo")), Qt::LeftButton);
        QCOMPARE(page.result(), int(QDialog::Accepted));
        QCOMPARE(page.choice().kind, Kind::Demo);
    }

    void publisherIsCheckedAndRemembered()
    {
        {
            StartPage page;
            page.setEndpointCheck(&refuseWithoutPort);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTest::mouseClick(page.findChild<QCommandLinkButton*>(QStringLiteral("startConnect")), Qt::LeftButton);
            QVERIFY(page.connectForm()->isVisible());
            auto* go = page.findChild<QPushButton*>(QStringLiteral("connectGo"));
            QTest::mouseClick(go, Qt::LeftButton);   // empty
            QVERIFY(page.isVisible());
            QVERIFY(page.message()->isVisible());
            page.telemetryEdit()->setText(QStringLiteral("tcp://fleet"));
            QTest::mouseClick(go, Qt::LeftButton);
            QVERIFY2(page.message()->text().contains(QStringLiteral("no port")), qPrintable(page.message()->text()));
            page.telemetryEdit()->setText(QStringLiteral("tcp://fleet.example:5556"));
            page.controlEdit()->setText(QStringLiteral("tcp://fleet.example:5557"));
            page.identityEdit()->setText(QStringLiteral("/keys/me.key"));
            QTest::mouseClick(go, Qt::LeftButton);   // a key file without the server's key
            QVERIFY(page.isVisible());
            QVERIFY(page.message()->text().contains(QStringLiteral("together")));
            page.serverKeyEdit()->setText(QStringLiteral("/keys/server.pub"));
            QTest::mouseClick(go, Qt::LeftButton);
            QCOMPARE(page.result(), int(QDialog::Accepted));
            const StartPage::Choice c = page.choice();
            QCOMPARE(c.kind, Kind::Connect);
            QCOMPARE(c.telemetryEndpoint, QStringLiteral("tcp://fleet.example:5556"));
            QCOMPARE(c.controlEndpoint, QStringLiteral("tcp://fleet.example:5557"));
            QCOMPARE(c.identityFile, QStringLiteral("/keys/me.key"));
            QCOMPARE(c.serverPublicKey, QStringLiteral("/keys/server.pub"));
        }
        // The next start offers it back.
        QCOMPARE(StartPage::recentPublishers(), QStringList{QStringLiteral("tcp://fleet.example:5556 tcp://fleet.example:5557")});
        StartPage again;
        QCOMPARE(again.recentPublisherBox()->count(), 2);
        QVERIFY(again.recentPublisherBox()->isEnabled());
        again.recentPublisherBox()->setCurrentIndex(1);
        emit again.recentPublisherBox()->activated(1);
        QCOMPARE(again.telemetryEdit()->text(), QStringLiteral("tcp://fleet.example:5556"));
        QCOMPARE(again.controlEdit()->text(), QStringLiteral("tcp://fleet.example:5557"));
    }

    void recordingsAreRememberedNewestFirst()
    {
        QVERIFY(m_dir.isValid());
        QStringList paths;
        for (int i = 0; i < StartPage::kMaxRecent + 2; ++i) {
            paths << m_dir.filePath(QStringLiteral("run%1.omega").arg(i));
            QFile f(paths.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            StartPage::rememberSession(paths.last());
        }
        StartPage::rememberSession(paths[3]);   // used again: moves to the top, not twice
        const QStringList recent = StartPage::recentSessions();
        QCOMPARE(recent.size(), StartPage::kMaxRecent);
        QCOMPARE(recent.first(), paths[3]);
        QCOMPARE(recent.count(paths[3]), 1);
        QVERIFY(!recent.contains(paths[0]));    // the oldest fell off

        StartPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.recentSessionList()->isVisible());
        QCOMPARE(page.recentSessionList()->count(), StartPage::kMaxRecent);
        QTest::mouseClick(page.findChild<QCommandLinkButton*>(QStringLiteral("startConnect")), Qt::LeftButton);
        QVERIFY(page.connectForm()->isVisible());
        QVERIFY2(page.telemetryEdit()->height() >= page.telemetryEdit()->sizeHint().height(),
                 qPrintable(QString::number(page.telemetryEdit()->height())));   // the form has room
        QTest::qWait(20);
        const QImage shot = page.grab().toImage();
        QVERIFY(shot.save(qEnvironmentVariable("OMEGA_ARTIFACT_DIR", QDir::tempPath()) + QStringLiteral("/window-start.png")));
        if (qEnvironmentVariable("OMEGA_UPDATE_SCREENSHOTS") == QLatin1String("1"))
            QVERIFY(shot.save(qEnvironmentVariable("OMEGA_SOURCE_DIR") + QStringLiteral("/docs/screenshots/window-start.png")));
        QFile::remove(paths[9]);
        emit page.recentSessionList()->itemActivated(page.recentSessionList()->item(1));   // paths[9]: gone
        QVERIFY(page.isVisible());
        QVERIFY(page.message()->text().contains(QStringLiteral("not there")));
        emit page.recentSessionList()->itemActivated(page.recentSessionList()->item(0));
        QCOMPARE(page.result(), int(QDialog::Accepted));
        QCOMPARE(page.choice().kind, Kind::Replay);
        QCOMPARE(page.choice().sessionPath, paths[3]);
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_start_page.moc"
