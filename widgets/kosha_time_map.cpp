// Over 600 lines on purpose: one plot whose matrix, team-ordered rows, row labels, separators,
// highlight and hover text all share the same row ↔ kosha mapping built in refreshNow().
#include "widgets/kosha_time_map.h"

#include "widgets/color_scale.h"
#include "model/metric_text.h"
#include "widgets/selection.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace omega::widgets {

namespace {
constexpr int kRefreshMs = 500;        // history views: at most 2 queries per second
constexpr int kMaxColumns = 600;       // time columns at most (10 min of 1 s buckets)
constexpr double kUs = 1e6;

std::int64_t floorTo(std::int64_t t, std::int64_t step)
{
    const std::int64_t q = t / step;
    return (t % step != 0 && t < 0 ? q - 1 : q) * step;
}

QString resolutionText(model::Resolution r)
{
    switch (r) {
    case model::Resolution::Raw: return KoshaTimeMap::tr("raw");
    case model::Resolution::OneSecond: return KoshaTimeMap::tr("1 s buckets");
    case model::Resolution::TenSeconds: return KoshaTimeMap::tr("10 s buckets");
    case model::Resolution::OneMinute: return KoshaTimeMap::tr("1 min buckets");
    }
    return {};
}

int groupCount(const model::Topology& t, model::ScopeKind l)
{
    return l == model::ScopeKind::Team ? t.teamCount() : l == model::ScopeKind::Prime ? t.primeCount() : t.domainCount();
}

// Team of a row at the prime or domain level (the bands the rows are grouped into).
int teamOfRow(const model::Topology& t, model::ScopeKind l, int row)
{
    if (l == model::ScopeKind::Team)
        return row;
    if (l == model::ScopeKind::Prime)
        return static_cast<int>(t.primeTeam[static_cast<std::size_t>(row)]);
    return static_cast<int>(t.primeTeam[t.domainPrime[static_cast<std::size_t>(row)]]);
}

// Rows grouped by team, then by prime kosha, keeping the topology's order within a group: a
// publisher may list its koshas interleaved across teams, and bands must be contiguous to be read
// (and named once).
std::vector<int> rowOrder(const model::Topology& t, model::ScopeKind l, int rows)
{
    std::vector<int> order(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r)
        order[static_cast<std::size_t>(r)] = r;
    if (l == model::ScopeKind::Team)
        return order;
    auto primeOf = [&](int g) { return l == model::ScopeKind::Prime ? g : static_cast<int>(t.domainPrime[static_cast<std::size_t>(g)]); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ta = teamOfRow(t, l, a), tb = teamOfRow(t, l, b);
        return ta != tb ? ta < tb : primeOf(a) < primeOf(b);
    });
    return order;
}

QCPColorGradient viridisGradient()
{
    const ColorScale scale(ColorScale::Palette::Viridis);
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i <= 16; ++i) {
        const int index = std::min(255, i * 16);
        g.setColorStopAt(static_cast<double>(index) / 255.0, QColor::fromRgb(scale.at(index)));
    }
    g.setColorStopAt(1.0, QColor::fromRgb(scale.at(255)));
    g.setLevelCount(256);
    // Empty buckets (before the feed started, a gap) show the background, not a low value.
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}
} // namespace

