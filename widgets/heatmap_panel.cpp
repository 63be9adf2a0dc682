#include "widgets/heatmap_panel.h"

#include "protocol/telemetry.pb.h"
#include "widgets/agent_heatmap.h"
#include "widgets/color_scale.h"
#include "widgets/metric_names.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace omega::widgets {

HeatmapPanel::HeatmapPanel(QWidget* parent)
    : QWidget(parent), m_heatmap(new AgentHeatmap(this)), m_legend(new ColorLegend(this)), m_metric(new QComboBox(this)),
      m_auto(new QCheckBox(tr("Auto range"), this)), m_lo(new QDoubleSpinBox(this)), m_hi(new QDoubleSpinBox(this)),
      m_palette(new QComboBox(this)), m_search(new QLineEdit(this)), m_message(new QLabel(this)), m_zoomLabel(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* bar = new QHBoxLayout;
    for (int m = 0; m < model::kMetricCount; ++m)
        m_metric->addItem(metricLabel(static_cast<model::Metric>(m)), m);
    m_metric->setToolTip(tr("What the cells' colour shows"));
    m_auto->setChecked(true);
    m_auto->setToolTip(tr("Fit the colour range to the shown agents; off: use the range on the right"));
    for (QDoubleSpinBox* s : {m_lo, m_hi}) {
        s->setRange(-1e9, 1e9);
        s->setDecimals(1);
        s->setEnabled(false);
        s->setToolTip(tr("Fixed colour range"));
    }
    m_hi->setValue(1000);
    m_palette->addItem(tr("Viridis"), static_cast<int>(ColorScale::Palette::Viridis));
    m_palette->addItem(tr("Cividis"), static_cast<int>(ColorScale::Palette::Cividis));
    m_palette->setToolTip(tr("Colour scale (both perceptually uniform and colour-blind safe)"));
    m_search->setPlaceholderText(tr("Find agent or kosha… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Enter finds the next agent, domain, prime or team whose name contains the text"));
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(tr("Zoom out"));
    zoomOut->setToolTip(tr("Back to the enclosing level (Backspace); double-click a block to zoom in"));
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(tr("Zoom to selection"));
    zoomIn->setToolTip(tr("Show only the selected team or prime kosha (or the one holding the selection)"));
    bar->addWidget(m_metric);
    bar->addWidget(m_auto);
    bar->addWidget(m_lo);
    bar->addWidget(m_hi);
    bar->addWidget(m_palette);
    bar->addWidget(m_search, 1);
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    layout->addLayout(bar);
    auto* info = new QHBoxLayout;
    info->addWidget(m_zoomLabel);
    info->addWidget(m_message, 1);
    info->addWidget(m_legend, 2);
    layout->addLayout(info);
    layout->addWidget(m_heatmap, 1);
    m_message->setObjectName(QStringLiteral("message"));
    m_zoomLabel->setText(tr("Fleet"));

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_heatmap->setMetric(static_cast<model::Metric>(m_metric->currentData().toInt()));
        updateLegend();
    });
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        m_lo->setEnabled(!on);
        m_hi->setEnabled(!on);
        if (on)
            m_heatmap->setAutoRange(true);
        else
            m_heatmap->setRange(static_cast<float>(m_lo->value()), static_cast<float>(m_hi->value()));
        updateLegend();
    });
    for (QDoubleSpinBox* s : {m_lo, m_hi})
        connect(s, &QDoubleSpinBox::editingFinished, this, [this] {
            if (!m_auto->isChecked()) {
                m_heatmap->setRange(static_cast<float>(m_lo->value()), static_cast<float>(m_hi->value()));
                updateLegend();
            }
        });
    connect(m_palette, &QComboBox::currentIndexChanged, this, [this] {
        m_heatmap->setPalette(static_cast<ColorScale::Palette>(m_palette->currentData().toInt()));
        updateLegend();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(zoomOut, &QToolButton::clicked, m_heatmap, &AgentHeatmap::zoomOut);
    connect(zoomIn, &QToolButton::clicked, this, [this] {
        if (!m_selection || !m_snapshot || !m_snapshot->topology)
            return;
        const Scope s = m_selection->current();
        const auto& t = *m_snapshot->topology;
        switch (s.kind) {
        case Scope::Kind::Team:
        case Scope::Kind::Prime: m_heatmap->zoomTo(s); break;
        case Scope::Kind::Domain: m_heatmap->zoomTo({Scope::Kind::Prime, static_cast<int>(t.domainPrime[static_cast<std::size_t>(s.index)])}); break;
        case Scope::Kind::Agent: m_heatmap->zoomTo({Scope::Kind::Prime, static_cast<int>(t.agentPrime[static_cast<std::size_t>(s.index)])}); break;
        case Scope::Kind::Fleet: m_heatmap->zoomTo(s); break;
        }
    });
    connect(m_heatmap, &AgentHeatmap::rangeChanged, this, &HeatmapPanel::updateLegend);
    connect(m_heatmap, &AgentHeatmap::zoomChanged, this, [this](const Scope& z) {
        if (!m_snapshot || !m_snapshot->topology || z.kind == Scope::Kind::Fleet) {
            m_zoomLabel->setText(tr("Fleet"));
            return;
        }
        const auto& t = *m_snapshot->topology;
        m_zoomLabel->setText(z.kind == Scope::Kind::Team ? tr("Fleet › %1").arg(t.teams[z.index])
                                                         : tr("Fleet › %1 › %2").arg(t.teams[static_cast<int>(t.primeTeam[static_cast<std::size_t>(z.index)])], t.primes[z.index]));
    });
    updateLegend();
}

void HeatmapPanel::setSelectionModel(SelectionModel* selection)
{
    m_selection = selection;
    m_heatmap->setSelectionModel(selection);
}

void HeatmapPanel::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot || snapshot == m_snapshot)
        return;
    m_snapshot = snapshot;
    m_heatmap->setSnapshot(snapshot);
}

void HeatmapPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString HeatmapPanel::message() const
{
    return m_message->text();
}

bool HeatmapPanel::find(const QString& text)
{
    m_message->clear();
    if (text.trimmed().isEmpty() || !m_snapshot || !m_snapshot->topology || !m_selection)
        return false;
    const auto& t = *m_snapshot->topology;
    const QString needle = text.trimmed();
    // Groups first (exact names), then agents from after the last hit so Enter walks the matches.
    const std::pair<const QStringList*, Scope::Kind> groups[] = {
        {&t.teams, Scope::Kind::Team}, {&t.primes, Scope::Kind::Prime}, {&t.domains, Scope::Kind::Domain}};
    for (const auto& [names, kind] : groups) {
        const int i = static_cast<int>(names->indexOf(needle));
        if (i >= 0) {
            m_selection->select({kind, i});
            return true;
        }
    }
    const int n = t.agentCount();
    for (int k = 1; k <= n; ++k) {
        const int i = (m_lastFound + k) % n;
        if (t.agents[i].contains(needle, Qt::CaseInsensitive)) {
            m_lastFound = i;
            m_selection->select({Scope::Kind::Agent, i});
            return true;
        }
    }
    for (const auto& [names, kind] : groups) {
        for (int i = 0; i < names->size(); ++i) {
            if ((*names)[i].contains(needle, Qt::CaseInsensitive)) {
                m_selection->select({kind, i});
                return true;
            }
        }
    }
    m_message->setText(tr("No agent or kosha matches “%1”").arg(needle));
    return false;
}

void HeatmapPanel::updateLegend()
{
    const auto metric = static_cast<model::Metric>(m_metric->currentData().toInt());
    m_legend->setScale(&m_heatmap->scale(), metricLabel(metric), metric == model::Metric::State);
    if (m_auto->isChecked()) {
        QSignalBlocker a(m_lo), b(m_hi);
        m_lo->setValue(m_heatmap->scale().low());
        m_hi->setValue(m_heatmap->scale().high());
    }
}

ColorLegend::ColorLegend(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(30);
    setToolTip(tr("Colour legend"));
}

void ColorLegend::setScale(const ColorScale* scale, const QString& label, bool categorical)
{
    m_scale = scale;
    m_label = label;
    m_categorical = categorical;
    m_rangeText = categorical || !scale ? QString()
                                        : QStringLiteral("%1 – %2").arg(QLocale().toString(scale->low(), 'f', 1), QLocale().toString(scale->high(), 'f', 1));
    update();
}

void ColorLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int barH = 10;
    p.setPen(palette().color(QPalette::WindowText));
    if (m_categorical) {
        int x = 0;
        const std::pair<int, QString> states[] = {{omega::v1::AGENT_STATE_IDLE, AgentHeatmap::tr("idle")},
                                                  {omega::v1::AGENT_STATE_BUSY, AgentHeatmap::tr("busy")},
                                                  {omega::v1::AGENT_STATE_WAITING, AgentHeatmap::tr("waiting")},
                                                  {omega::v1::AGENT_STATE_FAILED, AgentHeatmap::tr("failed")}};
        for (const auto& [state, name] : states) {
            p.fillRect(QRect(x, (height() - barH) / 2, barH, barH), AgentHeatmap::stateColor(state));
            p.drawText(QPoint(x + barH + 4, (height() + fm.ascent()) / 2 - 1), name);
            x += barH + 12 + fm.horizontalAdvance(name);
        }
        return;
    }
    if (!m_scale)
        return;
    const QString lo = QLocale().toString(m_scale->low(), 'f', 1);
    const QString hi = QLocale().toString(m_scale->high(), 'f', 1);
    const int labelW = fm.horizontalAdvance(m_label) + 8;
    const int loW = fm.horizontalAdvance(lo) + 6, hiW = fm.horizontalAdvance(hi) + 6;
    const QRect bar(labelW + loW, (height() - barH) / 2, std::max(20, width() - labelW - loW - hiW), barH);
    p.drawText(QRect(0, 0, labelW, height()), Qt::AlignVCenter | Qt::AlignLeft, m_label);
    p.drawText(QRect(labelW, 0, loW - 4, height()), Qt::AlignVCenter | Qt::AlignRight, lo);
    for (int x = 0; x < bar.width(); ++x)
        p.fillRect(QRect(bar.x() + x, bar.y(), 1, barH), QColor(m_scale->at(x * 255 / std::max(1, bar.width() - 1))));
    p.drawText(QRect(bar.right() + 4, 0, hiW, height()), Qt::AlignVCenter | Qt::AlignLeft, hi);
}

} // namespace omega::widgets
