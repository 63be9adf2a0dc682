// The default layout on common screens: the main window opens wholly on the screen, every view in
// it has room to be read, and a larger screen gets a larger window. One process per screen: the
// offscreen platform reads its screen from a JSON file named in QT_QPA_PLATFORM, which main() writes
// from OMEGA_SCREEN ("1366x768", or "3840x2160@2" for a device pixel ratio of 2).
// Screenshots: <artifact dir>/window-WxH.png; with OMEGA_UPDATE_SCREENSHOTS=1 also docs/screenshots/.

#include "widget_test_data.h"
#include "widgets/heatmap_panel.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace omega;

namespace {
struct ScreenSpec {
    int width = 1366, height = 768;   // device pixels
    double dpr = 1.0;
    QString name() const { return QStringLiteral("%1x%2").arg(width).arg(height); }
};

ScreenSpec screenSpec()
{
    ScreenSpec s;
    const QString spec = qEnvironmentVariable("OMEGA_SCREEN", QStringLiteral("1366x768"));
    const QStringList sizeAndDpr = spec.split(QLatin1Char('@'));
    const QStringList wh = sizeAndDpr.value(0).split(QLatin1Char('x'));
    s.width = wh.value(0).toInt();
    s.height = wh.value(1).toInt();
    if (sizeAndDpr.size() > 1)
        s.dpr = sizeAndDpr[1].toDouble();
    return s;
}
} // namespace

