// The German translation at work in the views: strings the lupdate check cannot see being looked
// up in the wrong context (the fleet plot's "stages/s") come out German, as do the menus.

#include "widget_test_data.h"
#include "widgets/main_window.h"
#include "widgets/series_plots.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <qcustomplot.h>

using namespace omega;

class TestTranslations : public QObject {
    Q_OBJECT
    QTranslator m_de;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_de.load(QStringLiteral(OMEGA_DE_QM)), OMEGA_DE_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_de));
    }

    void fleetPlotTitlesAreGerman()
    {
        widgets::SeriesPlots plots;
        plots.resize(700, 500);
        plots.setSnapshot(testing::makeSnapshot(300));
        plots.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plots));
        QStringList titles;
        for (const QCPTextElement* t : plots.findChildren<QCPTextElement*>())
            titles << t->text();
        const QString all = titles.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QStringLiteral("Stufen/s")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("stages/s")), qPrintable(all));
    }

    void menusAreGerman()
    {
        widgets::MainWindow w;
        QStringList menus;
        for (const QAction* a : w.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Hilfe")) && menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(u',')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
