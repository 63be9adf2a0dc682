#pragma once
// The recommender's answer to "what should I change, with what result?": the bottleneck, the
// model's prediction for the knobs in force, and one card per recommended change (the change,
// predicted throughput and p99 with their interval, confidence, risk, the step plan), with the
// evidence plot of the fitted capacity model and the windows it was fitted on.
// Approve / Reject forward intent only; the app decides whether anything can act on it.

#include "analysis/finding.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QPushButton;

namespace omega::widgets {

class RecommendationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecommendationsPanel(QWidget* parent = nullptr);
    void setReport(const analysis::AnalysisReportPtr& report);
    // Approve / Reject stay disabled with `why` as their tooltip until something can apply a change.
    void setActionsEnabled(bool enabled, const QString& why = {});

    QString summaryText() const;
    QListWidget* list() const { return m_list; }
    QCustomPlot* plot() const { return m_plot; }

    // The sentences on a card (also for logs and reports).
    static QString changeText(const analysis::Recommendation& r);
    static QString impactText(const analysis::Recommendation& r);
    static QString basisText(const analysis::Recommendation& r);
    static QString stationName(analysis::Station s);

signals:
    void approveRequested(const analysis::Recommendation& recommendation);
    void rejectRequested(const analysis::Recommendation& recommendation);

private:
    void showPlot();
    const analysis::Recommendation* selected() const;

    analysis::AnalysisReportPtr m_report;
    analysis::CapacityReportPtr m_capacity;
    QLabel* m_summary;
    QListWidget* m_list;
    QComboBox* m_plotChoice;
    QCustomPlot* m_plot;
    QPushButton* m_approve;
    QPushButton* m_reject;
    bool m_actionsEnabled = false;
    QString m_disabledWhy;
};

} // namespace omega::widgets
