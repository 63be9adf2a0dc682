// Over 600 lines on purpose: one QCustomPlot whose four panels, their graphs, change marks, tracers
// and titles share the same axes and time range; building the panels (buildPlot) is the next seam.
#include "widgets/series_plots.h"

#include "model/metric_text.h"
#include "widgets/selection.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace omega::widgets {

namespace {
constexpr int kRefreshMs = 200;     // history views: at most 5 queries per second
constexpr int kMaxPoints = 1000;    // per series; picks 1 s buckets up to 15 min, 10 s up to 6 h
constexpr double kUs = 1e6;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

const QColor kThroughput(31, 119, 180), kP50(44, 160, 44), kP99(255, 127, 14), kErrors(214, 39, 40),
    kScope(148, 103, 189);

// Captions and status text: between text and background, readable in light and dark themes.
QColor secondaryText(const QPalette& pal)
{
    const QColor t = pal.color(QPalette::WindowText), w = pal.color(QPalette::Window);
    return QColor((t.red() * 6 + w.red() * 4) / 10, (t.green() * 6 + w.green() * 4) / 10, (t.blue() * 6 + w.blue() * 4) / 10);
}

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    const double a = std::fabs(v);
    return QLocale().toString(v, 'f', a >= 100 ? 0 : a >= 10 ? 1 : 2);
}

QString timeText(double seconds)
{
    const auto s = static_cast<qint64>(std::floor(seconds));
    const qint64 h = s / 3600;
    const QString mmss = QStringLiteral("%1:%2").arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return h > 0 ? QStringLiteral("%1:%2").arg(h).arg(mmss) : mmss;
}

QString resolutionText(model::Resolution r)
{
    switch (r) {
    case model::Resolution::Raw: return SeriesPlots::tr("raw samples");
    case model::Resolution::OneSecond: return SeriesPlots::tr("1 s buckets, min–max band");
    case model::Resolution::TenSeconds: return SeriesPlots::tr("10 s buckets, min–max band");
    case model::Resolution::OneMinute: return SeriesPlots::tr("1 min buckets, min–max band");
    }
    return {};
}

// The fleet-wide counterpart of a group metric, for panel 4 when nothing is selected.
struct FleetEquivalent { model::FleetSeries column; double scale; const char* label; };
FleetEquivalent fleetEquivalent(model::Metric m)
{
    using F = model::FleetSeries;
    switch (m) {
    case model::Metric::LatencyP99: return {F::StageLatencyP99Ms, 1, QT_TRANSLATE_NOOP("SeriesPlots", "stage p99 latency (ms)")};
    case model::Metric::QueueDepth: return {F::QueuedStages, 1, QT_TRANSLATE_NOOP("SeriesPlots", "queued stages")};
    case model::Metric::Utilisation: return {F::MeanUtilisation, 100, QT_TRANSLATE_NOOP("SeriesPlots", "mean utilisation (%)")};
    case model::Metric::ErrorRate: return {F::FailedTasksPerS, 1, QT_TRANSLATE_NOOP("SeriesPlots", "failed tasks/s")};
    case model::Metric::State: return {F::BusyAgents, 1, QT_TRANSLATE_NOOP("SeriesPlots", "busy agents")};
    default: break;   // throughput, and metrics with no fleet series of their own
    }
    return {F::StagesPerS, 1, QT_TRANSLATE_NOOP("SeriesPlots", "stages/s")};
}

// Value of the data point nearest to `key` (NaN if none).
double valueNear(const QCPGraph* g, double key)
{
    const auto& data = g->data();
    if (data->isEmpty())
        return kNaN;
    auto it = data->findBegin(key, false);
    if (it == data->constEnd())
        return (data->constEnd() - 1)->value;
    if (it != data->constBegin() && key - (it - 1)->key < it->key - key)
        --it;
    return it->value;
}

double lastValue(const QCPGraph* g)
{
    return g->data()->isEmpty() ? kNaN : (g->data()->constEnd() - 1)->value;
}
} // namespace

