#include "widgets/heatmap_panel.h"

#include "widgets/color_legend.h"
#include "widgets/fleet_heatmap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace omega::widgets {

namespace {
int decimalsFor(model::Metric m)
{
    switch (m) {
    case model::Metric::ErrorRate:
    case model::Metric::Throughput: return 2;
    default: return 0;
    }
}
} // namespace

HeatmapPanel::HeatmapPanel(QWidget* parent)
    : QWidget(parent), m_heatmap(new FleetHeatmap(this)), m_legend(new ColorLegend(this)), m_metric(new QComboBox(this)),
      m_auto(new QCheckBox(tr("Auto range"), this)), m_lo(new QDoubleSpinBox(this)), m_hi(new QDoubleSpinBox(this)),
      m_palette(new QComboBox(this)), m_search(new QLineEdit(this)), m_zoomIn(new QToolButton(this)), m_zoomOut(new QToolButton(this)),
      m_zoomLabel(new QLabel(this)), m_message(new QLabel(this))
{
    m_metric->setObjectName(QStringLiteral("metric"));
    m_auto->setObjectName(QStringLiteral("autoRange"));
    m_lo->setObjectName(QStringLiteral("rangeLow"));
    m_hi->setObjectName(QStringLiteral("rangeHigh"));
    m_palette->setObjectName(QStringLiteral("palette"));
    m_search->setObjectName(QStringLiteral("search"));
    m_zoomIn->setObjectName(QStringLiteral("zoomToSelection"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomLabel->setObjectName(QStringLiteral("zoomPath"));
    m_message->setObjectName(QStringLiteral("message"));

    for (const model::MetricInfo& info : model::kMetrics)
        if (info.uses & model::ColourBy)
            m_metric->addItem(FleetHeatmap::metricName(info.metric), static_cast<int>(info.metric));
    m_metric->setToolTip(tr("What the colour of each agent's cell shows"));
    m_auto->setChecked(true);
    m_auto->setToolTip(tr("On: the colours span the shown agents' lowest to highest value.\n"
                          "Off: a fixed range, so colours mean the same thing over time."));
    for (QDoubleSpinBox* s : {m_lo, m_hi}) {
        s->setRange(-1e9, 1e9);
        s->setEnabled(false);
        s->setKeyboardTracking(false);
        s->setMinimumWidth(72);
    }
    m_lo->setToolTip(tr("Value at the bottom of the colour scale"));
    m_hi->setToolTip(tr("Value at the top of the colour scale"));
    m_palette->addItem(tr("Viridis"), static_cast<int>(ColorScale::Palette::Viridis));
    m_palette->addItem(tr("Cividis"), static_cast<int>(ColorScale::Palette::Cividis));
    m_palette->setToolTip(tr("Colour scale; both are perceptually uniform and readable with colour-vision deficiency"));
    m_search->setPlaceholderText(tr("Find agent or kosha (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_search->setToolTip(tr("Enter selects the next team, kosha or agent whose name contains the text; Esc clears"));
    m_zoomIn->setText(tr("Zoom to selection"));
    m_zoomIn->setToolTip(tr("Show only the selected team or kosha (an agent: its prime kosha).\n"
                            "Double-clicking a block zooms into it as well."));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Back to the enclosing level (Backspace or Esc on the map)"));
    m_zoomOut->setEnabled(false);
    m_message->setTextFormat(Qt::PlainText);
    m_search->setAccessibleName(tr("Find agent or kosha"));
    m_lo->setAccessibleName(tr("Colour range low"));
    m_hi->setAccessibleName(tr("Colour range high"));
    m_palette->setAccessibleName(tr("Colour scale"));

    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    auto* metricLabel = new QLabel(tr("Colour by"), this);
    metricLabel->setBuddy(m_metric);
    bar->addWidget(metricLabel);
    bar->addWidget(m_metric);
    bar->addSpacing(8);
    bar->addWidget(m_auto);
    bar->addWidget(m_lo);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_hi);
    bar->addSpacing(8);
    bar->addWidget(m_palette);
    bar->addStretch(1);

    auto* info = new QHBoxLayout;
    info->setSpacing(12);
    QFont bold = m_zoomLabel->font();
    bold.setBold(true);
    m_zoomLabel->setFont(bold);
    // Search and zoom share the second row with the legend, so the panel fits a laptop screen.
    info->addWidget(m_zoomLabel);
    info->addWidget(m_message, 1);
    info->addWidget(m_legend, 1);
    info->addWidget(m_search, 1);
    info->addWidget(m_zoomIn);
    info->addWidget(m_zoomOut);
    m_legend->setMinimumWidth(240);
    m_legend->setMaximumWidth(560);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addLayout(info);
    layout->addWidget(m_heatmap, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        const model::Metric m = metric();
        m_heatmap->setMetric(m);
        if (!m_auto->isChecked() && m != model::Metric::State) {
            // Each metric keeps its own fixed range; the first time, the data's range.
            auto& r = m_fixed[static_cast<std::size_t>(m)];
            if (!r) {
                m_heatmap->setAutoRange(true);
                r = std::pair{m_heatmap->rangeLow(), m_heatmap->rangeHigh()};
            }
            applyFixedRange();
        }
        updateRangeControls();
        updateLegend();
    });
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_heatmap->setAutoRange(true);
        } else {
            // Start the fixed range where the colours are now, so nothing jumps.
            const auto i = static_cast<std::size_t>(metric());
            if (!m_fixed[i])
                m_fixed[i] = std::pair{m_heatmap->rangeLow(), m_heatmap->rangeHigh()};
            applyFixedRange();
        }
        updateRangeControls();
        updateLegend();
    });
    for (QDoubleSpinBox* s : {m_lo, m_hi})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
            if (m_auto->isChecked())
                return;
            m_fixed[static_cast<std::size_t>(metric())] = std::pair{static_cast<float>(m_lo->value()), static_cast<float>(m_hi->value())};
            applyFixedRange();
            updateLegend();
        });
    connect(m_palette, &QComboBox::currentIndexChanged, this, [this] {
        m_heatmap->setColorPalette(static_cast<ColorScale::Palette>(m_palette->currentData().toInt()));
        updateLegend();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_message->clear(); });
    auto* clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_message->clear();
        m_heatmap->setFocus();
    });
    connect(m_zoomIn, &QToolButton::clicked, this, &HeatmapPanel::zoomToSelection);
    connect(m_zoomOut, &QToolButton::clicked, this, &HeatmapPanel::zoomOut);
    connect(m_heatmap, &FleetHeatmap::rangeChanged, this, [this] {
        if (m_auto->isChecked()) {   // the spin boxes show the range in force
            const QSignalBlocker a(m_lo), b(m_hi);
            m_lo->setValue(m_heatmap->rangeLow());
            m_hi->setValue(m_heatmap->rangeHigh());
        }
        updateLegend();
    });
    connect(m_heatmap, &FleetHeatmap::zoomChanged, this, &HeatmapPanel::updateZoomText);
    updateRangeControls();
    updateLegend();
    updateZoomText();
}

