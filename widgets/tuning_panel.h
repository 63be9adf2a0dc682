#pragma once
// The tuning loop as a person sees and steers it: auto-apply on or off with its thresholds, the
// kill switch, what the loop is doing now, the ratio to the baseline, and every change with who
// made it, its state, the prediction, the measured before and after, and the verdict.
// Forwards intent only; the app carries it to the tuning service.

#include "tuning/change.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace omega::widgets {

class TuningPanel : public QWidget {
    Q_OBJECT
public:
    explicit TuningPanel(QWidget* parent = nullptr);
    void setView(const tuning::TuningViewPtr& view);
    // No tuning service (a replay, or no control channel): everything disabled, with the reason.
    void setAvailable(bool available, const QString& why = {});

    QString statusText() const;
    QTableWidget* table() const { return m_table; }
    QCheckBox* autoApplyBox() const { return m_auto; }
    QPushButton* killButton() const { return m_kill; }

    static QString stateName(tuning::ChangeState s);

signals:
    void autoApplyRequested(bool on);
    void killRequested();
    void guardrailsChanged(const tuning::Guardrails& guardrails);
    void exportAuditRequested();

private:
    tuning::Guardrails guardrailsFromControls() const;

    tuning::TuningViewPtr m_view;
    QLabel* m_status;
    QCheckBox* m_auto;
    QDoubleSpinBox* m_minConfidence;
    QSpinBox* m_maxRisk;
    QPushButton* m_kill;
    QPushButton* m_export;
    QTableWidget* m_table;
    tuning::Guardrails m_guardrails;
    std::size_t m_tableKey = 0;   // what the table shows; a new view with the same changes skips the rebuild
};

} // namespace omega::widgets