SeriesPlots::SeriesPlots(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_timer(new QTimer(this)), m_cursorS(kNaN)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->setSpacing(4);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_windowBox = new QComboBox(this);
    m_windowBox->addItem(tr("1 min"), 60);
    m_windowBox->addItem(tr("5 min"), 300);
    m_windowBox->addItem(tr("15 min"), 900);
    m_windowBox->addItem(tr("1 h"), 3600);
    m_windowBox->addItem(tr("6 h"), 21600);
    m_windowBox->setCurrentIndex(1);
    m_windowBox->setToolTip(tr("Time shown while following live; longer windows use coarser buckets"));
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(tr("Freeze the time axis while data keeps arriving (Space)"));
    m_followButton = new QToolButton(this);
    m_followButton->setText(tr("Follow live"));
    m_followButton->setToolTip(tr("Scroll with the newest data again"));
    m_followButton->setEnabled(false);
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("metric"));
    for (const model::MetricInfo& info : model::kMetrics)
        if (info.uses & model::TimeViews)
            m_metricBox->addItem(model::metricGroupLabel(info.metric), static_cast<int>(info.metric));
    m_metricBox->setCurrentIndex(m_metricBox->findData(static_cast<int>(m_scopeMetric)));
    m_metricBox->setToolTip(tr("What the bottom plot shows for the selected team, kosha or agent"));
    m_info = new QLabel(this);
    m_info->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);   // gives way on a narrow screen
    bar->addWidget(new QLabel(tr("Window"), this));
    bar->addWidget(m_windowBox);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_followButton);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Selection shows"), this));
    bar->addWidget(m_metricBox);
    bar->addStretch(1);
    bar->addWidget(m_info);
    outer->addLayout(bar);
    outer->addWidget(m_plot, 1);
    m_plot->setMinimumSize(300, 320);

    buildPlot();
    applyPalette();

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SeriesPlots::refreshNow);
    connect(m_windowBox, &QComboBox::currentIndexChanged, this,
            [this] { setWindowSeconds(m_windowBox->currentData().toInt()); });
    connect(m_metricBox, &QComboBox::currentIndexChanged, this,
            [this] { setScopeMetric(static_cast<model::Metric>(m_metricBox->currentData().toInt())); });
    connect(m_pauseButton, &QToolButton::toggled, this, &SeriesPlots::setPaused);
    connect(m_followButton, &QToolButton::clicked, this, &SeriesPlots::followLive);
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, [this] { setPaused(!m_paused); });
    connect(m_plot, &QCustomPlot::mouseMove, this, &SeriesPlots::onMouseMove);
    m_plot->installEventFilter(this);
}

SeriesPlots::~SeriesPlots() = default;

