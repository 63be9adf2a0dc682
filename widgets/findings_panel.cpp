#include "widgets/findings_panel.h"

#include "widgets/metric_names.h"
#include "widgets/severity.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace omega::widgets {

namespace {
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
    if (const model::Metric m = model::metricByKey(key.toStdString()); m != model::Metric::Count)
        return metricLabel(m);
    return key;
}

QString kindName(analysis::FindingKind k)
{
    switch (k) {
    case analysis::FindingKind::Saturation: return FindingsPanel::tr("Saturated pool");
    case analysis::FindingKind::Outlier: return FindingsPanel::tr("Outlier");
    case analysis::FindingKind::ChangePoint: return FindingsPanel::tr("Change");
    case analysis::FindingKind::Throttling: return FindingsPanel::tr("Throttled (429)");
    case analysis::FindingKind::SlowService: return FindingsPanel::tr("Slow service");
    case analysis::FindingKind::CrashedAgents: return FindingsPanel::tr("Crashed agents");
    case analysis::FindingKind::CapacityLoss: return FindingsPanel::tr("Capacity lost");
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
    case analysis::FindingKind::Throttling: {
        const QString head = tr("%1 % of calls get HTTP 429 (%2/s) while %3 calls/s pass")
                                 .arg(number(f.value(QStringLiteral("throttled_share")) * 100, 0),
                                      number(f.value(QStringLiteral("throttled_per_s")), 0),
                                      number(f.value(QStringLiteral("calls_per_s")), 0));
        const double quota = f.value(QStringLiteral("quota_per_s"), -1);
        if (quota < 0)
            return head;
        return tr("%1: the provider's quota is about %2 calls/s, which %3 slots keep busy")
            .arg(head, number(quota, 0), number(f.value(QStringLiteral("slots_quota_keeps_busy")), 0));
    }
    case analysis::FindingKind::SlowService:
        return tr("its agents take %1 ms per unit of work, %2× the %3 ms of their peers, over %4 units; "
                  "that is %5 % of the fleet's work time")
            .arg(number(f.value(QStringLiteral("service_ms"))), number(f.value(QStringLiteral("ratio")), 1),
                 number(f.value(QStringLiteral("peer_service_ms"))), number(f.value(QStringLiteral("units"))),
                 number(100 * f.value(QStringLiteral("share")), 1));
    case analysis::FindingKind::CrashedAgents:
        return tr("%1 of its %2 agents have failed; the work they held failed with them (%3 units)")
            .arg(number(f.value(QStringLiteral("failed_agents"))), number(f.value(QStringLiteral("agents"))),
                 number(f.value(QStringLiteral("failed_units"))));
    case analysis::FindingKind::CapacityLoss:
        return tr("a stage now holds a slot for %1 ms instead of %2 ms (%3×) under the same settings since %4: "
                  "about %5 % of the pool's capacity is lost")
            .arg(number(f.value(QStringLiteral("after_ms"))), number(f.value(QStringLiteral("before_ms"))),
                 number(f.value(QStringLiteral("ratio")), 1), simClockText(f.atSimUs), number(100 * f.score, 0));
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

namespace {
constexpr int kFindingIndexRole = Qt::UserRole + 1;
const QString kShowInfoKey = QStringLiteral("findings/showInfo");
} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_summary(new QLabel(this)), m_showInfo(new QCheckBox(tr("Show info"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_summary->setText(tr("Waiting for the first analysis…"));
    m_summary->setToolTip(tr("The analysis runs on its own thread once a second on the newest snapshot"));
    m_summary->setWordWrap(true);
    m_showInfo->setChecked(QSettings().value(kShowInfoKey, false).toBool());
    m_showInfo->setToolTip(tr("Also list info findings: things noticed that explain no measurable loss "
                              "(an idle queue, a small outlier)"));
    connect(m_showInfo, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kShowInfoKey, on);
        rebuild();
    });
    auto* head = new QHBoxLayout;
    head->addWidget(m_summary, 1);
    head->addWidget(m_showInfo);
    layout->addLayout(head);
    // Sentences wrap to the dock's width; Adjust re-lays the items out when it changes.
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem* item = m_list->item(row);
        if (!m_report || !item || !m_selection)
            return;
        const auto index = static_cast<std::size_t>(item->data(kFindingIndexRole).toULongLong());
        if (index >= m_report->findings.size())
            return;
        if (const Scope s = scopeOf(m_report->findings[index]); s.kind != Scope::Kind::Fleet)
            m_selection->select(s);
    });
}

void FindingsPanel::setShowInfo(bool show)
{
    m_showInfo->setChecked(show);
}

bool FindingsPanel::showInfo() const
{
    return m_showInfo->isChecked();
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
    rebuild();
}

void FindingsPanel::rebuild()
{
    if (!m_report)
        return;
    const analysis::AnalysisReport* report = m_report.get();
    const bool showInfo = m_showInfo->isChecked();
    const auto info = static_cast<int>(std::count_if(report->findings.begin(), report->findings.end(),
                                                     [](const analysis::Finding& f) { return f.severity <= 1; }));
    const int shown = static_cast<int>(report->findings.size()) - (showInfo ? 0 : info);
    QString count = shown == 1 ? tr("1 finding") : tr("%1 findings").arg(shown);
    if (!showInfo && info > 0)
        count += QLatin1Char(' ') + tr("(%1 info hidden)").arg(info);
    m_summary->setText(tr("%1 at %2 · analysis took %3 ms (cycle %4)")
                           .arg(count, simClockText(report->simTimeUs), number(report->cycleMs, 2))
                           .arg(report->job));
    const QSignalBlocker block(m_list);
    // Keep the engineer's place: the same finding stays current when a new report comes.
    const QString currentKey = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (std::size_t index = 0; index < report->findings.size(); ++index) {
        const analysis::Finding& f = report->findings[index];
        if (f.severity <= 1 && !showInfo)
            continue;
        const QString head = tr("%1 · %2 · confidence %3 % · since %4")
                                 .arg(severityText(f.severity), scopeText(f), number(100.0 * f.confidence),
                                      simClockText(f.kind == analysis::FindingKind::ChangePoint ? f.atSimUs : f.fromSimUs));
        const QString sentence = tr("%1: %2").arg(kindName(f.kind), describe(f));
        auto* item = new QListWidgetItem(head + QLatin1Char('\n') + sentence, m_list);
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(severityColor(f.severity));
        p.setPen(Qt::NoPen);
        p.drawEllipse(1, 1, 10, 10);
        item->setIcon(QIcon(dot));
        item->setToolTip(sentence + QStringLiteral("\n\n") + evidenceText(f));
        const QString key = QStringLiteral("%1/%2/%3").arg(static_cast<int>(f.kind)).arg(f.scopeName, f.metric);
        item->setData(Qt::UserRole, key);
        item->setData(kFindingIndexRole, static_cast<qulonglong>(index));
        if (key == currentKey)
            m_list->setCurrentItem(item);
    }
}

} // namespace omega::widgets