model::Metric HeatmapPanel::metric() const
{
    return static_cast<model::Metric>(m_metric->currentData().toInt());
}

void HeatmapPanel::setMetric(model::Metric m)
{
    const int i = m_metric->findData(static_cast<int>(m));
    if (i >= 0)
        m_metric->setCurrentIndex(i);
}

void HeatmapPanel::setAutoRange(bool on)
{
    m_auto->setChecked(on);
}

void HeatmapPanel::setFixedRange(float lo, float hi)
{
    m_fixed[static_cast<std::size_t>(metric())] = std::pair{lo, hi};
    if (m_auto->isChecked()) {
        m_auto->setChecked(false);   // applies the stored range
    } else {
        applyFixedRange();
        updateRangeControls();
        updateLegend();
    }
}

void HeatmapPanel::setColorPalette(ColorScale::Palette palette)
{
    const int i = m_palette->findData(static_cast<int>(palette));
    if (i >= 0)
        m_palette->setCurrentIndex(i);
}

void HeatmapPanel::applyFixedRange()
{
    const auto& r = m_fixed[static_cast<std::size_t>(metric())];
    if (r)
        m_heatmap->setFixedRange(r->first, r->second);
    else   // first time fixed for this metric: keep what is shown now
        m_heatmap->setFixedRange(m_heatmap->rangeLow(), m_heatmap->rangeHigh());
}

void HeatmapPanel::setSelectionModel(SelectionModel* selection)
{
    m_selection = selection;
    m_heatmap->setSelectionModel(selection);
}

void HeatmapPanel::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot || (m_snapshot && snapshot->serial == m_snapshot->serial && snapshot->topology == m_snapshot->topology))
        return;
    const bool newTopology = !m_snapshot || snapshot->topology != m_snapshot->topology;
    m_snapshot = snapshot;
    m_heatmap->setSnapshot(snapshot);
    if (newTopology)
        updateZoomText();
}

void HeatmapPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString HeatmapPanel::message() const
{
    return m_message->text();
}

QString HeatmapPanel::zoomText() const
{
    return m_zoomLabel->text();
}