void SeriesPlots::buildPlot()
{
    m_plot->setNotAntialiasedElements(QCP::aePlottables | QCP::aeFills | QCP::aeGrid | QCP::aeSubGrid | QCP::aeAxes
                                      | QCP::aeZeroLine);
    m_plot->setAutoAddPlottableToLegend(false);   // only p50 / p99 get a legend entry
    m_plot->plotLayout()->clear();
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->addLayer(QStringLiteral("cursor"), m_plot->layer(QStringLiteral("legend")), QCustomPlot::limAbove);
    m_cursorLayer = m_plot->layer(QStringLiteral("cursor"));
    m_cursorLayer->setMode(QCPLayer::lmBuffered);   // the hover cursor repaints alone

    QSharedPointer<QCPAxisTickerTime> ticker(new QCPAxisTickerTime);
    ticker->setTimeFormat(QStringLiteral("%m:%s"));
    auto* margins = new QCPMarginGroup(m_plot);
    QFont titleFont = font();
    titleFont.setBold(true);
    for (int p = 0; p < kPanelCount; ++p) {
        auto* title = new QCPTextElement(m_plot);
        title->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        title->setFont(titleFont);
        title->setLayer(m_cursorLayer);
        title->setAutoMargins(QCP::msLeft);
        title->setMargins(QMargins(0, 4, 0, 0));
        title->setMarginGroup(QCP::msLeft, margins);
        if (p == static_cast<int>(Panel::Latency)) {
            // p50 and p99 share a plot: their legend sits in the title row, clear of the lines.
            auto* row = new QCPLayoutGrid;
            m_plot->plotLayout()->addElement(2 * p, 0, row);
            row->addElement(0, 0, title);
            m_legend = new QCPLegend;
            row->addElement(0, 1, m_legend);
            row->setColumnStretchFactor(0, 1);
            row->setColumnStretchFactor(1, 0.001);
        } else {
            m_plot->plotLayout()->addElement(2 * p, 0, title);
        }
        m_plot->plotLayout()->setRowStretchFactor(2 * p, 0.001);

        auto* rect = new QCPAxisRect(m_plot, true);
        m_plot->plotLayout()->addElement(2 * p + 1, 0, rect);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->setMinimumMargins(QMargins(0, 4, 16, 4));   // room for the last time label
        rect->axis(QCPAxis::atTop)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(false);
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        x->setTicker(ticker);
        x->setTickLabels(p == kPanelCount - 1);   // one time scale, under the last plot
        y->ticker()->setTickCount(4);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(QList<QCPAxis*>{x}, QList<QCPAxis*>{});
        rect->setRangeZoomAxes(QList<QCPAxis*>{x}, QList<QCPAxis*>{});
        connect(x, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &SeriesPlots::onRangeChanged);
        m_rects[static_cast<std::size_t>(p)] = rect;

        auto* cursor = new QCPItemStraightLine(m_plot);
        cursor->setLayer(m_cursorLayer);
        cursor->setClipAxisRect(rect);
        cursor->point1->setAxes(x, y);
        cursor->point2->setAxes(x, y);
        cursor->setVisible(false);
        cursor->setSelectable(false);
        m_cursors[static_cast<std::size_t>(p)] = cursor;
        m_titleElements[static_cast<std::size_t>(p)] = title;
    }
    m_rects.back()->axis(QCPAxis::atBottom)->setLabel(tr("Simulated time"));
    m_rects[0]->axis(QCPAxis::atLeft)->setLabel(tr("tasks/s"));
    m_rects[1]->axis(QCPAxis::atLeft)->setLabel(tr("ms"));
    m_rects[2]->axis(QCPAxis::atLeft)->setLabel(tr("failed/s"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    auto add = [this](Series s, Panel p, const QColor& colour, const QString& name) {
        QCPAxisRect* rect = axisRect(p);
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        Band band;
        band.min = m_plot->addGraph(x, y);
        band.max = m_plot->addGraph(x, y);
        QColor fillColour = colour;
        fillColour.setAlpha(70);
        band.min->setPen(Qt::NoPen);
        band.max->setPen(Qt::NoPen);
        band.max->setBrush(fillColour);
        band.max->setChannelFillGraph(band.min);
        band.min->setName(tr("%1 min").arg(name));
        band.max->setName(tr("%1 max").arg(name));
        QCPGraph* g = m_plot->addGraph(x, y);
        g->setPen(QPen(colour, 1));
        g->setName(name);
        for (QCPGraph* each : {band.min, band.max, g}) {
            each->setAntialiased(false);
            each->setAntialiasedFill(false);
            each->setSelectable(QCP::stNone);
        }
        auto* tracer = new QCPItemTracer(m_plot);
        tracer->setLayer(m_cursorLayer);
        tracer->setClipAxisRect(rect);   // the graph is attached when the cursor shows
        tracer->setInterpolating(false);
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setSize(6);
        tracer->setPen(QPen(colour, 1));
        tracer->setBrush(colour);
        tracer->setVisible(false);
        tracer->setSelectable(false);
        const auto i = static_cast<std::size_t>(s);
        m_graphs[i] = g;
        m_bands[i] = band;
        m_tracers[i] = tracer;
    };
    add(Series::Throughput, Panel::Throughput, kThroughput, tr("throughput"));
    add(Series::LatencyP50, Panel::Latency, kP50, tr("p50"));
    add(Series::LatencyP99, Panel::Latency, kP99, tr("p99"));
    add(Series::Errors, Panel::Errors, kErrors, tr("failed tasks/s"));
    add(Series::Scope, Panel::Scope, kScope, tr("selection"));

    m_legend->setLayer(QStringLiteral("legend"));
    m_legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_legend->setIconSize(14, 8);
    m_legend->setRowSpacing(0);
    m_legend->setColumnSpacing(8);
    m_legend->setMargins(QMargins(0, 4, 12, 0));
    m_legend->setBorderPen(Qt::NoPen);
    m_legend->setBrush(Qt::NoBrush);
    graph(Series::LatencyP50)->addToLegend(m_legend);
    graph(Series::LatencyP99)->addToLegend(m_legend);

    m_scopeHint = new QCPItemText(m_plot);
    m_scopeHint->setClipAxisRect(axisRect(Panel::Scope));
    m_scopeHint->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_scopeHint->position->setAxisRect(axisRect(Panel::Scope));
    m_scopeHint->position->setCoords(0.5, 0.5);
    m_scopeHint->setVisible(false);
    m_scopeHint->setSelectable(false);
}

void SeriesPlots::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor line = text;
    line.setAlpha(140);
    QColor grid = text;
    grid.setAlpha(35);
    m_plot->setBackground(pal.color(QPalette::Base));
    for (QCPAxisRect* rect : m_rects) {
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(line, 1));
            axis->setTickPen(QPen(line, 1));
            axis->setSubTickPen(QPen(line, 1));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    }
    for (QCPTextElement* title : m_titleElements)
        title->setTextColor(text);
    m_legend->setTextColor(text);
    m_info->setStyleSheet(QStringLiteral("color: %1;").arg(secondaryText(pal).name()));
    QColor cursor = text;
    cursor.setAlpha(120);
    for (QCPItemStraightLine* c : m_cursors)
        c->setPen(QPen(cursor, 1, Qt::DashLine));
    m_scopeHint->setColor(pal.color(QPalette::PlaceholderText));
}

