#include "widgets/tuning_panel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace omega::widgets {

namespace {
QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString knobsChange(const tuning::Change& c)
{
    QStringList parts;
    if (c.from.localLimit != c.to.localLimit)
        parts << TuningPanel::tr("local %1→%2").arg(c.from.localLimit).arg(c.to.localLimit);
    if (c.from.cloudLimit != c.to.cloudLimit)
        parts << TuningPanel::tr("cloud %1→%2").arg(c.from.cloudLimit).arg(c.to.cloudLimit);
    if (c.from.cloudBatch != c.to.cloudBatch)
        parts << TuningPanel::tr("batch %1→%2").arg(c.from.cloudBatch).arg(c.to.cloudBatch);
    if (std::abs(c.from.bulkLocalShare - c.to.bulkLocalShare) > 1e-6)
        parts << TuningPanel::tr("share %1→%2").arg(number(c.from.bulkLocalShare, 2), number(c.to.bulkLocalShare, 2));
    return parts.isEmpty() ? TuningPanel::tr("(no change)") : parts.join(QStringLiteral(", "));
}

enum Column { Id, Who, State, What, Predicted, Measured, Verdict, ColumnCount };
} // namespace

QString TuningPanel::stateName(tuning::ChangeState s)
{
    using tuning::ChangeState;
    switch (s) {
    case ChangeState::Proposed: return tr("proposed");
    case ChangeState::Approved: return tr("approved");
    case ChangeState::AutoApproved: return tr("auto-approved");
    case ChangeState::Sent: return tr("sent");
    case ChangeState::Acked: return tr("acknowledged");
    case ChangeState::Verifying: return tr("verifying");
    case ChangeState::Kept: return tr("kept");
    case ChangeState::RolledBack: return tr("rolled back");
    case ChangeState::Rejected: return tr("rejected");
    case ChangeState::Expired: return tr("expired");
    case ChangeState::Failed: return tr("failed");
    }
    return {};
}

TuningPanel::TuningPanel(QWidget* parent)
    : QWidget(parent), m_status(new QLabel(this)), m_auto(new QCheckBox(tr("&Auto-apply"), this)),
      m_minConfidence(new QDoubleSpinBox(this)), m_maxRisk(new QSpinBox(this)),
      m_kill(new QPushButton(tr("&Kill switch"), this)), m_export(new QPushButton(tr("E&xport audit…"), this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* controls = new QHBoxLayout;
    m_auto->setToolTip(tr("Apply recommendations on its own, one verified change at a time, within the guardrails"));
    controls->addWidget(m_auto);
    controls->addWidget(new QLabel(tr("min confidence"), this));
    m_minConfidence->setRange(0, 1);
    m_minConfidence->setSingleStep(0.05);
    m_minConfidence->setValue(m_guardrails.minConfidence);
    m_minConfidence->setToolTip(tr("Auto-apply leaves recommendations less certain than this to a person"));
    controls->addWidget(m_minConfidence);
    controls->addWidget(new QLabel(tr("max risk"), this));
    m_maxRisk->setRange(1, 3);
    m_maxRisk->setValue(m_guardrails.maxRisk);
    m_maxRisk->setToolTip(tr("1 low, 2 medium, 3 high: auto-apply skips riskier recommendations"));
    controls->addWidget(m_maxRisk);
    controls->addStretch();
    m_kill->setToolTip(tr("Stop auto-apply at once and leave the configuration in force as it is (Ctrl+Shift+K)"));
    m_kill->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    m_kill->setStyleSheet(QStringLiteral("QPushButton { color: white; background: #b71c1c; font-weight: bold; padding: 2px 10px; }"
                                         "QPushButton:disabled { background: #9e9e9e; }"));
    controls->addWidget(m_kill);
    m_export->setToolTip(tr("Write every transition of every change to a CSV file"));
    controls->addWidget(m_export);
    layout->addLayout(controls);
    m_status->setWordWrap(true);
    m_status->setText(tr("No tuning yet."));
    layout->addWidget(m_status);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Who"), tr("State"), tr("Change"), tr("Predicted tasks/s"),
                                        tr("Before → after"), tr("Verdict")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    connect(m_auto, &QCheckBox::toggled, this, &TuningPanel::autoApplyRequested);
    connect(m_kill, &QPushButton::clicked, this, [this] {
        m_auto->setChecked(false);
        emit killRequested();
    });
    connect(m_export, &QPushButton::clicked, this, &TuningPanel::exportAuditRequested);
    auto guardrails = [this] { emit guardrailsChanged(guardrailsFromControls()); };
    connect(m_minConfidence, &QDoubleSpinBox::valueChanged, this, guardrails);
    connect(m_maxRisk, &QSpinBox::valueChanged, this, guardrails);
}

tuning::Guardrails TuningPanel::guardrailsFromControls() const
{
    tuning::Guardrails g = m_guardrails;
    g.minConfidence = m_minConfidence->value();
    g.maxRisk = m_maxRisk->value();
    return g;
}

void TuningPanel::setAvailable(bool available, const QString& why)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_auto, m_minConfidence, m_maxRisk, m_kill, m_export}) {
        w->setEnabled(available);
        if (!available)
            w->setToolTip(why);
    }
    if (!available)
        m_status->setText(why);
}