KoshaTimeMap::KoshaTimeMap(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_timer(new QTimer(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->setSpacing(4);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_levelBox = new QComboBox(this);
    m_levelBox->addItem(tr("Teams"), static_cast<int>(model::ScopeKind::Team));
    m_levelBox->addItem(tr("Prime koshas"), static_cast<int>(model::ScopeKind::Prime));
    m_levelBox->addItem(tr("Domain koshas"), static_cast<int>(model::ScopeKind::Domain));
    m_levelBox->setCurrentIndex(2);
    m_levelBox->setToolTip(tr("One row per team, prime kosha or domain kosha"));
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("metric"));
    for (const model::MetricInfo& info : model::kMetrics)
        if (info.uses & model::TimeViews)
            m_metricBox->addItem(model::metricGroupLabel(info.metric), static_cast<int>(info.metric));
    m_metricBox->setCurrentIndex(m_metricBox->findData(static_cast<int>(m_metric)));
    m_metricBox->setToolTip(tr("Colour = this metric's mean over each time bucket"));
    m_windowBox = new QComboBox(this);
    m_windowBox->addItem(tr("5 min"), 300);
    m_windowBox->addItem(tr("15 min"), 900);
    m_windowBox->addItem(tr("1 h"), 3600);
    m_windowBox->setToolTip(tr("Time shown; longer windows use coarser buckets"));
    m_info = new QLabel(this);
    bar->addWidget(new QLabel(tr("Rows"), this));
    bar->addWidget(m_levelBox);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Metric"), this));
    bar->addWidget(m_metricBox);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Window"), this));
    bar->addWidget(m_windowBox);
    bar->addStretch(1);
    bar->addWidget(m_info);
    outer->addLayout(bar);
    outer->addWidget(m_plot, 1);

    m_plot->setNotAntialiasedElements(QCP::aeAll);
    m_plot->setMinimumSize(300, 200);
    QCPAxisRect* rect = m_plot->axisRect();
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_map->setGradient(viridisGradient());
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);
    m_scale->setRangeDrag(false);
    m_scale->setRangeZoom(false);
    m_map->setColorScale(m_scale);
    m_scale->setGradient(viridisGradient());
    auto* margins = new QCPMarginGroup(m_plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    QSharedPointer<QCPAxisTickerTime> timeTicker(new QCPAxisTickerTime);
    timeTicker->setTimeFormat(QStringLiteral("%m:%s"));
    m_plot->xAxis->setTicker(timeTicker);
    m_plot->xAxis->setLabel(tr("Simulated time"));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    m_plot->yAxis->setRangeReversed(true);   // first group at the top, like the other views
    m_plot->yAxis->setTickLength(0, 0);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->grid()->setVisible(false);
    QFont small = m_plot->yAxis->tickLabelFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_plot->yAxis->setTickLabelFont(small);

    m_highlight = new QCPItemRect(m_plot);
    m_highlight->setClipToAxisRect(true);
    m_highlight->setBrush(Qt::NoBrush);
    m_highlight->setPen(QPen(Qt::white, 2));
    m_highlight->setVisible(false);
    m_highlight->setSelectable(false);
    m_placeholder = new QCPItemText(m_plot);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setText(tr("No history yet"));
    m_placeholder->setSelectable(false);

    applyPalette();
    m_plot->setToolTip(QString());
    m_plot->setMouseTracking(true);

    connect(m_plot, &QCustomPlot::mouseMove, this, &KoshaTimeMap::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &KoshaTimeMap::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &KoshaTimeMap::onMouseRelease);
    // Labels depend on the axis rect's height, known only after a layout pass.
    connect(m_plot, &QCustomPlot::afterLayout, this, &KoshaTimeMap::updateRowLabels);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &KoshaTimeMap::refreshNow);
    connect(m_levelBox, &QComboBox::currentIndexChanged, this,
            [this] { setLevel(static_cast<model::ScopeKind>(m_levelBox->currentData().toInt())); });
    connect(m_metricBox, &QComboBox::currentIndexChanged, this,
            [this] { setMetric(static_cast<model::Metric>(m_metricBox->currentData().toInt())); });
    connect(m_windowBox, &QComboBox::currentIndexChanged, this,
            [this] { setWindowSeconds(m_windowBox->currentData().toInt()); });
}

KoshaTimeMap::~KoshaTimeMap() = default;

void KoshaTimeMap::setHistorySource(const model::HistoryReader* history)
{
    m_history = history;
    refreshNow();
}

void KoshaTimeMap::setSelectionModel(SelectionModel* selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &SelectionModel::changed, this, &KoshaTimeMap::onSelectionChanged);
    updateHighlight();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void KoshaTimeMap::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot || snapshot->serial == m_serial)
        return;
    m_serial = snapshot->serial;
    m_snapshot = snapshot;
    if (!isVisible()) {   // a hidden dock costs nothing; it catches up when shown
        m_dirty = true;
        return;
    }
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : kRefreshMs;
    if (since >= kRefreshMs)
        refreshNow();
    else if (!m_timer->isActive())
        m_timer->start(static_cast<int>(kRefreshMs - since));
}

