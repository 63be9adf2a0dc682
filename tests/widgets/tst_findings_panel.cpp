// Findings panel: one readable item per finding in the report's order, evidence in the tooltip,
// selecting a kosha finding selects the kosha everywhere, a pool finding leaves the selection be.

#include "widget_test_data.h"
#include "widgets/findings_panel.h"

#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace omega;
using analysis::Finding;
using analysis::FindingKind;
using analysis::ScopeKind;
using analysis::Quantity;

namespace {
analysis::AnalysisReportPtr knownReport()
{
    auto r = std::make_shared<analysis::AnalysisReport>();
    r->job = 7;
    r->simTimeUs = 125'000'000;
    r->cycleMs = 0.42;
    Finding cloud;
    cloud.kind = FindingKind::Saturation;
    cloud.scope.kind = ScopeKind::Pool;
    cloud.scope.index = 1;
    cloud.scopeName = QStringLiteral("cloud");
    cloud.severity = 3;
    cloud.confidence = 0.9;
    cloud.evidence.fromSimUs = cloud.evidence.toSimUs = 125'000'000;
    cloud.evidence.set({{Quantity::Limit, 10}, {Quantity::InUse, 10}, {Quantity::Waiting, 600},
                        {Quantity::CompletedPerS, 30}, {Quantity::ServiceMs, 300},
                        {Quantity::QueueWaitMs, 20000}});
    Finding hot;
    hot.kind = FindingKind::Outlier;
    hot.scope.kind = ScopeKind::Domain;
    hot.scope.index = 17;
    hot.scopeName = QStringLiteral("team0.p3.d2");
    hot.severity = 2;
    hot.confidence = 0.85;
    hot.evidence.fromSimUs = 95'000'000;
    hot.evidence.toSimUs = 125'000'000;
    hot.evidence.set({{Quantity::ValueMs, 5100}, {Quantity::PeerMedianMs, 150},
                      {Quantity::Ratio, 34}, {Quantity::Seconds, 30}, {Quantity::RobustZ, 88}});
    Finding drop;
    drop.kind = FindingKind::ChangePoint;
    drop.scopeName = QStringLiteral("fleet");
    drop.metric = QStringLiteral("tasks_per_s");
    drop.severity = 2;
    drop.confidence = 0.95;
    drop.atSimUs = 90'000'000;
    drop.evidence.set({{Quantity::Before, 10}, {Quantity::After, 5}, {Quantity::ChangePct, -50}});
    r->findings = {cloud, hot, drop};
    return r;
}
} // namespace

class TestFindingsPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // the "Show info" choice goes to a test settings file
        QCoreApplication::setOrganizationName(QStringLiteral("omega-tests"));
        QSettings().remove(QStringLiteral("findings/showInfo"));
    }

    void rowsSayWhatWasFound()
    {
        widgets::FindingsPanel panel;
        panel.resize(900, 240);
        const auto report = knownReport();
        panel.setReport(report);
        QListWidget* list = panel.list();
        QCOMPARE(list->count(), 3);
        const QString sat = list->item(0)->text();
        QVERIFY2(sat.startsWith(QStringLiteral("critical · cloud pool · confidence 90 % · since 00:02:05\n")), qPrintable(sat));
        QVERIFY2(sat.contains(QStringLiteral("600 calls waiting")) && sat.contains(QStringLiteral("20.0 s")), qPrintable(sat));
        // The severity dot is drawn in the severity's colour.
        const QImage dot = list->item(0)->icon().pixmap(12, 12).toImage();
        QCOMPARE(dot.pixelColor(6, 6), QColor(214, 39, 40));
        const QString out = list->item(1)->text();
        QVERIFY2(out.startsWith(QStringLiteral("warning · domain kosha team0.p3.d2 · confidence 85 % · since 00:01:35")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("5,100 ms")) && out.contains(QStringLiteral("34.0×")), qPrintable(out));
        const QString change = list->item(2)->text();
        QVERIFY2(change.contains(QStringLiteral("from 10.0 to 5.0")) && change.contains(QStringLiteral("00:01:30")), qPrintable(change));
        QVERIFY(list->item(1)->toolTip().contains(QStringLiteral("robust_z = 88")));
        QVERIFY2(panel.summaryText().contains(QStringLiteral("3 finding")), qPrintable(panel.summaryText()));
        QVERIFY(QFile::exists(testing::saveScreenshot(panel, QStringLiteral("findings-panel"))));
    }

    void selectingAKoshaFindingSelectsTheKosha()
    {
        widgets::FindingsPanel panel;
        widgets::SelectionModel selection;
        panel.setSelectionModel(&selection);
        panel.setReport(knownReport());
        panel.list()->setCurrentRow(0);   // a pool: no kosha to select
        QCOMPARE(selection.current(), widgets::Scope::fleet());
        panel.list()->setCurrentRow(1);
        QCOMPARE(selection.current(), (widgets::Scope{widgets::Scope::Kind::Domain, 17}));
        // A newer report, in another order: the rows follow it and the same finding stays current.
        auto next = std::make_shared<analysis::AnalysisReport>(*knownReport());
        std::swap(next->findings[0], next->findings[1]);
        next->findings.pop_back();
        panel.setReport(next);
        QCOMPARE(panel.list()->count(), 2);
        QCOMPARE(panel.list()->currentRow(), 0);
        QVERIFY(panel.list()->item(0)->text().contains(QStringLiteral("team0.p3.d2")));
    }

    void infoFindingsAreHiddenUnlessAskedFor()
    {
        widgets::FindingsPanel panel;
        widgets::SelectionModel selection;
        panel.setSelectionModel(&selection);
        panel.setShowInfo(false);
        auto report = std::make_shared<analysis::AnalysisReport>(*knownReport());
        Finding idle;   // a queue that limits nothing: info
        idle.kind = FindingKind::Saturation;
        idle.scope.kind = ScopeKind::Domain;
        idle.scope.index = 5;
        idle.scopeName = QStringLiteral("team0.p1.d0");
        idle.severity = 1;
        report->findings.insert(report->findings.begin(), idle);
        panel.setReport(report);
        QCOMPARE(panel.list()->count(), 3);
        QVERIFY2(panel.summaryText().startsWith(QStringLiteral("3 findings (1 info hidden)")), qPrintable(panel.summaryText()));
        // Rows map to their findings, not to their position in the report.
        panel.list()->setCurrentRow(1);
        QCOMPARE(selection.current(), (widgets::Scope{widgets::Scope::Kind::Domain, 17}));
        panel.setShowInfo(true);
        QCOMPARE(panel.list()->count(), 4);
        QVERIFY(panel.list()->item(0)->text().startsWith(QStringLiteral("info · ")));
        QVERIFY2(panel.summaryText().startsWith(QStringLiteral("4 findings at")), qPrintable(panel.summaryText()));
        panel.list()->setCurrentRow(0);
        QCOMPARE(selection.current(), (widgets::Scope{widgets::Scope::Kind::Domain, 5}));
        // The choice is remembered for the next panel.
        widgets::FindingsPanel next;
        QVERIFY(next.showInfo());
        panel.setShowInfo(false);
        QVERIFY(!widgets::FindingsPanel().showInfo());
    }
};

QTEST_MAIN(TestFindingsPanel)
#include "tst_findings_panel.moc"