QString TuningPanel::statusText() const
{
    return m_status->text();
}

void TuningPanel::setView(const tuning::TuningViewPtr& view)
{
    if (!view || view == m_view)
        return;
    m_view = view;
    m_guardrails = view->guardrails;
    {
        const QSignalBlocker block(m_auto);
        m_auto->setChecked(view->autoApply);
    }
    QString status = view->status;
    if (view->baselineTasksPerS > 0)
        status = tr("%1 · %2 → %3 tasks/s (%4× the first steady window) · %5 kept, %6 rolled back, %7 failed")
                     .arg(status, number(view->baselineTasksPerS, 1), number(view->nowTasksPerS, 1), number(view->ratio(), 1))
                     .arg(view->kept)
                     .arg(view->rolledBack)
                     .arg(view->failed);
    if (view->killed)
        status = tr("Kill switch pressed: auto-apply is off. %1").arg(status);
    m_status->setText(status);

    // The service publishes a view every few milliseconds; the table changes only with a change.
    std::size_t key = view->changes.size();
    for (const tuning::Change& c : view->changes)
        key = key * 1000003u ^ (c.id * 31u + static_cast<std::size_t>(c.state) * 7u + (c.verdict.judged ? 1u : 0u)
                                + static_cast<std::size_t>(c.note.size()));
    if (key == m_tableKey && m_table->rowCount() == static_cast<int>(view->changes.size()))
        return;
    m_tableKey = key;
    const int rows = static_cast<int>(view->changes.size());
    m_table->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        // Newest first.
        const tuning::Change& c = view->changes[static_cast<std::size_t>(rows - 1 - i)];
        auto set = [&](int col, const QString& text, const QString& tip = {}) {
            auto* item = m_table->item(i, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(i, col, item);
            }
            item->setText(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
        };
        set(Id, QString::number(c.id));
        set(Who, c.isRollback ? tr("rollback of #%1").arg(c.rollbackOf)
                              : (c.actor == tuning::Actor::Person ? tr("person") : tr("auto")));
        set(State, stateName(c.state));
        set(What, knobsChange(c));
        set(Predicted, c.predicted.valid ? tr("%1 (%2–%3)").arg(number(c.predicted.tasksPerS.value, 1),
                                                               number(c.predicted.tasksPerS.low, 1),
                                                               number(std::min(c.predicted.tasksPerS.high, c.predicted.tasksPerS.value * 10), 1))
                                         : QStringLiteral("–"));
        QString measured = QStringLiteral("–");
        if (c.verdict.judged) {
            measured = tr("%1 → %2").arg(number(c.verdict.beforeTasksPerS, 1), number(c.verdict.afterTasksPerS, 1));
            if (c.predicted.valid)
                measured += c.missOutsideInterval ? tr(" (missed the prediction by %1 %)").arg(number(100 * c.predictionMiss))
                                                  : tr(" (within the prediction)");
        }
        set(Measured, measured);
        set(Verdict, c.note);
    }
    m_table->resizeColumnsToContents();
}

} // namespace omega::widgets
