#include "widgets/recommendations_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace omega::widgets {

namespace {
QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString riskText(int risk)
{
    switch (risk) {
    case 1: return RecommendationsPanel::tr("low");
    case 2: return RecommendationsPanel::tr("medium");
    default: return RecommendationsPanel::tr("high");
    }
}

QString knobsText(const model::KnobSettings& k)
{
    return RecommendationsPanel::tr("local %1, cloud %2, batch %3, bulk local %4 %")
        .arg(k.localLimit)
        .arg(k.cloudLimit)
        .arg(k.cloudBatch)
        .arg(number(100 * k.bulkLocalShare));
}

QString determinationText(analysis::Determination d)
{
    switch (d) {
    case analysis::Determination::None: return RecommendationsPanel::tr("no data");
    case analysis::Determination::OneLevel: return RecommendationsPanel::tr("one level seen");
    case analysis::Determination::Partial: return RecommendationsPanel::tr("partly determined");
    case analysis::Determination::Full: return RecommendationsPanel::tr("fitted");
    }
    return {};
}
} // namespace

QString RecommendationsPanel::stationName(analysis::Station s)
{
    switch (s) {
    case analysis::Station::None: return tr("nothing");
    case analysis::Station::LocalPool: return tr("the local CPU pool");
    case analysis::Station::CloudSlots: return tr("the cloud pool's slots");
    case analysis::Station::CloudQuota: return tr("the provider's quota");
    case analysis::Station::TasksInFlight: return tr("the tasks in flight");
    }
    return {};
}

QString RecommendationsPanel::changeText(const analysis::Recommendation& r)
{
    QStringList parts;
    if (r.from.localLimit != r.to.localLimit)
        parts << tr("local limit %1 → %2").arg(r.from.localLimit).arg(r.to.localLimit);
    if (r.from.cloudLimit != r.to.cloudLimit)
        parts << tr("cloud limit %1 → %2").arg(r.from.cloudLimit).arg(r.to.cloudLimit);
    if (r.from.cloudBatch != r.to.cloudBatch)
        parts << tr("cloud batch %1 → %2").arg(r.from.cloudBatch).arg(r.to.cloudBatch);
    if (std::abs(r.from.bulkLocalShare - r.to.bulkLocalShare) > 1e-6)
        parts << tr("bulk local share %1 % → %2 %").arg(number(100 * r.from.bulkLocalShare), number(100 * r.to.bulkLocalShare));
    return parts.join(QStringLiteral(", "));
}

QString RecommendationsPanel::impactText(const analysis::Recommendation& r)
{
    const auto& x = r.predicted.tasksPerS;
    const double dx = r.deltaTasksPerS();
    QString text = tr("Throughput %1 → %2 tasks/s (%3%4, 95 % interval %5–%6)")
                       .arg(number(r.measuredTasksPerS, 1), number(x.value, 1), dx >= 0 ? QStringLiteral("+") : QString(),
                            number(dx, 1), number(x.low, 1), number(std::min(x.high, x.value * 10), 1));
    if (r.predicted.p99Ms > 0)
        text += tr("; task p99 %1 → %2 s").arg(number(r.measuredP99Ms / 1000, 1), number(r.predicted.p99Ms / 1000, 1));
    return text;
}

QString RecommendationsPanel::basisText(const analysis::Recommendation& r)
{
    QString text = tr("Relieves %1. Confidence %2 %, risk %3.")
                       .arg(stationName(r.answers), number(100 * r.confidence), riskText(r.risk));
    if (r.kind == analysis::RecommendationKind::Experiment)
        text += QLatin1Char(' ')
                + tr("An experiment: the data do not yet determine the outcome at these knobs; the step is bounded and "
                     "what it measures fixes the model.");
    if (r.plan.size() > 1)
        text += QLatin1Char(' ')
                + tr("Plan: %n step(s) to %1 tasks/s at %2.", nullptr, static_cast<int>(r.plan.size()))
                      .arg(number(r.plan.back().prediction.tasksPerS.value, 1), knobsText(r.plan.back().knobs));
    if (!r.sloReachable) {
        const double endP99 = r.plan.back().prediction.p99Ms / 1000;
        if (r.plan.back().prediction.undetermined)
            text += QLatin1Char(' ')
                    + tr("The p99 objective of %1 s is not met where this plan ends (%2 s); it goes on once its experiment "
                         "has run.")
                          .arg(number(r.sloP99Ms / 1000, 1), number(endP99, 1));
        else
            text += QLatin1Char(' ')
                    + tr("The p99 objective of %1 s is out of reach at this capacity: the best reachable is %2 s.")
                          .arg(number(r.sloP99Ms / 1000, 1), number(endP99, 1));
    }
    return text;
}

