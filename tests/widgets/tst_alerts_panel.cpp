// Alerts panel and rule editor: rows shown, intents forwarded, selection follows an alert, the
// editor points at the line a bad rule is on, and a critical alert notifies once.

#include "widget_test_data.h"
#include "widgets/alerts_panel.h"
#include "widgets/main_window.h"
#include "widgets/rule_editor.h"
#include "widgets/series_plots.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace omega;

namespace {
alerts::AlertsViewPtr viewWith(std::vector<alerts::Alert> firing)
{
    auto v = std::make_shared<alerts::AlertsView>();
    v->firing = std::move(firing);
    v->resolved = std::make_shared<const std::vector<alerts::Alert>>();
    return v;
}

alerts::Alert alert(std::uint64_t id, alerts::Severity sev, alerts::ScopeKind level, int group, const char* scope)
{
    alerts::Alert a;
    a.id = id;
    a.rule = QStringLiteral("Rule%1").arg(id);
    a.severity = sev;
    a.where = {level, group};
    a.scope = QString::fromLatin1(scope);
    a.members = {1, 2, 3};
    a.value = 42;
    return a;
}
} // namespace

class TestAlertsPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("OMEGA_NO_DIALOGS", "1");
    }

    void showsFiringAlertsAndForwardsIntent()
    {
        widgets::AlertsPanel panel;
        widgets::SelectionModel selection;
        panel.setSelectionModel(&selection);
        panel.resize(900, 300);
        panel.setAlerts(viewWith({alert(7, alerts::Severity::Critical, alerts::ScopeKind::Domain, 12, "domain:atlas.p01.d2"),
                                  alert(5, alerts::Severity::Warning, alerts::ScopeKind::Fleet, 0, "fleet")}));
        QCOMPARE(panel.firingRows(), 2);
        QCOMPARE(panel.firingTable()->item(0, 2)->text(), QStringLiteral("domain:atlas.p01.d2"));
        QCOMPARE(panel.firingTable()->item(0, 3)->text(), QStringLiteral("3"));
        QSignalSpy ack(&panel, &widgets::AlertsPanel::acknowledgeRequested);
        QSignalSpy silence(&panel, &widgets::AlertsPanel::silenceRequested);
        panel.firingTable()->selectRow(0);
        emit panel.firingTable()->cellClicked(0, 1);
        QCOMPARE(selection.current(), (widgets::Scope{widgets::Scope::Kind::Domain, 12}));
        for (QPushButton* b : panel.findChildren<QPushButton*>()) {
            if (b->text() == widgets::AlertsPanel::tr("Acknowledge") || b->text() == widgets::AlertsPanel::tr("Silence 1 h"))
                b->click();
        }
        QCOMPARE(ack.count(), 1);
        QCOMPARE(ack.at(0).at(0).value<std::uint64_t>(), 7u);
        QCOMPARE(silence.count(), 1);
        QCOMPARE(silence.at(0).at(1).toString(), QStringLiteral("domain:atlas.p01.d2"));
        testing::saveScreenshot(panel, QStringLiteral("alerts-panel"));
    }

    void editorJumpsToTheBadLine()
    {
        widgets::RuleEditor editor;
        editor.setText("{\n \"rules\": [\n  {\"name\": \"A\",\n   \"op\": \">=\"}\n ]\n}\n");
        editor.setResult(false, QStringLiteral("edited rules: line 4, rule 'A', field 'op': expected '>' or '<'"));
        QCOMPARE(editor.cursorLine(), 4);
        QVERIFY(editor.message().contains(QStringLiteral("field 'op'")));
        QSignalSpy apply(&editor, &widgets::RuleEditor::applyRequested);
        for (QPushButton* b : editor.findChildren<QPushButton*>())
            if (b->toolTip().contains(QStringLiteral("Ctrl+Return")))
                b->click();
        QCOMPARE(apply.count(), 1);
        QVERIFY(apply.at(0).at(0).toByteArray().contains("\"op\""));
    }

    void criticalAlertNotifiesOnce()
    {
        widgets::MainWindow w;
        alerts::AlertsViewPtr current = viewWith({alert(1, alerts::Severity::Warning, alerts::ScopeKind::Fleet, 0, "fleet")});
        w.setAlertsSource([&current] { return current; });
        w.refresh();
        QCOMPARE(w.notificationsShown(), 0u);   // a warning does not notify
        current = viewWith({alert(2, alerts::Severity::Critical, alerts::ScopeKind::Fleet, 0, "fleet"),
                            alert(1, alerts::Severity::Warning, alerts::ScopeKind::Fleet, 0, "fleet")});
        w.refresh();
        QCOMPARE(w.notificationsShown(), 1u);
        // Both firings are marked on every panel of the time series.
        QCOMPARE(w.seriesPlots()->markCount(), 2 * static_cast<int>(widgets::SeriesPlots::kPanelCount));
        current = viewWith(current->firing);   // same alerts, new view: no second notification
        w.refresh();
        QCOMPARE(w.notificationsShown(), 1u);
        auto silenced = alert(3, alerts::Severity::Critical, alerts::ScopeKind::Fleet, 0, "fleet");
        silenced.silenced = true;
        current = viewWith({silenced});
        w.refresh();
        QCOMPARE(w.notificationsShown(), 1u);
    }
};

QTEST_MAIN(TestAlertsPanel)
#include "tst_alerts_panel.moc"
