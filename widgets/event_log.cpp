#include "widgets/event_log.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omega::widgets {

namespace {
QString severityText(int severity)
{
    switch (severity) {
    case 3: return EventLog::tr("critical");
    case 2: return EventLog::tr("warning");
    case 1: return EventLog::tr("info");
    default: return EventLog::tr("–");
    }
}

QString simTime(std::int64_t us)
{
    const qint64 s = us / 1'000'000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

bool sameEvents(const std::vector<model::EventRecord>& a, const std::vector<model::EventRecord>& b)
{
    return a.size() == b.size()
        && (a.empty() || (a.back().simTimeUs == b.back().simTimeUs && a.back().text == b.back().text));
}
} // namespace

EventLog::EventLog(QWidget* parent) : QWidget(parent), m_table(new QTableWidget(0, 4, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Severity"), tr("Scope"), tr("Event")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Faults and configuration changes reported by the orchestrator (simulated time)"));
}

int EventLog::rowCount() const
{
    return m_table->rowCount();
}

void EventLog::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot || sameEvents(snapshot->recentEvents, m_shown))
        return;
    m_shown = snapshot->recentEvents;
    m_table->setRowCount(static_cast<int>(m_shown.size()));
    for (int row = 0; row < static_cast<int>(m_shown.size()); ++row) {
        const auto& e = m_shown[m_shown.size() - 1 - static_cast<std::size_t>(row)];
        const QStringList cells = {simTime(e.simTimeUs), severityText(e.severity), QString::fromStdString(e.scope),
                                   QString::fromStdString(e.text)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = m_table->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, c, item);
            }
            item->setText(cells[c]);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace omega::widgets