class TestScreenFit : public QObject {
    Q_OBJECT
public:
    explicit TestScreenFit(ScreenSpec spec) : m_spec(spec) {}

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OmegaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screen_fit"));
        QSettings().clear();   // the default layout, as on a first start
        QScreen* screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        // The platform really has the screen asked for (else the test would prove nothing).
        QCOMPARE(qRound(screen->geometry().width() * screen->devicePixelRatio()), m_spec.width);
        QCOMPARE(qRound(screen->geometry().height() * screen->devicePixelRatio()), m_spec.height);
        qInfo("screen %s: %dx%d logical, device pixel ratio %.1f", qPrintable(m_spec.name()), screen->geometry().width(),
              screen->geometry().height(), screen->devicePixelRatio());
    }

    void defaultLayoutFitsTheScreen()
    {
        widgets::MainWindow w;
        auto snap = testing::makeSnapshot(3000);
        w.setSources([snap] { return snap; }, [] { return QStringLiteral("live"); },
                     QStringLiteral("tcp://fleet.example:5556"));
        w.restoreLayout();   // nothing saved: the default size for this screen
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);
        const QRect avail = w.screen()->availableGeometry();
        const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
        qInfo("window frame %d,%d %dx%d (client %dx%d, minimum %dx%d) on %dx%d", w.frameGeometry().x(),
              w.frameGeometry().y(), w.frameGeometry().width(), w.frameGeometry().height(), w.width(), w.height(),
              minimum.width(), minimum.height(), avail.width(), avail.height());
        // The layout could shrink to the screen, and the window did open inside it.
        QVERIFY2(minimum.width() <= avail.width() && minimum.height() <= avail.height(),
                 qPrintable(QStringLiteral("minimum %1x%2 exceeds the screen").arg(minimum.width()).arg(minimum.height())));
        QVERIFY2(avail.contains(w.frameGeometry()), "part of the window is off-screen");
        // It uses the screen: at least 80 % of each side on a small screen, and no more than the
        // screen on a large one.
        QVERIFY2(w.frameGeometry().width() >= avail.width() * 8 / 10, "window much narrower than the screen");
        QVERIFY2(w.frameGeometry().height() >= avail.height() * 8 / 10, "window much lower than the screen");

        // Every view shown has room to be read: the heatmap in the middle, each visible dock not
        // squeezed to a sliver.
        QWidget* central = w.centralWidget();
        QVERIFY(central);
        qInfo("heatmap panel %dx%d", central->width(), central->height());
        QVERIFY2(central->width() >= 360 && central->height() >= 200, "heatmap squeezed");
        for (QDockWidget* d : w.docks()) {
            if (d->visibleRegion().isEmpty() || !d->isVisible())
                continue;   // behind a tab
            qInfo("dock %-16s %4dx%-4d at %d,%d", qPrintable(d->objectName()), d->width(), d->height(), d->x(), d->y());
            QVERIFY2(d->width() >= 200 && d->height() >= 60, qPrintable(d->objectName() + QStringLiteral(" squeezed")));
            // The view has the room it asks for: no scroll bars in the default layout.
            auto* scroll = qobject_cast<QScrollArea*>(d->widget());
            QVERIFY(scroll);
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible() && !scroll->verticalScrollBar()->isVisible(),
                     qPrintable(d->objectName() + QStringLiteral(" needs scrolling: view minimum %1x%2")
                                                      .arg(scroll->widget()->minimumSizeHint().width())
                                                      .arg(scroll->widget()->minimumSizeHint().height())));
            QVERIFY2(w.rect().contains(d->geometry()), qPrintable(d->objectName() + QStringLiteral(" outside the window")));
        }
        // The status bar's texts are all on screen (none pushed past the right edge).
        for (QLabel* l : w.statusBar()->findChildren<QLabel*>()) {
            if (!l->isVisible() || l->text().isEmpty())
                continue;
            const QRect r(l->mapTo(&w, QPoint(0, 0)), l->size());
            QVERIFY2(w.rect().contains(r), qPrintable(QStringLiteral("status text '%1' cut off").arg(l->text())));
        }

        const QImage shot = w.grab().toImage();
        QCOMPARE(shot.width(), qRound(w.width() * w.devicePixelRatioF()));
        const QString name = QStringLiteral("window-") + m_spec.name();
        testing::saveScreenshot(w, name);
        if (qEnvironmentVariable("OMEGA_UPDATE_SCREENSHOTS") == QLatin1String("1")) {
            const QString path = qEnvironmentVariable("OMEGA_SOURCE_DIR") + QStringLiteral("/docs/screenshots/") + name
                                 + QStringLiteral(".png");
            QVERIFY2(shot.save(path), qPrintable(path));
        }
    }

    // A layout saved on a larger screen (or by an older version) opens wholly on this one.
    void savedGeometryFromALargerScreenIsPulledOn()
    {
        {
            widgets::MainWindow big;
            big.setMinimumSize(0, 0);
            big.setGeometry(40, 30, m_spec.width * 3 / 2, m_spec.height * 3 / 2);
            QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        }
        widgets::MainWindow w;
        w.restoreLayout();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);
        const QRect avail = w.screen()->availableGeometry();
        qInfo("restored frame %d,%d %dx%d on %dx%d", w.frameGeometry().x(), w.frameGeometry().y(), w.frameGeometry().width(),
              w.frameGeometry().height(), avail.width(), avail.height());
        QVERIFY2(avail.contains(w.frameGeometry()), "a restored window is partly off-screen");
        QSettings().clear();
    }

private:
    ScreenSpec m_spec;
};

int main(int argc, char** argv)
{
    const ScreenSpec spec = screenSpec();
    if (spec.width < 320 || spec.height < 240) {
        qCritical("OMEGA_SCREEN must read WIDTHxHEIGHT[@DPR]");
        return 2;
    }
    // The offscreen platform's screen: logical size = device size / dpr.
    QTemporaryDir dir;
    QJsonObject screen{{QStringLiteral("name"), QStringLiteral("screen-") + spec.name()},
                       {QStringLiteral("x"), 0},
                       {QStringLiteral("y"), 0},
                       {QStringLiteral("width"), qRound(spec.width / spec.dpr)},
                       {QStringLiteral("height"), qRound(spec.height / spec.dpr)},
                       {QStringLiteral("logicalDpi"), 96},
                       {QStringLiteral("logicalBaseDpi"), 96},
                       {QStringLiteral("dpr"), spec.dpr}};
    const QString config = dir.path() + QStringLiteral("/screen.json");
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen}}}).toJson());
    f.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestScreenFit test(spec);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screen_fit.moc"
