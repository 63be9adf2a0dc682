#pragma once
// The analysis engine's findings, most important first: each a line of severity, scope,
// confidence and time over a wrapped sentence, with its evidence in the tooltip. Selecting a finding about a kosha or team selects it in every view.
// Info findings (severity 1: explain nothing measurable) are hidden unless "Show info" is on.

#include "analysis/finding.h"
#include "widgets/selection.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;

namespace omega::widgets {

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    void setReport(const analysis::AnalysisReportPtr& report);
    void setSelectionModel(SelectionModel* selection) { m_selection = selection; }
    QListWidget* list() const { return m_list; }
    QString summaryText() const;
    // Info findings listed too (off by default; the choice is remembered).
    void setShowInfo(bool show);
    bool showInfo() const;

private:
    analysis::AnalysisReportPtr m_report;
    SelectionModel* m_selection = nullptr;
    void rebuild();

    QListWidget* m_list;
    QLabel* m_summary;
    QCheckBox* m_showInfo;
};

// The selection a finding points at (the fleet for pools and fleet-wide findings).
Scope scopeOf(const analysis::Finding& finding);

} // namespace omega::widgets