RecommendationsPanel::RecommendationsPanel(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QListWidget(this)), m_plotChoice(new QComboBox(this)),
      m_plot(new QCustomPlot(this)), m_approve(new QPushButton(tr("&Approve"), this)),
      m_reject(new QPushButton(tr("Re&ject"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Waiting for the capacity models…"));
    m_summary->setToolTip(tr("Models are fitted on windows of the fleet's own telemetry, never on the scenario"));
    layout->addWidget(m_summary);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    layout->addWidget(m_list, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Evidence:"), this));
    m_plotChoice->addItem(tr("Local pool: throughput vs concurrency (USL)"));
    m_plotChoice->addItem(tr("Cloud pool: call time vs batch"));
    m_plotChoice->setToolTip(tr("The fitted model with the windows it was fitted on"));
    buttons->addWidget(m_plotChoice);
    layout->addLayout(buttons);
    m_plot->setMinimumHeight(120);
    m_plot->setNoAntialiasingOnDrag(true);
    layout->addWidget(m_plot, 3);
    setActionsEnabled(false, tr("Nothing can apply a change from here yet: no tuning controller is connected"));
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const auto* r = selected())
            emit approveRequested(*r);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (const auto* r = selected())
            emit rejectRequested(*r);
    });
    connect(m_plotChoice, &QComboBox::currentIndexChanged, this, [this] { showPlot(); });
}

void RecommendationsPanel::setActionsEnabled(bool enabled, const QString& why)
{
    m_actionsEnabled = enabled;
    m_disabledWhy = why;
    for (QPushButton* b : {m_approve, m_reject}) {
        b->setEnabled(enabled && selected());
        b->setToolTip(enabled ? QString() : why);
    }
    m_approve->setToolTip(enabled ? tr("Apply the selected change (it is verified on live data)") : why);
    m_reject->setToolTip(enabled ? tr("Dismiss the selected change") : why);
}

QString RecommendationsPanel::summaryText() const
{
    return m_summary->text();
}

const analysis::Recommendation* RecommendationsPanel::selected() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    if (!m_capacity || row < 0 || static_cast<std::size_t>(row) >= m_capacity->recommendations.size())
        return nullptr;
    return &m_capacity->recommendations[static_cast<std::size_t>(row)];
}

