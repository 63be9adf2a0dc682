// Help menu: the keyboard shortcuts dialog lists exactly the window's actions that have keys (a new
// action shows up without touching the dialog), no two actions share a key, and About names the
// libraries with the versions the program really runs with.

#include "runtime/runtime.h"
#include "widget_test_data.h"
#include "widgets/help_dialogs.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QTextBrowser>
#include <QApplication>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <google/protobuf/stubs/common.h>
#include <zmq.h>

using namespace omega;

namespace {
QAction* menuAction(QMainWindow& w, const QString& menuTitle, const QString& text)
{
    for (QAction* m : w.menuBar()->actions())
        if (m->menu() && m->text().remove(QLatin1Char('&')) == menuTitle)
            for (QAction* a : m->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
    return nullptr;
}

QString cell(const QTableWidget* t, const QString& firstColumn, int column)
{
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, 0)->text() == firstColumn)
            return t->item(row, column)->text();
    return {};
}
} // namespace

class TestHelpDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void shortcutsAreTheWindowsActions()
    {
        widgets::MainWindow w;
        int withKeys = 0;
        QHash<QString, QString> owner;   // key -> action: no key does two things
        for (const QAction* a : w.findChildren<QAction*>()) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty())
                continue;
            ++withKeys;
            for (const QKeySequence& k : a->shortcuts()) {
                const QString key = k.toString(QKeySequence::PortableText);
                QVERIFY2(!owner.contains(key) || owner[key] == a->text(),
                         qPrintable(QStringLiteral("%1 is both '%2' and '%3'").arg(key, owner[key], a->text())));
                owner[key] = a->text();
            }
        }
        QVERIFY2(withKeys >= 20, qPrintable(QString::number(withKeys)));   // menus, dock toggles, replay keys

        QAction* open = menuAction(w, QStringLiteral("Help"), QStringLiteral("Keyboard shortcuts"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::HelpContents));
        open->trigger();
        auto* dialog = w.findChild<widgets::ShortcutsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const QTableWidget* t = dialog->table();
        QCOMPARE(t->rowCount(), withKeys);
        QCOMPARE(cell(t, QStringLiteral("Record"), 1), QKeySequence(QStringLiteral("Ctrl+R")).toString(QKeySequence::NativeText));
        QCOMPARE(cell(t, QStringLiteral("Record"), 2), QStringLiteral("File"));
        QCOMPARE(cell(t, QStringLiteral("Time series"), 1), QKeySequence(QStringLiteral("Ctrl+5")).toString(QKeySequence::NativeText));
        QCOMPARE(cell(t, QStringLiteral("Step replay"), 1), QKeySequence(QStringLiteral("Ctrl+Right")).toString(QKeySequence::NativeText));
        const QString dir = qEnvironmentVariable("OMEGA_ARTIFACT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/shortcuts.png")));
        dialog->close();

        // An action added later is listed the next time: the dialog has no list of its own.
        auto* extra = new QAction(QStringLiteral("Frobnicate the fleet"), &w);
        extra->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+F")));
        w.addAction(extra);
        const auto entries = widgets::ShortcutsDialog::collect(&w);
        QCOMPARE(entries.size(), withKeys + 1);
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [](const auto& e) { return e.action == QLatin1String("Frobnicate the fleet") && e.where == QLatin1String("Window"); }));
    }

    void aboutNamesTheLibrariesAndTheirVersions()
    {
        widgets::MainWindow w;
        w.setVersionsSource(&runtime::libraryVersions);
        QAction* about = menuAction(w, QStringLiteral("Help"), QStringLiteral("About Omega Workbench"));
        QVERIFY(about);
        about->trigger();
        auto* dialog = w.findChild<widgets::AboutDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const QTableWidget* t = dialog->table();
        QCOMPARE(cell(t, QStringLiteral("Qt"), 1), QString::fromLatin1(qVersion()));
        QCOMPARE(cell(t, QStringLiteral("QCustomPlot"), 1), QStringLiteral("2.1.0"));
        int major = 0, minor = 0, patch = 0;
        zmq_version(&major, &minor, &patch);
        QCOMPARE(cell(t, QStringLiteral("ZeroMQ"), 1), QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch));
        QVERIFY2(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(cell(t, QStringLiteral("SQLite"), 1)).hasMatch(),
                 qPrintable(cell(t, QStringLiteral("SQLite"), 1)));
        QCOMPARE(cell(t, QStringLiteral("Protocol Buffers"), 1),
                 QString::fromStdString(google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION)));
        const QString dir = qEnvironmentVariable("OMEGA_ARTIFACT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/about.png")));
    }

    // Help > User guide shows docs/guide.md from the program's resources, with every image it
    // names; the menu has the entry.
    void guideIsBuiltInWithItsImages()
    {
        widgets::MainWindow w;
        bool inMenu = false;
        for (QAction* a : w.menuBar()->actions())
            if (a->menu())
                for (QAction* item : a->menu()->actions())
                    inMenu = inMenu || item->text().remove(QLatin1Char('&')) == QStringLiteral("User guide");
        QVERIFY(inMenu);
        widgets::GuideDialog guide;
        const QString text = guide.browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Omega Workbench user guide")), qPrintable(text.left(200)));
        QFile source(QString::fromUtf8(qgetenv("OMEGA_SOURCE_DIR")) + QStringLiteral("/docs/guide.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(source.readAll());
        static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        int images = 0;
        for (auto it = image.globalMatch(markdown); it.hasNext(); ++images) {
            const QString file = it.next().captured(1);
            QVERIFY2(QFile::exists(QStringLiteral(":/guide/") + file), qPrintable(file + QStringLiteral(" is not built in")));
        }
        QVERIFY(images >= 3);
        guide.resize(900, 700);
        QVERIFY(QFile::exists(testing::saveScreenshot(guide, QStringLiteral("guide-dialog"))));
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_help_dialogs.moc"