void SeriesPlots::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void SeriesPlots::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refreshNow();
}

bool SeriesPlots::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        setCursorTime(kNaN);
    return QWidget::eventFilter(watched, event);
}

void SeriesPlots::setHistorySource(const model::HistoryReader* history)
{
    m_history = history;
    m_watching = false;
    if (m_selection)
        onScope(m_selection->current());
    else
        refreshNow();
}

void SeriesPlots::setSelectionModel(SelectionModel* selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection) {
        connect(selection, &SelectionModel::changed, this, &SeriesPlots::onScope);
        onScope(selection->current());
    }
}

void SeriesPlots::onScope(const Scope& scope)
{
    if (m_history) {
        if (scope.kind == Scope::Kind::Agent) {
            // One agent's history is recorded only while watched; it starts now.
            m_watching = true;
            emit watchAgentRequested(scope.index);
        } else if (m_watching) {
            m_watching = false;
            emit watchAgentRequested(-1);
        }
    }
    refreshNow();
}

void SeriesPlots::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot || snapshot->serial == m_serial)
        return;
    m_serial = snapshot->serial;
    m_snapshot = snapshot;
    if (m_paused)
        return;   // a frozen axis shows what it showed; new data is read when following again
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : kRefreshMs;
    if (since >= kRefreshMs)
        refreshNow();
    else if (!m_timer->isActive())
        m_timer->start(static_cast<int>(kRefreshMs - since));
}

void SeriesPlots::setWindowSeconds(int seconds)
{
    const int index = m_windowBox->findData(seconds);
    if (index >= 0 && index != m_windowBox->currentIndex()) {
        m_windowBox->setCurrentIndex(index);   // comes back here through the signal
        return;
    }
    m_windowS = std::max(seconds, 10);
    if (m_paused)
        setPaused(false);   // a new window means "show me the last N minutes"
    else
        refreshNow();
}

void SeriesPlots::setScopeMetric(model::Metric metric)
{
    const int index = m_metricBox->findData(static_cast<int>(metric));
    if (index >= 0 && index != m_metricBox->currentIndex()) {
        m_metricBox->setCurrentIndex(index);
        return;
    }
    m_scopeMetric = metric;
    refreshNow();
}

