#pragma once
// The analysis engine's findings, most important first, each as one readable sentence with its
// evidence in the tooltip. Selecting a finding about a kosha or team selects it in every view.

#include "analysis/finding.h"
#include "widgets/selection.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace omega::widgets {

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    void setReport(const analysis::AnalysisReportPtr& report);
    void setSelectionModel(SelectionModel* selection) { m_selection = selection; }
    QTableWidget* table() const { return m_table; }
    QString summaryText() const;

    // The sentence shown for a finding (also used by the headless status line's log).
    static QString describe(const analysis::Finding& finding);
    static QString evidenceText(const analysis::Finding& finding);

private:
    analysis::AnalysisReportPtr m_report;
    SelectionModel* m_selection = nullptr;
    QTableWidget* m_table;
    QLabel* m_summary;
};

// The selection a finding points at (the fleet for pools and fleet-wide findings).
Scope scopeOf(const analysis::Finding& finding);

} // namespace omega::widgets