bool HeatmapPanel::find(const QString& text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || !m_snapshot || !m_snapshot->topology) {
        m_message->clear();
        return false;
    }
    const model::Topology& t = *m_snapshot->topology;
    if (needle != m_query || m_queryTopology != &t) {
        m_query = needle;
        m_queryTopology = &t;
        m_matches.clear();
        m_matchIndex = -1;
        // Exact names first (a domain's name is also the start of its agents' names), then
        // groups before agents, each in topology order.
        const std::pair<const QStringList*, Scope::Kind> lists[] = {{&t.teams, Scope::Kind::Team},
                                                                    {&t.primes, Scope::Kind::Prime},
                                                                    {&t.domains, Scope::Kind::Domain},
                                                                    {&t.agents, Scope::Kind::Agent}};
        for (const auto& [names, kind] : lists)
            for (int i = 0; i < names->size(); ++i)
                if ((*names)[i].compare(needle, Qt::CaseInsensitive) == 0)
                    m_matches.push_back({kind, i});
        for (const auto& [names, kind] : lists)
            for (int i = 0; i < names->size(); ++i)
                if ((*names)[i].size() != needle.size() && (*names)[i].contains(needle, Qt::CaseInsensitive))
                    m_matches.push_back({kind, i});
    }
    if (m_matches.empty()) {
        m_message->setText(tr("No agent or kosha matches “%1”").arg(needle));
        return false;
    }
    m_matchIndex = (m_matchIndex + 1) % static_cast<int>(m_matches.size());
    const Scope found = m_matches[static_cast<std::size_t>(m_matchIndex)];
    // A find shows what it found: leave a zoom that does not contain it.
    if (m_heatmap->zoom().kind != Scope::Kind::Fleet && !m_heatmap->contains(m_heatmap->zoom(), found))
        m_heatmap->zoomTo(Scope::fleet());
    if (m_selection)
        m_selection->select(found);
    const QString what = m_heatmap->scopeName(found);
    m_message->setText(m_matches.size() == 1 ? tr("Found %1").arg(what)
                                             : tr("%1 of %2: %3 · Enter for the next").arg(m_matchIndex + 1).arg(m_matches.size()).arg(what));
    return true;
}

void HeatmapPanel::zoomToSelection()
{
    if (!m_selection)
        return;
    const Scope s = m_selection->current();
    m_heatmap->zoomTo(s);
}

void HeatmapPanel::zoomOut()
{
    m_heatmap->zoomOut();
}

void HeatmapPanel::updateZoomText()
{
    const Scope z = m_heatmap->zoom();
    QStringList path{tr("Fleet")};
    const model::TopologyPtr topo = m_snapshot ? m_snapshot->topology : nullptr;
    if (topo && z.kind != Scope::Kind::Fleet) {
        const model::Topology& t = *topo;
        int domain = -1, prime = -1, team = -1;
        if (z.kind == Scope::Kind::Domain)
            domain = z.index, prime = static_cast<int>(t.domainPrime[static_cast<std::size_t>(z.index)]);
        if (z.kind == Scope::Kind::Prime)
            prime = z.index;
        if (prime >= 0)
            team = static_cast<int>(t.primeTeam[static_cast<std::size_t>(prime)]);
        if (z.kind == Scope::Kind::Team)
            team = z.index;
        // Short names: each step already says where it is.
        if (team >= 0)
            path << t.teams[team];
        if (prime >= 0)
            path << m_heatmap->shortName({Scope::Kind::Prime, prime});
        if (domain >= 0)
            path << m_heatmap->shortName({Scope::Kind::Domain, domain});
    }
    m_zoomLabel->setText(path.join(QStringLiteral(" › ")));
    m_zoomOut->setEnabled(z.kind != Scope::Kind::Fleet);
}

void HeatmapPanel::updateRangeControls()
{
    const model::Metric m = metric();
    const bool state = m == model::Metric::State;
    m_auto->setEnabled(!state);
    const QSignalBlocker a(m_lo), b(m_hi);
    for (QDoubleSpinBox* s : {m_lo, m_hi}) {
        s->setEnabled(!state && !m_auto->isChecked());
        s->setDecimals(decimalsFor(m));
        s->setSuffix(state ? QString() : QLatin1Char(' ') + FleetHeatmap::unitText(m));
    }
    if (!state) {
        m_lo->setValue(m_heatmap->rangeLow());
        m_hi->setValue(m_heatmap->rangeHigh());
    }
}

void HeatmapPanel::updateLegend()
{
    const model::Metric m = metric();
    if (m == model::Metric::State) {
        QList<QPair<QColor, QString>> items;
        using model::AgentState;
        for (AgentState s : {AgentState::Idle, AgentState::Busy, AgentState::Waiting, AgentState::Failed})
            items.append({FleetHeatmap::stateColor(model::stateCode(s)), FleetHeatmap::stateName(model::stateCode(s))});
        m_legend->setCategories(FleetHeatmap::metricName(m), items);
        return;
    }
    m_legend->setScale(m_heatmap->scale(), FleetHeatmap::metricName(m), FleetHeatmap::unitText(m),
                       m_auto->isChecked() ? tr("(auto)") : tr("(fixed)"));
}

} // namespace omega::widgets
