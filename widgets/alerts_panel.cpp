#include "widgets/alerts_panel.h"

#include "model/sim_clock.h"
#include "widgets/severity.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omega::widgets {

namespace {
enum Column { Severity, Rule, Scope_, Members, Value, Since, Flags, ColumnCount };

QTableWidget* makeTable(QWidget* parent)
{
    auto* t = new QTableWidget(0, ColumnCount, parent);
    t->setHorizontalHeaderLabels({AlertsPanel::tr("Severity"), AlertsPanel::tr("Rule"), AlertsPanel::tr("Scope"),
                                  AlertsPanel::tr("Members"), AlertsPanel::tr("Value"), AlertsPanel::tr("Since"),
                                  AlertsPanel::tr("State")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}
} // namespace

Scope scopeOf(const alerts::Alert& a)
{
    // Pools are not selectable in the views: an alert about one selects the fleet.
    return a.where.kind == model::ScopeKind::Pool || a.where.kind == model::ScopeKind::Fleet ? Scope::fleet() : a.where;
}

AlertsPanel::AlertsPanel(QWidget* parent)
    : QWidget(parent), m_firing(makeTable(this)), m_resolved(makeTable(this)), m_summary(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* bar = new QHBoxLayout;
    auto* ack = new QPushButton(tr("Acknowledge"), this);
    ack->setToolTip(tr("Mark the selected alert as seen: no more notifications for it"));
    auto* silence = new QPushButton(tr("Silence 1 h"), this);
    silence->setToolTip(tr("Silence the selected alert's rule on its scope for one hour"));
    auto* edit = new QPushButton(tr("Edit rules…"), this);
    edit->setToolTip(tr("Open the alert rule editor"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(ack);
    bar->addWidget(silence);
    bar->addWidget(edit);
    layout->addLayout(bar);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_firing, tr("Firing"));
    tabs->addTab(m_resolved, tr("History"));
    layout->addWidget(tabs, 1);
    m_firing->setObjectName(QStringLiteral("firing"));
    m_resolved->setObjectName(QStringLiteral("resolved"));

    connect(ack, &QPushButton::clicked, this, [this] {
        if (const auto* a = selectedFiring())
            emit acknowledgeRequested(a->id);
    });
    connect(silence, &QPushButton::clicked, this, [this] {
        if (const auto* a = selectedFiring())
            emit silenceRequested(a->rule, a->scope, 60);
    });
    connect(edit, &QPushButton::clicked, this, &AlertsPanel::editRulesRequested);
    connect(m_firing, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (m_selection && m_view && row < static_cast<int>(m_view->firing.size()))
            m_selection->select(scopeOf(m_view->firing[static_cast<std::size_t>(row)]));
    });
    m_summary->setText(tr("No alerts"));
}

const alerts::Alert* AlertsPanel::selectedFiring() const
{
    const int row = m_firing->currentRow();
    if (!m_view || row < 0 || row >= static_cast<int>(m_view->firing.size()))
        return nullptr;
    return &m_view->firing[static_cast<std::size_t>(row)];
}

int AlertsPanel::firingRows() const { return m_firing->rowCount(); }
int AlertsPanel::resolvedRows() const { return m_resolved->rowCount(); }

void AlertsPanel::setAlerts(const alerts::AlertsViewPtr& view)
{
    if (!view || view == m_view)
        return;
    m_view = view;
    fill(m_firing, view->firing, true);
    if (view->resolved)
        fill(m_resolved, *view->resolved, false);
    int critical = 0;
    for (const auto& a : view->firing)
        critical += a.severity == alerts::Severity::Critical;
    m_summary->setText(view->firing.empty() ? tr("No alerts firing · rules evaluated in %1 µs per sample").arg(view->lastEvalUs, 0, 'f', 0)
                                            : tr("%1 firing, %2 critical · rules evaluated in %3 µs per sample")
                                                  .arg(view->firing.size()).arg(critical).arg(view->lastEvalUs, 0, 'f', 0));
}

void AlertsPanel::fill(QTableWidget* table, const std::vector<alerts::Alert>& list, bool firing)
{
    const int rows = static_cast<int>(std::min<std::size_t>(list.size(), 500));
    const int keep = table->currentRow();
    table->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const alerts::Alert& a = list[static_cast<std::size_t>(r)];
        QStringList flags;
        if (!firing)
            flags << tr("resolved %1").arg(model::simClockText(a.resolvedSimUs));
        if (a.flapping)
            flags << tr("flapping");
        if (a.silenced)
            flags << tr("silenced");
        if (a.acknowledged)
            flags << tr("acknowledged");
        const QStringList cells = {severityText(static_cast<int>(a.severity)), a.rule, a.scope,
                                   a.members.size() > 1 ? QString::number(a.members.size()) : QString(),
                                   QLocale().toString(a.value, 'g', 4), model::simClockText(a.firedSimUs), flags.join(QStringLiteral(", "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(r, c, item);
            }
            item->setText(cells[c]);
            item->setToolTip(a.summary.isEmpty() ? a.rule : a.summary);
            const bool quiet = a.silenced || a.acknowledged || !firing;
            item->setForeground(c == Severity && !quiet ? QBrush(severityColor(static_cast<int>(a.severity))) : QBrush());
        }
    }
    if (keep >= 0 && keep < rows)
        table->selectRow(keep);
}

} // namespace omega::widgets