void SeriesPlots::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    {
        const QSignalBlocker block(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    m_followButton->setEnabled(paused);
    if (!paused)
        refreshNow();
    else
        updateTitles();
}

QCPRange SeriesPlots::timeRange() const
{
    return m_rects[0]->axis(QCPAxis::atBottom)->range();
}

void SeriesPlots::setTimeRange(double lower, double upper)
{
    m_settingRange = true;
    for (QCPAxisRect* rect : m_rects)
        rect->axis(QCPAxis::atBottom)->setRange(lower, upper);
    m_settingRange = false;
}

void SeriesPlots::onRangeChanged(const QCPRange& range)
{
    if (m_settingRange)
        return;
    // The user dragged or zoomed one time axis: the others follow, live scrolling stops, and the
    // new span is read again (zooming in may allow a finer resolution).
    setTimeRange(range.lower, range.upper);
    setPaused(true);
    if (!m_timer->isActive())
        m_timer->start(kRefreshMs);
}

void SeriesPlots::fill(Series s, const std::vector<model::SeriesPoint>& points, std::int64_t stepUs, std::int64_t nowUs,
                       double scale)
{
    const auto i = static_cast<std::size_t>(s);
    QVector<QCPGraphData> mean, lo, hi;
    mean.reserve(static_cast<int>(points.size()));
    const bool band = stepUs > 0;
    if (band) {
        lo.reserve(static_cast<int>(points.size()));
        hi.reserve(static_cast<int>(points.size()));
    }
    for (const model::SeriesPoint& p : points) {
        // A bucket is drawn at its middle; the open, newest one no later than now.
        std::int64_t t = p.timeUs;
        if (band)
            t = std::max(p.timeUs, std::min(p.timeUs + stepUs / 2, nowUs));
        const double key = static_cast<double>(t) / kUs;
        mean.append(QCPGraphData(key, p.mean * scale));
        if (band) {
            lo.append(QCPGraphData(key, p.min * scale));
            hi.append(QCPGraphData(key, p.max * scale));
        }
    }
    m_graphs[i]->data()->set(mean, true);
    m_bands[i].min->data()->set(lo, true);
    m_bands[i].max->data()->set(hi, true);
    m_bands[i].min->setVisible(band);
    m_bands[i].max->setVisible(band);
}

void SeriesPlots::setMarks(const std::vector<Mark>& marks)
{
    constexpr std::size_t kMaxMarks = 60;   // the newest; older ones are in the alerts history
    const std::size_t first = marks.size() > kMaxMarks ? marks.size() - kMaxMarks : 0;
    std::vector<std::pair<double, QRgb>> keys;
    for (std::size_t i = first; i < marks.size(); ++i)
        keys.emplace_back(marks[i].timeS, marks[i].color.rgba());
    if (keys == m_markKeys)
        return;   // a change that got its verdict changes colour: that redraws
    m_markKeys = keys;
    for (QCPItemStraightLine* item : m_markItems)
        m_plot->removeItem(item);
    m_markItems.clear();
    for (std::size_t i = first; i < marks.size(); ++i) {
        for (QCPAxisRect* rect : m_rects) {
            auto* line = new QCPItemStraightLine(m_plot);
            line->setClipAxisRect(rect);
            for (QCPItemPosition* pos : {line->point1, line->point2})
                pos->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            line->point1->setCoords(marks[i].timeS, 0);
            line->point2->setCoords(marks[i].timeS, 1);
            line->setPen(QPen(marks[i].color, marks[i].style == Qt::SolidLine ? 2 : 1, marks[i].style));
            line->setSelectable(false);
            m_markItems.push_back(line);
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SeriesPlots::refreshNow()
{
    m_timer->stop();
    m_sinceRefresh.restart();
    m_dirty = false;
    if (!m_history || !m_snapshot) {
        for (std::size_t i = 0; i < m_graphs.size(); ++i)
            fill(static_cast<Series>(i), {}, 0, 0, 1);
        m_info->setText(m_history ? tr("Waiting for data") : tr("No history source"));
        updateTitles();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const std::int64_t nowUs = m_snapshot->simTimeUs;
    double lower, upper;
    if (m_paused) {
        lower = timeRange().lower;
        upper = timeRange().upper;
    } else {
        upper = static_cast<double>(nowUs) / kUs;
        lower = upper - m_windowS;
    }
    const auto spanUs = static_cast<std::int64_t>((upper - lower) * kUs);
    const model::Resolution res = m_history->pickFleetResolution(spanUs, kMaxPoints);
    m_resolution = res;
    const std::int64_t step = model::resolutionStepUs(res);
    m_stepUs = step;
    // One bucket of margin on each side so the line runs into the edges.
    const std::int64_t margin = std::max<std::int64_t>(step, 1'000'000);
    const auto fromUs = static_cast<std::int64_t>(std::floor(lower * kUs)) - margin;
    const auto toUs = static_cast<std::int64_t>(std::ceil(upper * kUs)) + margin;

    using F = model::FleetSeries;
    fill(Series::Throughput, m_history->fleetSeries(F::TasksPerS, res, fromUs, toUs), step, nowUs, 1);
    fill(Series::LatencyP50, m_history->fleetSeries(F::TaskLatencyP50Ms, res, fromUs, toUs), step, nowUs, 1);
    fill(Series::LatencyP99, m_history->fleetSeries(F::TaskLatencyP99Ms, res, fromUs, toUs), step, nowUs, 1);
    fill(Series::Errors, m_history->fleetSeries(F::FailedTasksPerS, res, fromUs, toUs), step, nowUs, 1);

    const Scope scope = m_selection ? m_selection->current() : Scope::fleet();
    std::vector<model::SeriesPoint> scoped;
    std::int64_t scopeStep = step;
    double scale = 1;
    switch (scope.kind) {
    case Scope::Kind::Fleet: {
        const FleetEquivalent e = fleetEquivalent(m_scopeMetric);
        scoped = m_history->fleetSeries(e.column, res, fromUs, toUs);
        scale = e.scale;
        break;
    }
    case Scope::Kind::Team:
    case Scope::Kind::Prime:
    case Scope::Kind::Domain: {
        const model::ScopeKind level = scope.kind;
        const model::Resolution groupRes = m_history->groupResolution(level, res);
        scopeStep = model::resolutionStepUs(groupRes);
        scoped = m_history->groupSeries(level, scope.index, m_scopeMetric, groupRes, fromUs, toUs);
        break;
    }
    case Scope::Kind::Agent:
        scoped = m_history->watchedAgentSeries(m_scopeMetric, res, fromUs, toUs);
        break;
    case Scope::Kind::Pool: break;   // pools have their own panel
    }
    fill(Series::Scope, scoped, scopeStep, nowUs, scale);
    if (scoped.empty()) {
        m_scopeHint->setText(scope.kind == Scope::Kind::Agent
                                 ? tr("Recording %1 from the moment it was selected…").arg(scopeName())
                                 : tr("No data for %1 in this range").arg(scopeName()));
        m_scopeHint->setVisible(true);
    } else {
        m_scopeHint->setVisible(false);
    }
    axisRect(Panel::Scope)->axis(QCPAxis::atLeft)->setLabel(scopeUnit());

    if (!m_paused)
        setTimeRange(lower, upper);
    if (auto ticker = qSharedPointerDynamicCast<QCPAxisTickerTime>(m_rects[0]->axis(QCPAxis::atBottom)->ticker()))
        ticker->setTimeFormat(upper >= 3600 ? QStringLiteral("%h:%m:%s") : QStringLiteral("%m:%s"));
    rescaleValues();
    updateTracers();
    updateTitles();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SeriesPlots::rescaleValues()
{
    const QCPRange keys = timeRange();
    for (std::size_t p = 0; p < m_rects.size(); ++p) {
        double lo = 0, hi = 0;
        bool any = false;
        for (QCPGraph* g : m_rects[p]->graphs()) {
            if (!g->visible())
                continue;
            bool found = false;
            const QCPRange r = g->getValueRange(found, QCP::sdBoth, keys);
            if (!found)
                continue;
            lo = any ? std::min(lo, r.lower) : std::min(0.0, r.lower);
            hi = any ? std::max(hi, r.upper) : r.upper;
            any = true;
        }
        if (!any || hi <= lo)
            hi = lo + 1;
        // Headroom so the newest point is not glued to the frame.
        m_rects[p]->axis(QCPAxis::atLeft)->setRange(lo, hi + (hi - lo) * 0.12);
    }
}

QString SeriesPlots::scopeName() const
{
    const Scope scope = m_selection ? m_selection->current() : Scope::fleet();
    const model::Topology* topo = m_snapshot ? m_snapshot->topology.get() : nullptr;
    auto name = [&](const QStringList& list) {
        return topo && scope.index >= 0 && scope.index < list.size() ? list[scope.index] : QString::number(scope.index);
    };
    switch (scope.kind) {
    case Scope::Kind::Fleet: return tr("Fleet");
    case Scope::Kind::Team: return tr("Team %1").arg(name(topo ? topo->teams : QStringList()));
    case Scope::Kind::Prime: return tr("Prime kosha %1").arg(name(topo ? topo->primes : QStringList()));
    case Scope::Kind::Domain: return tr("Domain kosha %1").arg(name(topo ? topo->domains : QStringList()));
    case Scope::Kind::Agent: return tr("Agent %1").arg(name(topo ? topo->agents : QStringList()));
    case Scope::Kind::Pool: break;
    }
    return {};
}

QString SeriesPlots::scopeUnit() const
{
    const Scope scope = m_selection ? m_selection->current() : Scope::fleet();
    if (scope.kind == Scope::Kind::Fleet)
        return QCoreApplication::translate("SeriesPlots", fleetEquivalent(m_scopeMetric).label);   // its noop's context
    if (m_scopeMetric == model::Metric::State)
        return scope.kind == Scope::Kind::Agent ? tr("state") : tr("%");
    return QLatin1String(model::metricUnit(m_scopeMetric));
}

QString SeriesPlots::panelTitle(Panel panel) const
{
    return m_titleElements[static_cast<std::size_t>(panel)]->text();
}

void SeriesPlots::updateTitles()
{
    const bool hover = !std::isnan(m_cursorS);
    auto value = [&](Series s) {
        const QCPGraph* g = graph(s);
        return number(hover ? valueNear(g, m_cursorS) : lastValue(g));
    };
    const QString when = hover ? tr("at %1").arg(timeText(m_cursorS)) : tr("latest");
    m_titleElements[0]->setText(tr("Fleet throughput: %1 tasks/s (%2)").arg(value(Series::Throughput), when));
    m_titleElements[1]->setText(tr("Task latency: p50 %1 ms · p99 %2 ms (%3)")
                                    .arg(value(Series::LatencyP50), value(Series::LatencyP99), when));
    m_titleElements[2]->setText(tr("Error rate: %1 failed tasks/s (%2)").arg(value(Series::Errors), when));
    const Scope scope = m_selection ? m_selection->current() : Scope::fleet();
    QString what = scope.kind == Scope::Kind::Fleet ? QCoreApplication::translate("SeriesPlots", fleetEquivalent(m_scopeMetric).label)
                                                    : model::metricGroupLabel(m_scopeMetric);
    if (scope.kind == Scope::Kind::Agent && m_scopeMetric == model::Metric::State)
        what = tr("state (1 idle · 2 busy · 3 waiting · 4 failed)");   // one agent has a state, not a share
    m_titleElements[3]->setText(tr("%1 · %2: %3 (%4)").arg(scopeName(), what, value(Series::Scope), when));

    QString info = resolutionText(m_resolution);
    if (m_paused)
        info = tr("paused · %1").arg(info);
    m_info->setText(info);
}

void SeriesPlots::setCursorTime(double seconds)
{
    m_cursorS = seconds;
    const bool on = !std::isnan(seconds);
    for (QCPItemStraightLine* c : m_cursors) {
        c->setVisible(on);
        if (on) {
            c->point1->setCoords(seconds, 0);
            c->point2->setCoords(seconds, 1);
        }
    }
    updateTracers();
    updateTitles();
    m_cursorLayer->replot();
}

void SeriesPlots::updateTracers()
{
    const bool on = !std::isnan(m_cursorS);
    for (std::size_t i = 0; i < m_tracers.size(); ++i) {
        // A tracer on an empty graph complains on every draw: attach it only when it has a point.
        const bool show = on && !m_graphs[i]->data()->isEmpty();
        m_tracers[i]->setVisible(show);
        if (show) {
            if (m_tracers[i]->graph() != m_graphs[i])
                m_tracers[i]->setGraph(m_graphs[i]);
            m_tracers[i]->setGraphKey(m_cursorS);
        }
    }
}

void SeriesPlots::onMouseMove(QMouseEvent* event)
{
    const QPointF pos = event->position();
    const QRect top = m_rects.front()->rect();
    const QRect bottom = m_rects.back()->rect();
    const bool inside = pos.x() >= top.left() && pos.x() <= top.right() && pos.y() >= top.top() && pos.y() <= bottom.bottom();
    setCursorTime(inside ? m_rects.front()->axis(QCPAxis::atBottom)->pixelToCoord(pos.x()) : kNaN);
}

} // namespace omega::widgets
