// Findings panel: one readable row per finding in the report's order, evidence in the tooltip,
// selecting a kosha finding selects the kosha everywhere, a pool finding leaves the selection be.

#include "widget_test_data.h"
#include "widgets/findings_panel.h"

#include <QFile>
#include <QTableWidget>
#include <QTest>

using namespace omega;
using analysis::Finding;
using analysis::FindingKind;
using analysis::ScopeKind;

namespace {
analysis::AnalysisReportPtr knownReport()
{
    auto r = std::make_shared<analysis::AnalysisReport>();
    r->job = 7;
    r->simTimeUs = 125'000'000;
    r->cycleMs = 0.42;
    Finding cloud;
    cloud.kind = FindingKind::Saturation;
    cloud.scopeKind = ScopeKind::Pool;
    cloud.scopeIndex = 1;
    cloud.scopeName = QStringLiteral("cloud");
    cloud.severity = 3;
    cloud.confidence = 0.9;
    cloud.fromSimUs = cloud.toSimUs = 125'000'000;
    cloud.evidence = {{QStringLiteral("limit"), 10}, {QStringLiteral("in_use"), 10}, {QStringLiteral("waiting"), 600},
                      {QStringLiteral("completed_per_s"), 30}, {QStringLiteral("service_ms"), 300},
                      {QStringLiteral("queue_wait_ms"), 20000}};
    Finding hot;
    hot.kind = FindingKind::Outlier;
    hot.scopeKind = ScopeKind::Domain;
    hot.scopeIndex = 17;
    hot.scopeName = QStringLiteral("team0.p3.d2");
    hot.severity = 2;
    hot.confidence = 0.85;
    hot.fromSimUs = 95'000'000;
    hot.toSimUs = 125'000'000;
    hot.evidence = {{QStringLiteral("value_ms"), 5100}, {QStringLiteral("peer_median_ms"), 150},
                    {QStringLiteral("ratio"), 34}, {QStringLiteral("seconds"), 30}, {QStringLiteral("robust_z"), 88}};
    Finding drop;
    drop.kind = FindingKind::ChangePoint;
    drop.scopeName = QStringLiteral("fleet");
    drop.metric = QStringLiteral("tasks_per_s");
    drop.severity = 2;
    drop.confidence = 0.95;
    drop.atSimUs = 90'000'000;
    drop.evidence = {{QStringLiteral("before"), 10}, {QStringLiteral("after"), 5}, {QStringLiteral("change_pct"), -50}};
    r->findings = {cloud, hot, drop};
    return r;
}
} // namespace

class TestFindingsPanel : public QObject {
    Q_OBJECT
private slots:
    void rowsSayWhatWasFound()
    {
        widgets::FindingsPanel panel;
        panel.resize(900, 240);
        const auto report = knownReport();
        panel.setReport(report);
        QTableWidget* t = panel.table();
        QCOMPARE(t->rowCount(), 3);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("critical"));
        QCOMPARE(t->item(0, 0)->foreground().color(), QColor(214, 39, 40));
        const QString sat = t->item(0, 1)->text();
        QVERIFY2(sat.contains(QStringLiteral("600 calls waiting")) && sat.contains(QStringLiteral("20.0 s")), qPrintable(sat));
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("cloud pool"));
        QCOMPARE(t->item(0, 3)->text(), QStringLiteral("90 %"));
        const QString out = t->item(1, 1)->text();
        QVERIFY2(out.contains(QStringLiteral("5,100 ms")) && out.contains(QStringLiteral("34.0×")), qPrintable(out));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("domain kosha team0.p3.d2"));
        QCOMPARE(t->item(1, 4)->text(), QStringLiteral("00:01:35"));
        const QString change = t->item(2, 1)->text();
        QVERIFY2(change.contains(QStringLiteral("from 10.0 to 5.0")) && change.contains(QStringLiteral("00:01:30")), qPrintable(change));
        QVERIFY(t->item(1, 1)->toolTip().contains(QStringLiteral("robust_z = 88")));
        QVERIFY2(panel.summaryText().contains(QStringLiteral("3 finding")), qPrintable(panel.summaryText()));
        QVERIFY(QFile::exists(testing::saveScreenshot(panel, QStringLiteral("findings-panel"))));
    }

    void selectingAKoshaFindingSelectsTheKosha()
    {
        widgets::FindingsPanel panel;
        widgets::SelectionModel selection;
        panel.setSelectionModel(&selection);
        panel.setReport(knownReport());
        panel.table()->selectRow(0);   // a pool: no kosha to select
        QCOMPARE(selection.current(), widgets::Scope::fleet());
        panel.table()->selectRow(1);
        QCOMPARE(selection.current(), (widgets::Scope{widgets::Scope::Kind::Domain, 17}));
        // A newer report replaces the rows; an older pointer handed again changes nothing.
        auto next = std::make_shared<analysis::AnalysisReport>(*knownReport());
        next->findings.resize(1);
        panel.setReport(next);
        QCOMPARE(panel.table()->rowCount(), 1);
    }
};

QTEST_MAIN(TestFindingsPanel)
#include "tst_findings_panel.moc"