void KoshaTimeMap::setLevel(model::ScopeKind level)
{
    const int index = m_levelBox->findData(static_cast<int>(level));
    if (index >= 0 && index != m_levelBox->currentIndex()) {
        m_levelBox->setCurrentIndex(index);   // comes back here through the signal
        return;
    }
    if (level == m_level && m_rows > 0)
        return;
    m_level = level;
    refreshNow();
}

void KoshaTimeMap::setMetric(model::Metric metric)
{
    const int index = m_metricBox->findData(static_cast<int>(metric));
    if (index >= 0 && index != m_metricBox->currentIndex()) {
        m_metricBox->setCurrentIndex(index);
        return;
    }
    m_metric = metric;
    refreshNow();
}

void KoshaTimeMap::setWindowSeconds(int seconds)
{
    const int index = m_windowBox->findData(seconds);
    if (index >= 0 && index != m_windowBox->currentIndex()) {
        m_windowBox->setCurrentIndex(index);
        return;
    }
    m_windowS = std::max(seconds, 10);
    refreshNow();
}

void KoshaTimeMap::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refreshNow();
}

void KoshaTimeMap::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        m_separatedRows = -1;
        updateSeparators();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void KoshaTimeMap::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor line = pal.color(QPalette::Text);
    line.setAlpha(140);
    m_plot->setBackground(pal.color(QPalette::Base));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis, m_scale->axis()}) {
        axis->setBasePen(QPen(line, 1));
        axis->setTickPen(QPen(line, 1));
        axis->setSubTickPen(QPen(line, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
    }
    m_placeholder->setColor(pal.color(QPalette::PlaceholderText));
    // Status text between text and background: readable in light and dark themes.
    const QColor t = pal.color(QPalette::WindowText), w = pal.color(QPalette::Window);
    const QColor secondary((t.red() * 6 + w.red() * 4) / 10, (t.green() * 6 + w.green() * 4) / 10,
                           (t.blue() * 6 + w.blue() * 4) / 10);
    m_info->setStyleSheet(QStringLiteral("color: %1;").arg(secondary.name()));
}

void KoshaTimeMap::refreshNow()
{
    m_timer->stop();
    m_sinceRefresh.restart();
    m_dirty = false;
    const model::Topology* topo = m_snapshot ? m_snapshot->topology.get() : nullptr;
    const int groups = topo ? groupCount(*topo, m_level) : 0;
    m_scale->axis()->setLabel(model::metricGroupLabel(m_metric));
    if (!m_history || !topo || groups == 0) {
        m_map->data()->clear();
        m_rows = m_columns = 0;
        m_placeholder->setText(m_history ? tr("Waiting for the fleet's topology") : tr("No history source"));
        m_placeholder->setVisible(true);
        m_info->clear();
        updateHighlight();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const std::int64_t windowUs = static_cast<std::int64_t>(m_windowS) * 1'000'000;
    model::Resolution res = m_history->pickFleetResolution(windowUs, kMaxColumns);
    if (res == model::Resolution::Raw)
        res = model::Resolution::OneSecond;   // one column per bucket: raw samples would be too fine
    res = m_history->groupResolution(m_level, res);
    m_resolution = res;
    const std::int64_t step = model::resolutionStepUs(res);
    m_stepUs = step;
    const std::int64_t now = m_snapshot->simTimeUs;
    // The window fills from the left until the feed is older than the window, then it scrolls.
    const std::int64_t from = std::max<std::int64_t>(0, now - windowUs);
    const std::int64_t to = from + windowUs;
    m_gridStartUs = floorTo(from, step);
    const int columns = std::max(2, static_cast<int>((floorTo(to, step) - m_gridStartUs) / step) + 1);
    const auto matrix = m_history->groupMatrix(m_level, m_metric, res, m_gridStartUs, to);
    const std::size_t times = matrix.times.size();
    const int rows = times ? std::min(groups, static_cast<int>(matrix.values.size() / times)) : groups;

    m_rowGroup = rowOrder(*topo, m_level, rows);
    m_groupRow.assign(static_cast<std::size_t>(rows), -1);
    for (int r = 0; r < rows; ++r)
        m_groupRow[static_cast<std::size_t>(m_rowGroup[static_cast<std::size_t>(r)])] = r;
    // A single row would have no height in QCPColorMap: draw it twice, show one.
    const int drawRows = rows == 1 ? 2 : rows;
    QCPColorMapData* d = m_map->data();
    d->setSize(columns, drawRows);
    d->fill(std::numeric_limits<double>::quiet_NaN());
    float lo = std::numeric_limits<float>::infinity(), hi = -lo;
    for (std::size_t t = 0; t < times; ++t) {
        const std::int64_t col = (matrix.times[t] - m_gridStartUs) / step;
        if (col < 0 || col >= columns)
            continue;
        for (int r = 0; r < rows; ++r) {
            const float v = matrix.values[static_cast<std::size_t>(groupOfRow(r)) * times + t];
            if (std::isnan(v))
                continue;
            d->setCell(static_cast<int>(col), r, v);
            if (rows == 1)
                d->setCell(static_cast<int>(col), 1, v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    const double firstCenter = (static_cast<double>(m_gridStartUs) + static_cast<double>(step) / 2) / kUs;
    d->setRange(QCPRange(firstCenter, firstCenter + static_cast<double>(columns - 1) * static_cast<double>(step) / kUs),
                QCPRange(0, drawRows - 1));
    m_rows = rows;
    m_columns = columns;

    // Percentages keep an absolute scale; other metrics span 0 .. the window's worst group.
    QCPRange range(0, 1);
    if (m_metric == model::Metric::Utilisation || m_metric == model::Metric::State)
        range = QCPRange(0, 100);
    else if (hi >= lo)
        range = QCPRange(std::min(0.0f, lo), hi > std::min(0.0f, lo) ? hi : std::min(0.0f, lo) + 1);
    m_map->setDataRange(range);

    m_plot->xAxis->setRange(static_cast<double>(from) / kUs, static_cast<double>(to) / kUs);
    m_plot->yAxis->setRange(-0.5, rows - 0.5);
    if (auto ticker = qSharedPointerDynamicCast<QCPAxisTickerTime>(m_plot->xAxis->ticker()))
        ticker->setTimeFormat(to >= 3600LL * 1'000'000 ? QStringLiteral("%h:%m:%s") : QStringLiteral("%m:%s"));
    m_placeholder->setText(tr("No history yet"));
    m_placeholder->setVisible(times == 0);
    m_info->setText(tr("%1 · %2 rows").arg(resolutionText(res)).arg(rows));
    updateSeparators();
    updateHighlight();
    updateRowLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void KoshaTimeMap::updateRowLabels()
{
    const model::Topology* topo = m_snapshot ? m_snapshot->topology.get() : nullptr;
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(m_plot->yAxis->ticker());
    const int height = m_plot->axisRect()->height();
    if (!ticker)
        return;
    if (!topo || m_rows == 0) {
        ticker->clear();
        m_labelledRows = -1;
        return;
    }
    if (m_rows == m_labelledRows && height == m_labelledHeight && m_level == m_labelledLevel
        && topo == m_labelledTopo.get())
        return;
    m_labelledTopo = m_snapshot->topology;
    m_labelledRows = m_rows;
    m_labelledHeight = height;
    m_labelledLevel = m_level;

    const QFontMetricsF fm(m_plot->yAxis->tickLabelFont());
    const double lineH = fm.height();
    const double rowPx = height > 0 ? static_cast<double>(height) / m_rows : 0.0;
    const QStringList& names = m_level == model::ScopeKind::Team ? topo->teams
                               : m_level == model::ScopeKind::Prime ? topo->primes
                                                                 : topo->domains;
    struct Label { double pos; QString text; };
    std::vector<Label> candidates;
    std::vector<int> bandStarts;   // rows where a new team starts (prime / domain levels)
    for (int r = 0; r < m_rows; ++r)
        if (m_level != model::ScopeKind::Team
            && (r == 0 || teamOfRow(*topo, m_level, groupOfRow(r)) != teamOfRow(*topo, m_level, groupOfRow(r - 1))))
            bandStarts.push_back(r);
    if (m_level == model::ScopeKind::Team || rowPx >= lineH * 0.95) {
        for (int r = 0; r < m_rows && groupOfRow(r) < names.size(); ++r)
            candidates.push_back({static_cast<double>(r), names[groupOfRow(r)]});
    } else {
        // Too many rows to name each: name the team bands, the label's top at the band's start.
        const double shift = rowPx > 0 ? (lineH / 2) / rowPx : 0.5;
        for (int r : bandStarts)
            candidates.push_back({r - 0.5 + shift, topo->teams.value(teamOfRow(*topo, m_level, groupOfRow(r)))});
    }
    QMap<double, QString> ticks;
    double lastPx = -1e9;
    for (const Label& l : candidates) {
        const double px = (l.pos + 0.5) * rowPx;
        if (px - lastPx < lineH)
            continue;   // would overlap the previous label
        lastPx = px;
        ticks.insert(l.pos, fm.elidedText(l.text, Qt::ElideMiddle, 160));
    }
    ticker->setTicks(ticks);

    // Margins were laid out with the old labels: draw once more with the new ones.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void KoshaTimeMap::updateSeparators()
{
    const model::Topology* topo = m_snapshot ? m_snapshot->topology.get() : nullptr;
    if (topo == m_separatedTopo.get() && m_rows == m_separatedRows && m_level == m_separatedLevel)
        return;
    m_separatedTopo = m_snapshot ? m_snapshot->topology : nullptr;
    m_separatedRows = m_rows;
    m_separatedLevel = m_level;
    for (QCPAbstractItem* item : std::as_const(m_separators))
        m_plot->removeItem(item);
    m_separators.clear();
    if (!topo || m_level == model::ScopeKind::Team)
        return;
    // Thin lines between team bands so a stripe can be read against its team.
    QColor sep = palette().color(QPalette::Base);
    sep.setAlpha(200);
    for (int r = 1; r < m_rows; ++r) {
        if (teamOfRow(*topo, m_level, groupOfRow(r)) == teamOfRow(*topo, m_level, groupOfRow(r - 1)))
            continue;
        auto* line = new QCPItemStraightLine(m_plot);
        line->setPen(QPen(sep, 1));
        line->setSelectable(false);
        line->point1->setCoords(0, r - 0.5);
        line->point2->setCoords(1, r - 0.5);
        m_separators.append(line);
    }
}

void KoshaTimeMap::updateHighlight()
{
    int row = -1;
    const model::Topology* topo = m_snapshot ? m_snapshot->topology.get() : nullptr;
    if (m_selection && topo && m_rows > 0) {
        const Scope s = m_selection->current();
        const auto i = static_cast<std::size_t>(s.index);
        auto fromDomain = [&](std::size_t d) {
            if (m_level == model::ScopeKind::Domain)
                return static_cast<int>(d);
            const auto p = topo->domainPrime[d];
            return m_level == model::ScopeKind::Prime ? static_cast<int>(p) : static_cast<int>(topo->primeTeam[p]);
        };
        switch (s.kind) {
        case Scope::Kind::Fleet:
        case Scope::Kind::Pool: break;
        case Scope::Kind::Team:
            if (m_level == model::ScopeKind::Team)
                row = s.index;
            break;
        case Scope::Kind::Prime:
            if (m_level == model::ScopeKind::Prime)
                row = s.index;
            else if (m_level == model::ScopeKind::Team && i < topo->primeTeam.size())
                row = static_cast<int>(topo->primeTeam[i]);
            break;
        case Scope::Kind::Domain:
            if (i < topo->domainPrime.size())
                row = fromDomain(i);
            break;
        case Scope::Kind::Agent:
            if (i < topo->agentDomain.size())
                row = fromDomain(topo->agentDomain[i]);
            break;
        }
    }
    row = rowOfGroup(row);
    if (row < 0 || row >= m_rows) {
        m_highlight->setVisible(false);
        return;
    }
    const QCPRange x = m_plot->xAxis->range();
    m_highlight->topLeft->setCoords(x.lower, row - 0.5);
    m_highlight->bottomRight->setCoords(x.upper, row + 0.5);
    m_highlight->setVisible(true);
}

void KoshaTimeMap::onSelectionChanged(const Scope&)
{
    updateHighlight();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int KoshaTimeMap::rowAt(const QPoint& pos) const
{
    if (m_rows == 0 || !m_plot->axisRect()->rect().contains(pos))
        return -1;
    const int row = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(pos.y())));
    return row >= 0 && row < m_rows ? row : -1;
}

int KoshaTimeMap::groupOfRow(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rowGroup.size()) ? m_rowGroup[static_cast<std::size_t>(row)] : row;
}

int KoshaTimeMap::rowOfGroup(int group) const
{
    return group >= 0 && group < static_cast<int>(m_groupRow.size()) ? m_groupRow[static_cast<std::size_t>(group)] : group;
}

QPoint KoshaTimeMap::cellCenter(int column, int row) const
{
    const double key = (static_cast<double>(m_gridStartUs) + (column + 0.5) * static_cast<double>(m_stepUs)) / kUs;
    return QPoint(static_cast<int>(std::lround(m_plot->xAxis->coordToPixel(key))),
                  static_cast<int>(std::lround(m_plot->yAxis->coordToPixel(row))));
}

QString KoshaTimeMap::groupName(int row) const
{
    const model::Topology* topo = m_snapshot ? m_snapshot->topology.get() : nullptr;
    if (!topo)
        return {};
    const QStringList& names = m_level == model::ScopeKind::Team ? topo->teams
                               : m_level == model::ScopeKind::Prime ? topo->primes
                                                                 : topo->domains;
    return names.value(groupOfRow(row));
}

QString KoshaTimeMap::groupPath(int row) const
{
    const model::Topology* topo = m_snapshot ? m_snapshot->topology.get() : nullptr;
    if (!topo || row < 0)
        return {};
    const auto r = static_cast<std::size_t>(groupOfRow(row));
    switch (m_level) {
    case model::ScopeKind::Team: return tr("Team");
    case model::ScopeKind::Prime:
        return r < topo->primeTeam.size() ? tr("Prime kosha in team %1").arg(topo->teams.value(int(topo->primeTeam[r]))) : QString();
    case model::ScopeKind::Domain: {
        if (r >= topo->domainPrime.size())
            return {};
        const auto p = topo->domainPrime[r];
        return tr("Domain kosha in %1 › %2").arg(topo->teams.value(int(topo->primeTeam[p])), topo->primes.value(int(p)));
    }
    default: break;   // the map's rows are teams, primes or domains
    }
    return {};
}

QString KoshaTimeMap::timeText(std::int64_t us) const
{
    const qint64 s = us / 1'000'000;
    const qint64 h = s / 3600;
    const QString mmss = QStringLiteral("%1:%2").arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return h > 0 ? QStringLiteral("%1:%2").arg(h).arg(mmss) : mmss;
}

QString KoshaTimeMap::toolTipAt(const QPoint& pos) const
{
    const int row = rowAt(pos);
    if (row < 0 || m_columns == 0)
        return {};
    const double key = m_plot->xAxis->pixelToCoord(pos.x()) * kUs;
    const auto col = static_cast<int>(std::floor((key - static_cast<double>(m_gridStartUs)) / static_cast<double>(m_stepUs)));
    if (col < 0 || col >= m_columns)
        return {};
    const double v = m_map->data()->cell(col, row);
    const std::int64_t start = m_gridStartUs + col * m_stepUs;
    const QString value = std::isnan(v) ? tr("no data") : QLocale().toString(v, 'f', v >= 100 ? 0 : 1);
    return tr("%1\n%2\n%3 – %4\n%5: %6")
        .arg(groupName(row), groupPath(row), timeText(start), timeText(start + m_stepUs), model::metricGroupLabel(m_metric), value);
}

void KoshaTimeMap::onMouseMove(QMouseEvent* event)
{
    const QString text = toolTipAt(event->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void KoshaTimeMap::onMousePress(QMouseEvent* event)
{
    m_pressPos = event->pos();
}

void KoshaTimeMap::onMouseRelease(QMouseEvent* event)
{
    if (!m_selection || event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4)
        return;
    const int row = rowAt(event->pos());
    if (row < 0)
        return;
    const Scope::Kind kind = m_level == model::ScopeKind::Team    ? Scope::Kind::Team
                             : m_level == model::ScopeKind::Prime ? Scope::Kind::Prime
                                                              : Scope::Kind::Domain;
    m_selection->select(Scope{kind, groupOfRow(row)});
}

} // namespace omega::widgets
