#pragma once
// Firing and resolved alerts. Acknowledge, silence and rule editing are forwarded as intents.

#include "alerts/evaluator.h"
#include "widgets/selection.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace omega::widgets {

class AlertsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AlertsPanel(QWidget* parent = nullptr);
    void setAlerts(const alerts::AlertsViewPtr& view);
    void setSelectionModel(SelectionModel* selection) { m_selection = selection; }
    int firingRows() const;
    int resolvedRows() const;
    QTableWidget* firingTable() const { return m_firing; }

signals:
    void acknowledgeRequested(std::uint64_t alertId);
    void silenceRequested(const QString& rule, const QString& scope, int minutes);
    void editRulesRequested();

private:
    void fill(QTableWidget* table, const std::vector<alerts::Alert>& list, bool firing);
    const alerts::Alert* selectedFiring() const;

    alerts::AlertsViewPtr m_view;
    SelectionModel* m_selection = nullptr;
    QTableWidget* m_firing;
    QTableWidget* m_resolved;
    QLabel* m_summary;
};

// Scope of the selection model that an alert points at (fleet for pools and the fleet).
Scope scopeOf(const alerts::Alert& alert);

} // namespace omega::widgets