void RecommendationsPanel::setReport(const analysis::AnalysisReportPtr& report)
{
    if (!report || report == m_report)
        return;
    m_report = report;
    if (!report->capacity)
        return;
    const bool modelsChanged = m_capacity != report->capacity;
    m_capacity = report->capacity;
    const analysis::CapacityReport& c = *m_capacity;
    QString summary;
    if (!c.current.valid) {
        summary = tr("Learning the fleet's capacity: %n window(s) of telemetry so far.", nullptr, c.models.windows);
    } else {
        summary = tr("Bottleneck now: %1. Measured %2 tasks/s; the models give %3 (%4–%5) at %6.")
                      .arg(stationName(c.current.binding), number(c.measuredTasksPerS, 1),
                           number(c.current.tasksPerS.value, 1), number(c.current.tasksPerS.low, 1),
                           number(std::min(c.current.tasksPerS.high, c.current.tasksPerS.value * 10), 1),
                           knobsText(c.knobs));
        if (c.settling)
            summary += QLatin1Char(' ') + tr("Settling after a change: no verdict until a window at these knobs closes.");
        else if (c.recommendations.empty())
            summary += QLatin1Char(' ') + tr("No change is predicted to add more than 3 %.");
    }
    if (!c.knobsReported)
        summary += QLatin1Char(' ') + tr("(The publisher does not report its knobs: read from the pool states.)");
    m_summary->setText(summary);

    const QSignalBlocker block(m_list);
    const int row = std::max(0, m_list->currentRow());
    m_list->clear();
    for (const analysis::Recommendation& r : c.recommendations) {
        const QString title = r.kind == analysis::RecommendationKind::Experiment ? tr("Experiment: %1").arg(changeText(r))
                                                                                 : tr("Change: %1").arg(changeText(r));
        auto* item = new QListWidgetItem(title + QLatin1Char('\n') + impactText(r) + QLatin1Char('\n') + basisText(r), m_list);
        QStringList plan;
        for (std::size_t i = 0; i < r.plan.size(); ++i)
            plan << tr("%1. %2 → %3 tasks/s").arg(i + 1).arg(knobsText(r.plan[i].knobs), number(r.plan[i].prediction.tasksPerS.value, 1));
        item->setToolTip(tr("Step plan:\n%1").arg(plan.join(QLatin1Char('\n'))));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    setActionsEnabled(m_actionsEnabled, m_disabledWhy);
    if (modelsChanged)
        showPlot();
}

void RecommendationsPanel::showPlot()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    if (!m_capacity)
        return m_plot->replot();
    const analysis::CapacityReport& c = *m_capacity;
    const bool local = m_plotChoice->currentIndex() == 0;
    auto* points = m_plot->addGraph();
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    points->setName(tr("windows measured"));
    auto* curve = m_plot->addGraph();
    curve->setPen(QPen(QColor(31, 119, 180), 2));
    curve->setName(tr("fitted model"));
    double xMax = 1, yMax = 1;
    if (local) {
        const auto& m = c.models.local;
        for (const auto& w : c.windows)
            if (w.hasServiceTime && w.localStagesPerS > 0.5 && w.localInService > 0) {
                const double n = std::max(1.0, w.localInService);
                const double x = n / w.localInService * w.localStagesPerS;
                points->addData(n, x);
                xMax = std::max(xMax, n);
                yMax = std::max(yMax, x);
            }
        const double nStar = m.nStar();
        xMax = std::max({xMax * 1.5, nStar * 1.5, 4.0});
        if (m.determination == analysis::Determination::Full || m.determination == analysis::Determination::Partial)
            for (double n = 1; n <= xMax; n += xMax / 200) {
                const double x = m.stagesPerS(n).value;
                curve->addData(n, x);
                yMax = std::max(yMax, x);
            }
        m_plot->xAxis->setLabel(tr("stages in service (concurrency)"));
        m_plot->yAxis->setLabel(tr("local stages/s"));
        if (nStar > 0) {
            auto* line = new QCPItemStraightLine(m_plot);
            line->point1->setCoords(nStar, 0);
            line->point2->setCoords(nStar, 1);
            line->setPen(QPen(QColor(214, 39, 40), 1, Qt::DashLine));
            auto* label = new QCPItemText(m_plot);
            label->position->setCoords(nStar, yMax * 1.1);
            // Written on the side of the line with room for it.
            label->setPositionAlignment((nStar > xMax * 0.5 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
            label->setText(tr(" optimum n* = %1 (σ %2, κ %3)").arg(number(nStar, 1), number(m.sigma, 3), number(m.kappa, 4)));
        }
        curve->setName(tr("USL fit: %1").arg(determinationText(m.determination)));
    } else {
        const auto& m = c.models.cloud;
        for (const auto& w : c.windows)
            if (w.hasServiceTime && w.cloudCallsPerS > 0.5 && w.cloudInService > 0) {
                const double b = w.cloudItemsPerS / w.cloudCallsPerS;
                const double t = w.cloudInService / w.cloudCallsPerS * 1000;
                points->addData(b, t);
                xMax = std::max(xMax, b);
                yMax = std::max(yMax, t);
            }
        xMax = std::max(xMax * 1.5, 4.0);
        if (m.determination == analysis::Determination::Full)
            for (double b = 1; b <= xMax; b += xMax / 100) {
                const double t = m.callMs(b).value;
                curve->addData(b, t);
                yMax = std::max(yMax, t);
            }
        m_plot->xAxis->setLabel(tr("items per call"));
        m_plot->yAxis->setLabel(tr("call time in service (ms)"));
        curve->setName(m.determination == analysis::Determination::Full
                           ? tr("a + b·B: a = %1 ms, b = %2 ms").arg(number(m.aMs, 0), number(m.bMs, 1))
                           : tr("a + b·B: %1").arg(determinationText(m.determination)));
    }
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->xAxis->setRange(0, xMax);
    m_plot->yAxis->setRange(0, yMax * 1.15);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace omega::widgets
