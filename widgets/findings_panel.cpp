#include "widgets/findings_panel.h"

#include "model/sim_clock.h"
#include "analysis/finding_text.h"
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

Scope scopeOf(const analysis::Finding& f)
{
    // Pools are not selectable in the views: a finding about one selects the fleet.
    return f.scope.kind == analysis::ScopeKind::Pool ? Scope::fleet() : f.scope;
}

namespace {
QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

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
                           .arg(count, model::simClockText(report->simTimeUs), number(report->cycleMs, 2))
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
                                 .arg(severityText(f.severity), analysis::findingScopeText(f), number(100.0 * f.confidence),
                                      model::simClockText(f.kind == analysis::FindingKind::ChangePoint ? f.atSimUs : f.evidence.fromSimUs));
        const QString sentence = tr("%1: %2").arg(analysis::findingKindName(f.kind), analysis::findingSentence(f));
        auto* item = new QListWidgetItem(head + QLatin1Char('\n') + sentence, m_list);
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(severityColor(f.severity));
        p.setPen(Qt::NoPen);
        p.drawEllipse(1, 1, 10, 10);
        item->setIcon(QIcon(dot));
        item->setToolTip(sentence + QStringLiteral("\n\n") + analysis::findingEvidenceText(f));
        const QString key = QStringLiteral("%1/%2/%3").arg(static_cast<int>(f.kind)).arg(f.scopeName, f.metric);
        item->setData(Qt::UserRole, key);
        item->setData(kFindingIndexRole, static_cast<qulonglong>(index));
        if (key == currentKey)
            m_list->setCurrentItem(item);
    }
}

} // namespace omega::widgets
