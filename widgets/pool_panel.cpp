#include "widgets/pool_panel.h"

#include "widgets/selection.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace omega::widgets {

namespace {
QString number(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }
QString count(std::uint64_t v) { return QLocale().toString(static_cast<qulonglong>(v)); }
// Warning colour that reads on light and dark backgrounds.
const QColor kWarn(230, 126, 34);
// Captions: between text and background, readable in light and dark themes.
QString captionStyle(const QPalette& pal)
{
    const QColor t = pal.color(QPalette::WindowText), w = pal.color(QPalette::Window);
    const QColor c((t.red() * 6 + w.red() * 4) / 10, (t.green() * 6 + w.green() * 4) / 10, (t.blue() * 6 + w.blue() * 4) / 10);
    return QStringLiteral("color: %1; font-size: 8pt;").arg(c.name());
}
} // namespace

PoolPanel::PoolPanel(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 8);
    outer->setSpacing(6);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_title->setFont(tf);
    m_kind = new QLabel(this);
    m_kind->setProperty("caption", true);
    header->addWidget(m_title);
    header->addWidget(m_kind);
    header->addStretch(1);
    outer->addLayout(header);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    outer->addLayout(grid);

    // Row 0-1: slots in use with a bar across the card.
    auto* inUse = addField(0, 0, QStringLiteral("inUse"), tr("In use / limit"), tr("Slots held now out of the pool's limit"));
    Q_UNUSED(inUse);
    m_inUseBar = new QProgressBar(this);
    m_inUseBar->setTextVisible(false);
    m_inUseBar->setFixedHeight(10);
    m_inUseBar->setToolTip(tr("Slots in use as a share of the limit"));
    grid->addWidget(m_inUseBar, 1, 1, 1, 3, Qt::AlignVCenter);

    addField(2, 0, QStringLiteral("limit"), tr("Limit"), tr("Concurrency limit (semaphore size) in force"));
    addField(2, 1, QStringLiteral("waiting"), tr("Waiting"), tr("Requests queued for a slot"));
    addField(2, 2, QStringLiteral("donePerS"), tr("Done/s"), tr("Calls (cloud) or stages (local) completed per second"));
    addField(2, 3, QStringLiteral("throttledPerS"), tr("Throttled 429/s"), tr("Calls refused by the provider's quota (HTTP 429) per second"));
    addField(4, 0, QStringLiteral("latency"), tr("Latency p50 / p99"), tr("Service latency of recently completed calls"));
    addField(4, 2, QStringLiteral("batch"), tr("Batch size"), tr("Items per call in force (1 for the local pool)"));
    addField(4, 3, QStringLiteral("utilisation"), tr("Utilisation"), tr("Slots in use over the limit, averaged over the interval"));
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);
    applyPalette();
    setPool({});
}

void PoolPanel::applyPalette()
{
    const QString style = captionStyle(palette());
    for (QLabel* l : findChildren<QLabel*>())
        if (l->property("caption").toBool())
            l->setStyleSheet(style);
}

void PoolPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

QLabel* PoolPanel::addField(int row, int column, const QString& field, const QString& caption, const QString& toolTip)
{
    auto* grid = static_cast<QGridLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(1)->layout());
    auto* captionLabel = new QLabel(caption, this);
    captionLabel->setProperty("caption", true);
    captionLabel->setToolTip(toolTip);
    auto* value = new QLabel(QStringLiteral("–"), this);
    value->setObjectName(field);
    value->setToolTip(toolTip);
    QFont f = value->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    value->setFont(f);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int span = field == QLatin1String("latency") ? 2 : 1;
    grid->addWidget(captionLabel, row, column, 1, span);
    grid->addWidget(value, row + 1, column, 1, field == QLatin1String("inUse") ? 1 : span);
    m_values.insert(field, value);
    return value;
}

QString PoolPanel::valueText(const QString& field) const
{
    const QLabel* l = m_values.value(field);
    return l ? l->text() : QString();
}

