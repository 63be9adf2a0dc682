#include "widgets/findings_panel.h"

#include "widgets/severity.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omega::widgets {

namespace {
enum Column { Severity, Finding_, Scope_, Confidence, When, ColumnCount };

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString metricName(const QString& key)
{
    if (key == QLatin1String("tasks_per_s"))
        return FindingsPanel::tr("Fleet throughput (tasks/s)");
    if (key == QLatin1String("task_latency_p99"))
        return FindingsPanel::tr("Task latency p99 (ms)");
    if (key == QLatin1String("latency_p99"))
        return FindingsPanel::tr("p99 latency (ms)");
    return key;
}

QString kindName(analysis::FindingKind k)
{
    switch (k) {
    case analysis::FindingKind::Saturation: return FindingsPanel::tr("Saturated pool");
    case analysis::FindingKind::Outlier: return FindingsPanel::tr("Outlier");
    case analysis::FindingKind::ChangePoint: return FindingsPanel::tr("Change");
    }
    return {};
}

QString scopeText(const analysis::Finding& f)
{
    switch (f.scopeKind) {
    case analysis::ScopeKind::Fleet: return FindingsPanel::tr("fleet");
    case analysis::ScopeKind::Team: return FindingsPanel::tr("team %1").arg(f.scopeName);
    case analysis::ScopeKind::Prime: return FindingsPanel::tr("prime kosha %1").arg(f.scopeName);
    case analysis::ScopeKind::Domain: return FindingsPanel::tr("domain kosha %1").arg(f.scopeName);
    case analysis::ScopeKind::Pool: return FindingsPanel::tr("%1 pool").arg(f.scopeName);
    }
    return f.scopeName;
}
} // namespace

Scope scopeOf(const analysis::Finding& f)
{
    switch (f.scopeKind) {
    case analysis::ScopeKind::Team: return {Scope::Kind::Team, f.scopeIndex};
    case analysis::ScopeKind::Prime: return {Scope::Kind::Prime, f.scopeIndex};
    case analysis::ScopeKind::Domain: return {Scope::Kind::Domain, f.scopeIndex};
    case analysis::ScopeKind::Fleet:
    case analysis::ScopeKind::Pool: break;
    }
    return Scope::fleet();
}

QString FindingsPanel::describe(const analysis::Finding& f)
{
    switch (f.kind) {
    case analysis::FindingKind::Saturation: {
        const QString head = tr("%1 of %2 slots busy, %3 calls waiting")
                                 .arg(number(f.value(QStringLiteral("in_use"))), number(f.value(QStringLiteral("limit"))),
                                      number(f.value(QStringLiteral("waiting"))));
        const double wait = f.value(QStringLiteral("queue_wait_ms"), -1);
        if (wait < 0)
            return tr("%1; nothing finished yet to measure the wait by").arg(head);
        return tr("%1: each waits about %2 s before its %3 ms of service (Little's law)")
            .arg(head, number(wait / 1000.0, 1), number(f.value(QStringLiteral("service_ms"))));
    }
    case analysis::FindingKind::Outlier:
        return tr("p99 latency %1 ms over the last %2 s, %3× its peers' median of %4 ms")
            .arg(number(f.value(QStringLiteral("value_ms"))), number(f.value(QStringLiteral("seconds"))),
                 number(f.value(QStringLiteral("ratio")), 1), number(f.value(QStringLiteral("peer_median_ms"))));
    case analysis::FindingKind::ChangePoint:
        return tr("%1 went from %2 to %3 (%4 %) at %5")
            .arg(metricName(f.metric), number(f.value(QStringLiteral("before")), 1), number(f.value(QStringLiteral("after")), 1),
                 number(f.value(QStringLiteral("change_pct")), 0), simClockText(f.atSimUs));
    }
    return {};
}

QString FindingsPanel::evidenceText(const analysis::Finding& f)
{
    QStringList lines;
    lines << tr("Evidence (%1 – %2):").arg(simClockText(f.fromSimUs), simClockText(f.toSimUs));
    for (const analysis::Evidence& e : f.evidence)
        lines << QStringLiteral("  %1 = %2").arg(e.key, QLocale().toString(e.value, 'g', 6));
    return lines.join(QLatin1Char('\n'));
}

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_summary(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_summary->setText(tr("Waiting for the first analysis…"));
    m_summary->setToolTip(tr("The analysis runs on its own thread once a second on the newest snapshot"));
    layout->addWidget(m_summary);
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("Finding"), tr("Scope"), tr("Confidence"), tr("Since")});
    m_table->verticalHeader()->hide();
    for (const int c : {Severity, Scope_, Confidence, When})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Finding_, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!m_report || rows.isEmpty() || !m_selection)
            return;
        const auto row = static_cast<std::size_t>(rows.first().row());
        if (row < m_report->findings.size())
            if (const Scope s = scopeOf(m_report->findings[row]); s.kind != Scope::Kind::Fleet)
                m_selection->select(s);
    });
}

QString FindingsPanel::summaryText() const
{
    return m_summary->text();
}

void FindingsPanel::setReport(const analysis::AnalysisReportPtr& report)
{
    if (!report || report == m_report)
        return;
    m_report = report;
    const QString count = report->findings.size() == 1 ? tr("1 finding")
                                                       : tr("%1 findings").arg(report->findings.size());
    m_summary->setText(tr("%1 at %2 · analysis took %3 ms (cycle %4)")
                           .arg(count, simClockText(report->simTimeUs), number(report->cycleMs, 2))
                           .arg(report->job));
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(report->findings.size()));
    for (int r = 0; r < static_cast<int>(report->findings.size()); ++r) {
        const analysis::Finding& f = report->findings[static_cast<std::size_t>(r)];
        auto set = [&](int column, const QString& text) {
            auto* item = m_table->item(r, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, column, item);
            }
            item->setText(text);
            item->setToolTip(evidenceText(f));
            return item;
        };
        set(Severity, severityText(f.severity))->setForeground(severityColor(f.severity));
        auto* sentence = set(Finding_, tr("%1: %2").arg(kindName(f.kind), describe(f)));
        sentence->setToolTip(sentence->text() + QStringLiteral("\n\n") + evidenceText(f));
        set(Scope_, scopeText(f));
        set(Confidence, tr("%1 %").arg(number(100.0 * f.confidence)));
        set(When, simClockText(f.kind == analysis::FindingKind::ChangePoint ? f.atSimUs : f.fromSimUs));
    }
}

} // namespace omega::widgets