void PoolPanel::setPool(const model::PoolView& p)
{
    m_name = QString::fromStdString(p.name);
    m_title->setText(m_name.isEmpty() ? tr("Pool") : m_name);
    switch (p.kind) {
    case model::PoolKind::Local: m_kind->setText(tr("local CPU pool")); break;
    case model::PoolKind::Cloud: m_kind->setText(tr("cloud pool")); break;
    case model::PoolKind::Other: m_kind->setText(tr("pool")); break;
    }
    const bool saturated = p.limit > 0 && p.inUse >= p.limit;
    m_values[QStringLiteral("inUse")]->setText(tr("%1 / %2").arg(count(p.inUse), count(p.limit)));
    m_inUseBar->setRange(0, static_cast<int>(std::max<std::uint32_t>(p.limit, 1)));
    m_inUseBar->setValue(static_cast<int>(std::min(p.inUse, std::max<std::uint32_t>(p.limit, 1))));
    QPalette bar = m_inUseBar->palette();
    bar.setColor(QPalette::Highlight, saturated ? kWarn : palette().color(QPalette::Highlight));
    m_inUseBar->setPalette(bar);

    m_values[QStringLiteral("limit")]->setText(count(p.limit));
    m_values[QStringLiteral("waiting")]->setText(count(p.waiting));
    m_values[QStringLiteral("donePerS")]->setText(number(p.completedPerS, 1));
    m_values[QStringLiteral("throttledPerS")]->setText(number(p.throttledPerS, 1));
    m_values[QStringLiteral("latency")]->setText(
        tr("%1 / %2 ms").arg(number(p.latencyP50Ms, 0), number(p.latencyP99Ms, 0)));
    m_values[QStringLiteral("batch")]->setText(count(p.batchSize));
    m_values[QStringLiteral("utilisation")]->setText(tr("%1 %").arg(number(p.utilisation * 100.0, 0)));

    // A queue behind a full pool and 429s are what an engineer looks for first.
    const QString warn = QStringLiteral("color: %1;").arg(kWarn.name());
    m_values[QStringLiteral("waiting")]->setStyleSheet(saturated && p.waiting > 0 ? warn : QString());
    m_values[QStringLiteral("throttledPerS")]->setStyleSheet(p.throttledPerS > 0 ? warn : QString());
    m_values[QStringLiteral("inUse")]->setStyleSheet(saturated ? warn : QString());
}

PoolPanels::PoolPanels(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    m_row = new QHBoxLayout;
    m_row->setSpacing(8);
    outer->addLayout(m_row);
    m_empty = new QLabel(tr("No pool state received yet"), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_row->addWidget(m_empty);
    outer->addStretch(1);
}

void PoolPanels::setSelectionModel(SelectionModel* selection)
{
    // Pools are not a selectable scope yet; kept so every view is wired the same way.
    m_selection = selection;
}

PoolPanel* PoolPanels::panel(const QString& poolName) const
{
    for (PoolPanel* p : m_panels)
        if (p->poolName() == poolName)
            return p;
    return nullptr;
}

void PoolPanels::rebuild(const std::vector<model::PoolView>& pools)
{
    bool same = static_cast<int>(pools.size()) == m_panels.size();
    for (std::size_t i = 0; same && i < pools.size(); ++i)
        same = m_panels[static_cast<int>(i)]->poolName() == QString::fromStdString(pools[i].name);
    if (same)
        return;
    qDeleteAll(m_panels);
    m_panels.clear();
    for (std::size_t i = 0; i < pools.size(); ++i) {
        auto* p = new PoolPanel(this);
        p->setObjectName(QStringLiteral("pool-") + QString::fromStdString(pools[i].name));
        m_row->addWidget(p, 1);
        m_panels.append(p);
    }
    m_empty->setVisible(pools.empty());
}

void PoolPanels::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot || snapshot->serial == m_serial)
        return;
    m_serial = snapshot->serial;
    rebuild(snapshot->pools);
    for (std::size_t i = 0; i < snapshot->pools.size(); ++i)
        m_panels[static_cast<int>(i)]->setPool(snapshot->pools[i]);
}

} // namespace omega::widgets
