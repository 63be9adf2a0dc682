// Over 600 lines on purpose: one widget's names, colouring, painting, hit testing and input, which
// all share its cell image and geometry; the geometry itself is computed in heatmap_layout.cpp.
#include "widgets/fleet_heatmap.h"
#include "model/metric_text.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace omega::widgets {

namespace {
using heatmap::bandFont;
using heatmap::captionFont;
using heatmap::kMargin;
constexpr int kMaxCell = 44;        // larger cells only waste the eye's travel
constexpr int kMaxZoomedCell = 72;  // a prime or domain: room for the value inside each cell
} // namespace

// ---------------------------------------------------------------------------------------------
// Names and formatting

QColor FleetHeatmap::stateColor(int state)
{
    // Okabe-Ito blue / orange / vermilion plus a neutral grey: told apart with the common
    // colour-vision deficiencies, and never confused with the viridis ramp of the other metrics.
    switch (state) {
    case model::stateCode(model::AgentState::Idle): return QColor(176, 176, 176);
    case model::stateCode(model::AgentState::Busy): return QColor(0, 114, 178);
    case model::stateCode(model::AgentState::Waiting): return QColor(230, 159, 0);
    case model::stateCode(model::AgentState::Failed): return QColor(213, 94, 0);
    default: return QColor(96, 96, 96);
    }
}

QString FleetHeatmap::stateName(int state)
{
    switch (state) {
    case model::stateCode(model::AgentState::Idle): return tr("idle");
    case model::stateCode(model::AgentState::Busy): return tr("busy");
    case model::stateCode(model::AgentState::Waiting): return tr("waiting");
    case model::stateCode(model::AgentState::Failed): return tr("failed");
    default: return tr("unknown");
    }
}

QString FleetHeatmap::metricName(model::Metric m)
{
    return model::metricShortName(m);
}

QString FleetHeatmap::unitText(model::Metric m)
{
    return model::metricValueUnit(m);
}

QString FleetHeatmap::formatValue(model::Metric m, float v)
{
    if (m == model::Metric::State)
        return stateName(static_cast<int>(v));
    if (!std::isfinite(v))
        return tr("no data");
    const float a = std::abs(v);
    const int decimals = m == model::Metric::QueueDepth ? 0 : a >= 100 ? 0 : a >= 10 ? 1 : 2;
    return QStringLiteral("%1 %2").arg(QLocale().toString(static_cast<double>(v), 'f', decimals), unitText(m));
}

QString FleetHeatmap::scopeName(const Scope& s) const
{
    if (!validScope(s) || s.kind == Scope::Kind::Fleet)
        return tr("the fleet");
    const model::Topology& t = *m_topology;
    switch (s.kind) {
    case Scope::Kind::Team: return tr("team %1").arg(t.teams[s.index]);
    case Scope::Kind::Prime: return tr("prime kosha %1").arg(t.primes[s.index]);
    case Scope::Kind::Domain: return tr("domain kosha %1").arg(t.domains[s.index]);
    case Scope::Kind::Agent: return tr("agent %1").arg(t.agents[s.index]);
    case Scope::Kind::Fleet:
    case Scope::Kind::Pool: break;
    }
    return {};
}

// Names inside a group repeat the group's name as a prefix ("atlas.p01.d3"); drop it where the
// group is already on screen.
QString FleetHeatmap::shortName(const Scope& s) const
{
    if (!validScope(s))
        return {};
    const model::Topology& t = *m_topology;
    QString name, parent;
    switch (s.kind) {
    case Scope::Kind::Team: return t.teams[s.index];
    case Scope::Kind::Prime:
        name = t.primes[s.index];
        parent = t.teams[static_cast<int>(t.primeTeam[static_cast<std::size_t>(s.index)])];
        break;
    case Scope::Kind::Domain:
        name = t.domains[s.index];
        parent = t.primes[static_cast<int>(t.domainPrime[static_cast<std::size_t>(s.index)])];
        break;
    case Scope::Kind::Agent:
        name = t.agents[s.index];
        parent = t.domains[static_cast<int>(t.agentDomain[static_cast<std::size_t>(s.index)])];
        break;
    case Scope::Kind::Fleet:
    case Scope::Kind::Pool: return {};
    }
    if (name.size() > parent.size() + 1 && name.startsWith(parent, Qt::CaseInsensitive) && name[parent.size()] == QLatin1Char('.'))
        return name.mid(parent.size() + 1);
    return name;
}

// ---------------------------------------------------------------------------------------------
// Scopes

bool FleetHeatmap::validScope(const Scope& s) const
{
    if (s.kind == Scope::Kind::Fleet)
        return true;
    if (!m_topology || s.index < 0)
        return false;
    const model::Topology& t = *m_topology;
    switch (s.kind) {
    case Scope::Kind::Team: return s.index < t.teamCount();
    case Scope::Kind::Prime: return s.index < t.primeCount();
    case Scope::Kind::Domain: return s.index < t.domainCount();
    case Scope::Kind::Agent: return s.index < t.agentCount();
    case Scope::Kind::Fleet:
    case Scope::Kind::Pool: break;
    }
    return false;
}

Scope FleetHeatmap::parentOf(const Scope& s) const
{
    if (!validScope(s) || s.kind == Scope::Kind::Fleet)
        return Scope::fleet();
    const model::Topology& t = *m_topology;
    const auto i = static_cast<std::size_t>(s.index);
    switch (s.kind) {
    case Scope::Kind::Agent: return {Scope::Kind::Domain, static_cast<int>(t.agentDomain[i])};
    case Scope::Kind::Domain: return {Scope::Kind::Prime, static_cast<int>(t.domainPrime[i])};
    case Scope::Kind::Prime: return {Scope::Kind::Team, static_cast<int>(t.primeTeam[i])};
    default: return Scope::fleet();
    }
}

bool FleetHeatmap::contains(const Scope& zoom, const Scope& s) const
{
    if (!validScope(s) || !validScope(zoom) || s == zoom || s.kind == Scope::Kind::Fleet)
        return false;
    for (Scope p = parentOf(s);; p = parentOf(p)) {
        if (p == zoom)
            return true;
        if (p.kind == Scope::Kind::Fleet)
            return false;
    }
}

bool FleetHeatmap::selectionOutsideZoom() const
{
    if (!m_selection)
        return false;
    const Scope s = m_selection->current();
    if (!validScope(s) || s.kind == Scope::Kind::Fleet || s == m_zoom)
        return false;
    return !contains(m_zoom, s) && !contains(s, m_zoom);
}

QString FleetHeatmap::note() const
{
    if (!selectionOutsideZoom())
        return {};
    return tr("Selected %1 is outside this view · Backspace zooms out").arg(scopeName(m_selection->current()));
}

// ---------------------------------------------------------------------------------------------
// Setup

FleetHeatmap::FleetHeatmap(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Fleet heatmap"));
    setAccessibleDescription(tr("One cell per agent, grouped by team, prime kosha and domain kosha"));
}

void FleetHeatmap::setSelectionModel(SelectionModel* selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &SelectionModel::changed, this, [this] {
            rebuildOutline();
            update();
        });
    rebuildOutline();
    update();
}

void FleetHeatmap::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot)
        return;
    if (m_snapshot && snapshot->serial == m_snapshot->serial && snapshot->topology == m_snapshot->topology)
        return;   // nothing new this frame
    m_snapshot = snapshot;
    if (snapshot->topology != m_topology || (snapshot->topology && snapshot->topology->version != m_topologyVersion)) {
        rebuildTree();
        if (!validScope(m_zoom)) {
            m_zoom = Scope::fleet();
            emit zoomChanged(m_zoom);
        }
        m_layoutDirty = true;
    }
    m_coloursDirty = true;
    if (!isVisible() || m_layoutDirty || size() != m_layoutSize) {
        update();   // coloured when painted
        return;
    }
    // Now, so range signals and the legend keep step with the data; repaint only what changed.
    m_dirty = QRect();
    ensureColours();
    if (!m_dirty.isEmpty())
        update(m_dirty.adjusted(-2, -2, 2, 2));
}

void FleetHeatmap::setMetric(model::Metric metric)
{
    if (metric == m_metric || metric == model::Metric::Count)
        return;
    m_metric = metric;
    m_coloursDirty = true;
    ensureColours();
    update();
}

void FleetHeatmap::setAutoRange(bool on)
{
    m_autoRange = on;
    m_coloursDirty = true;
    ensureColours();
    update();
}

void FleetHeatmap::setFixedRange(float lo, float hi)
{
    m_autoRange = false;
    const float oldLo = m_scale.low(), oldHi = m_scale.high();
    m_scale.setRange(lo, hi);
    m_coloursDirty = true;
    ensureColours();
    if (m_scale.low() != oldLo || m_scale.high() != oldHi)
        emit rangeChanged(m_scale.low(), m_scale.high());
    update();
}

void FleetHeatmap::setColorPalette(ColorScale::Palette palette)
{
    m_scale.setPalette(palette);
    m_coloursDirty = true;
    ensureColours();
    update();
}

const ColorScale& FleetHeatmap::scale() const
{
    ensureColours();   // the auto range follows the data
    return m_scale;
}

void FleetHeatmap::zoomTo(const Scope& target)
{
    Scope scope = target;
    if (scope.kind == Scope::Kind::Agent && validScope(scope))
        scope = parentOf(parentOf(scope));
    if (!validScope(scope) || scope == m_zoom)
        return;
    m_zoom = scope;
    m_layoutDirty = true;
    m_hover = -1;
    update();
    emit zoomChanged(m_zoom);
}

void FleetHeatmap::zoomOut()
{
    if (m_zoom.kind != Scope::Kind::Fleet)
        zoomTo(parentOf(m_zoom));
}

// ---------------------------------------------------------------------------------------------
// Hierarchy and layout (the geometry itself is heatmap_layout.cpp's)

void FleetHeatmap::rebuildTree()
{
    m_topology = m_snapshot ? m_snapshot->topology : nullptr;
    m_topologyVersion = m_topology ? m_topology->version : 0;
    m_tree = m_topology ? heatmap::Tree::build(*m_topology) : heatmap::Tree();
}

// The groups the zoom level shows, named for the screen.
void FleetHeatmap::buildSpecs()
{
    m_spec = heatmap::buildSpec(m_tree, m_topology->teamCount(), m_zoom);
    const auto agentsText = [](int n) { return n == 1 ? tr("1 agent") : tr("%1 agents").arg(QLocale().toString(n)); };
    for (heatmap::Band& b : m_spec.bands) {
        b.label = shortName(b.group);
        b.sub = agentsText(m_tree.agentsIn(b.group));
    }
    if (m_zoom.kind == Scope::Kind::Domain || m_zoom.kind == Scope::Kind::Agent)
        m_spec.bands.back().label = m_topology->domains[m_zoom.index];
    for (heatmap::Segment& s : m_spec.segs)
        if (s.captioned)
            s.caption = shortName(s.group);
}

void FleetHeatmap::relayout()
{
    m_layoutDirty = false;
    m_layoutSize = size();
    ++m_layoutCount;
    m_outline.clear();
    m_hover = -1;
    if (!m_topology || m_topology->agentCount() == 0 || width() < 8 || height() < 8) {
        m_layout.boxes.clear();
        m_layout.boxOfDomain.clear();
        m_layout.pieces.clear();
        m_layout.texts.clear();
        m_layout.separators.clear();
        m_image = QImage();
        m_slotAgent.clear();
        m_slotOffset.clear();
        m_slotDrawn.clear();
        return;
    }
    buildSpecs();
    // Few agents on screen may use bigger cells; the fleet and a team stay compact.
    const int maxCell = m_zoom.kind == Scope::Kind::Prime || m_zoom.kind == Scope::Kind::Domain ? kMaxZoomedCell : kMaxCell;
    m_layout = heatmap::layOut(m_tree, m_spec, m_topology->domainCount(), size(), font(), maxCell);

    drawBase();
    buildSlots();
    m_coloursDirty = true;
    rebuildOutline();
}

void FleetHeatmap::drawBase()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_image.size() != pixels || m_image.devicePixelRatio() != dpr) {
        m_image = QImage(pixels, QImage::Format_RGB32);
        m_image.setDevicePixelRatio(dpr);
    }
    const QPalette pal = palette();
    m_image.fill(pal.color(QPalette::Window));
    QPainter p(&m_image);
    QColor sep = pal.color(QPalette::WindowText);
    sep.setAlphaF(0.12f);
    for (const QRect& r : m_layout.separators)
        p.fillRect(r, sep);
    // On a dark background the dark end of the scale would melt into it: a lighter plate under
    // the occupied cells makes the 1 px gaps between cells and the domain blocks visible.
    if (pal.color(QPalette::Window).lightness() < 128) {
        const QColor plate = pal.color(QPalette::Window).lighter(170);
        for (const heatmap::Box& b : m_layout.boxes) {
            const int n = m_tree.domainAgentCount(b.domain), full = n / b.cols, rest = n % b.cols;
            const int span = m_layout.p.s - m_layout.p.inset;
            if (full > 0)
                p.fillRect(QRect(b.rect.x() - m_layout.p.inset, b.rect.y() - m_layout.p.inset, b.cols * m_layout.p.s + m_layout.p.inset, full * m_layout.p.s + m_layout.p.inset), plate);
            if (rest > 0)
                p.fillRect(QRect(b.rect.x() - m_layout.p.inset, b.rect.y() + full * m_layout.p.s - m_layout.p.inset, rest * m_layout.p.s + m_layout.p.inset, span + 2 * m_layout.p.inset), plate);
        }
    }

    // Plain baseline text (no layout engine), one font at a time: labels stay cheap to redraw.
    const QFont bf = bandFont(font()), cf = captionFont(font());
    const QFontMetrics bfm(bf), cfm(cf);
    QColor muted = pal.color(QPalette::WindowText);
    muted.setAlphaF(0.62f);
    const auto fitted = [](const QFontMetrics& fm, const QString& text, int width) {
        if (fm.horizontalAdvance(text) <= width)
            return text;
        const QString e = fm.elidedText(text, Qt::ElideRight, width);
        return e.size() < 3 ? QString() : e;   // a lone ellipsis says nothing
    };
    p.setFont(bf);
    p.setPen(pal.color(QPalette::WindowText));
    for (const heatmap::Text& t : m_layout.texts)
        if (t.band)   // aligned with the first row of cells, below any caption strip
            p.drawText(QPoint(t.rect.x(), t.rect.y() + m_layout.p.capH - 2 + bfm.ascent()), fitted(bfm, t.text, t.rect.width()));
    p.setFont(cf);
    p.setPen(muted);
    for (const heatmap::Text& t : m_layout.texts) {
        if (t.band) {
            const int top = t.rect.y() + m_layout.p.capH - 2 + bfm.height();
            if (top + cfm.height() <= t.rect.bottom() + 1)
                p.drawText(QPoint(t.rect.x(), top + cfm.ascent()), fitted(cfm, t.sub, t.rect.width()));
        } else {
            p.drawText(QPoint(t.rect.x(), t.rect.y() + (t.rect.height() - cfm.height()) / 2 + cfm.ascent()), fitted(cfm, t.text, t.rect.width()));
        }
    }
}

void FleetHeatmap::ensureLayout() const
{
    // Hidden widgets get their resize event only when shown: compare the size as well.
    if (m_layoutDirty || size() != m_layoutSize || (!m_image.isNull() && m_image.devicePixelRatio() != devicePixelRatioF()))
        const_cast<FleetHeatmap*>(this)->relayout();
}

void FleetHeatmap::ensureColours() const
{
    ensureLayout();
    if (m_coloursDirty)
        const_cast<FleetHeatmap*>(this)->recolour();
}

// Every drawable cell in drawing order with its agent and its top-left pixel in the image, so
// that recolouring is one straight pass without any geometry.
void FleetHeatmap::buildSlots()
{
    m_slotAgent.clear();
    m_slotOffset.clear();
    m_slotAgent.reserve(m_tree.domainAgents.size());
    m_slotOffset.reserve(m_tree.domainAgents.size());
    const qreal dpr = m_image.devicePixelRatio();
    const int paint = m_layout.p.s - m_layout.p.inset;
    m_slotSide = std::max(1, qRound(paint * dpr));
    const bool unit = dpr == 1.0;
    const int imgW = m_image.width(), imgH = m_image.height();
    const qsizetype stride = m_image.bytesPerLine() / static_cast<qsizetype>(sizeof(QRgb));
    for (const heatmap::Box& b : m_layout.boxes) {
        int col = 0, row = 0;
        for (int k = m_tree.domainStart[static_cast<std::size_t>(b.domain)]; k < m_tree.domainStart[static_cast<std::size_t>(b.domain) + 1]; ++k) {
            const int lx = b.rect.x() + col * m_layout.p.s, ly = b.rect.y() + row * m_layout.p.s;
            const int x = unit ? lx : qRound(lx * dpr), y = unit ? ly : qRound(ly * dpr);
            // Cells that do not fit (a view too small for every agent) are left out, not clipped.
            if (x >= 0 && y >= 0 && x + m_slotSide <= imgW && y + m_slotSide <= imgH) {
                m_slotAgent.push_back(m_tree.domainAgents[static_cast<std::size_t>(k)]);
                m_slotOffset.push_back(static_cast<std::uint32_t>(y * stride + x));
            }
            if (++col == b.cols) {
                col = 0;
                ++row;
            }
        }
    }
    m_slotDrawn.assign(m_slotAgent.size(), 0);
}

namespace {
// The same arithmetic as ColorScale::map, inlined for the per-cell loop.
inline QRgb mapValue(const ColorScale& scale, float lo, float span, float v)
{
    if (std::isnan(v))
        return ColorScale::noData();
    const float t = (v - lo) / span;
    return scale.at(static_cast<int>(std::clamp(t, 0.0f, 1.0f) * 255.0f + 0.5f));
}

template <int Side>
inline void fillCell(QRgb* p, qsizetype stride, int side, QRgb rgb)
{
    const int n = Side > 0 ? Side : side;
    for (int r = 0; r < n; ++r, p += stride)
        for (int c = 0; c < n; ++c)
            p[c] = rgb;
}
} // namespace

// Only cells whose colour changed are written; nothing else in the image is touched.
void FleetHeatmap::recolour()
{
    m_coloursDirty = false;
    if (!m_snapshot || m_image.isNull() || !m_topology)
        return;
    const model::AgentColumns& a = m_snapshot->agents;
    const std::size_t n = a.size();
    const std::size_t count = m_slotAgent.size();
    const int* agent = m_slotAgent.data();
    const bool state = m_metric == model::Metric::State;

    // Pass 1: the shown agents' values in drawing order (one switch per frame, not per cell).
    if (!state) {
        m_values.resize(count);
        float* out = m_values.data();
        const auto gather = [&](auto value) {
            for (std::size_t j = 0; j < count; ++j) {
                const auto i = static_cast<std::size_t>(agent[j]);
                out[j] = i < n ? value(i) : NAN;
            }
        };
        switch (m_metric) {
        case model::Metric::LatencyP99: gather([&](std::size_t i) { return a.latencyP99Ms[i]; }); break;
        case model::Metric::QueueDepth: gather([&](std::size_t i) { return static_cast<float>(a.queueDepth[i]); }); break;
        case model::Metric::Throughput: gather([&](std::size_t i) { return a.throughput[i]; }); break;
        case model::Metric::ErrorRate: gather([&](std::size_t i) { return a.errorRate[i]; }); break;
        default: gather([&](std::size_t i) { return model::agentValue(a, m_metric, i); }); break;
        }
        if (m_autoRange) {
            float lo = INFINITY, hi = -INFINITY;
            for (std::size_t j = 0; j < count; ++j)
                if (std::isfinite(out[j])) {
                    lo = std::min(lo, out[j]);
                    hi = std::max(hi, out[j]);
                }
            if (!std::isfinite(lo))
                lo = 0, hi = 1;
            const float oldLo = m_scale.low(), oldHi = m_scale.high();
            m_scale.setRange(lo, hi);
            if (m_scale.low() != oldLo || m_scale.high() != oldHi)
                emit rangeChanged(m_scale.low(), m_scale.high());
        }
    }

    // Pass 2: colours; only cells whose colour changed are written.
    QRgb stateLut[8];
    for (int st = 0; st < 8; ++st)
        stateLut[st] = stateColor(st).rgb();
    const float lo = m_scale.low(), span = m_scale.high() - m_scale.low();
    QRgb* pixels = reinterpret_cast<QRgb*>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / static_cast<qsizetype>(sizeof(QRgb));
    const std::uint32_t* offset = m_slotOffset.data();
    QRgb* drawn = m_slotDrawn.data();
    const float* value = m_values.data();
    const int side = m_slotSide;
    std::uint32_t first = UINT32_MAX, last = 0;
    const auto pass = [&](auto fill) {
        for (std::size_t j = 0; j < count; ++j) {
            QRgb rgb;
            if (state) {
                const auto i = static_cast<std::size_t>(agent[j]);
                rgb = i < n ? stateLut[a.state[i] & 7] : ColorScale::noData();
            } else {
                rgb = mapValue(m_scale, lo, span, value[j]);
            }
            if (drawn[j] == rgb)
                continue;
            drawn[j] = rgb;
            fill(pixels + offset[j], stride, side, rgb);
            first = std::min(first, offset[j]);
            last = std::max(last, offset[j]);
        }
    };
    // The common small sizes unrolled: 100,000 agents give 1..3 px cells.
    switch (side) {
    case 1: pass(fillCell<1>); break;
    case 2: pass(fillCell<2>); break;
    case 3: pass(fillCell<3>); break;
    default: pass(fillCell<0>); break;
    }
    if (first <= last) {
        // Rows touched, in widget coordinates, for a partial repaint.
        const qreal dpr = m_image.devicePixelRatio();
        const int y0 = static_cast<int>(first / static_cast<std::uint32_t>(stride));
        const int y1 = static_cast<int>(last / static_cast<std::uint32_t>(stride)) + side;
        m_dirty |= QRect(0, static_cast<int>(y0 / dpr), width(), static_cast<int>(std::ceil((y1 - y0) / dpr)) + 1);
    }
}

void FleetHeatmap::rebuildOutline()
{
    m_outline.clear();
    if (!m_selection || m_layoutDirty)
        return;   // rebuilt at the end of the next layout
    const Scope s = m_selection->current();
    if (!contains(m_zoom, s))
        return;
    if (s.kind == Scope::Kind::Agent) {
        QRect r = cellRect(s.index);
        if (r.isEmpty())
            return;
        // Tiny cells still get a box the eye can find.
        const int side = std::max(r.width() + 4, 9);
        m_outline.append(QRect(0, 0, side, side).translated(r.center() - QPoint(side / 2, side / 2)));
        return;
    }
    for (const heatmap::Piece& p : m_layout.pieces)
        if (p.group == s)
            m_outline.append(p.rect.adjusted(-2, -2, 2 - m_layout.p.inset, 2 - m_layout.p.inset));
    if (m_outline.isEmpty() && s.kind == Scope::Kind::Domain) {
        const int b = m_layout.boxOfDomain[static_cast<std::size_t>(s.index)];
        if (b >= 0)
            m_outline.append(m_layout.boxes[static_cast<std::size_t>(b)].rect.adjusted(-2, -2, 2 - m_layout.p.inset, 2 - m_layout.p.inset));
    }
}

QList<QRect> FleetHeatmap::outlineRects() const
{
    ensureLayout();
    return m_outline;
}

// ---------------------------------------------------------------------------------------------
// Queries

int FleetHeatmap::cellSize() const
{
    ensureLayout();
    return m_layout.p.s;
}

QRect FleetHeatmap::cellRect(int agent) const
{
    ensureLayout();
    if (!m_topology || agent < 0 || agent >= m_topology->agentCount() || m_layout.boxOfDomain.empty())
        return {};
    const auto d = m_topology->agentDomain[static_cast<std::size_t>(agent)];
    if (d >= m_layout.boxOfDomain.size())
        return {};
    const int b = m_layout.boxOfDomain[d];
    if (b < 0)
        return {};
    const heatmap::Box& box = m_layout.boxes[static_cast<std::size_t>(b)];
    const int k = m_tree.slot[static_cast<std::size_t>(agent)];
    const int paint = m_layout.p.s - m_layout.p.inset;
    return QRect(box.rect.x() + (k % box.cols) * m_layout.p.s, box.rect.y() + (k / box.cols) * m_layout.p.s, paint, paint);
}

QRgb FleetHeatmap::cellColor(int agent) const
{
    ensureColours();
    const QRect r = cellRect(agent);
    if (r.isEmpty() || m_image.isNull())
        return 0;
    const QPoint px = (QPointF(r.center()) * m_image.devicePixelRatio()).toPoint();
    return m_image.valid(px) ? m_image.pixel(px) : 0;
}

Scope FleetHeatmap::scopeAt(QPoint pos) const
{
    ensureLayout();
    for (const heatmap::Box& b : m_layout.boxes) {
        if (!b.rect.contains(pos))
            continue;
        const int col = (pos.x() - b.rect.x()) / m_layout.p.s, row = (pos.y() - b.rect.y()) / m_layout.p.s;
        const int k = row * b.cols + col;
        if (k < m_tree.domainAgentCount(b.domain))
            return {Scope::Kind::Agent, m_tree.domainAgents[static_cast<std::size_t>(m_tree.domainStart[static_cast<std::size_t>(b.domain)] + k)]};
        return {Scope::Kind::Domain, b.domain};
    }
    for (const heatmap::Text& t : m_layout.texts)
        if (t.rect.contains(pos))
            return t.group;
    return {Scope::Kind::Fleet, -1};
}

int FleetHeatmap::agentAt(QPoint pos) const
{
    const Scope s = scopeAt(pos);
    return s.kind == Scope::Kind::Agent ? s.index : -1;
}

QString FleetHeatmap::toolTipText(int agent) const
{
    if (!m_snapshot || !m_topology || agent < 0 || agent >= m_topology->agentCount())
        return {};
    const model::Topology& t = *m_topology;
    const auto i = static_cast<std::size_t>(agent);
    const auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td style='padding-right:10px'>%1</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString text = QStringLiteral("<b>%1</b><table>").arg(t.agents[agent].toHtmlEscaped());
    text += row(tr("Domain kosha"), t.domains[static_cast<int>(t.agentDomain[i])]);
    text += row(tr("Prime kosha"), t.primes[static_cast<int>(t.agentPrime[i])]);
    text += row(tr("Team"), t.teams[static_cast<int>(t.agentTeam[i])]);
    const model::AgentColumns& a = m_snapshot->agents;
    if (i < a.size()) {
        text += QStringLiteral("<tr><td colspan='2'></td></tr>");
        text += row(tr("State"), stateName(a.state[i]));
        for (int m = 0; m < model::kMetricCount; ++m) {
            const auto metric = static_cast<model::Metric>(m);
            if (metric != model::Metric::State)
                text += row(metricName(metric), formatValue(metric, model::agentValue(a, metric, i)));
        }
    }
    return text + QStringLiteral("</table>");
}

QString FleetHeatmap::groupToolTipText(const Scope& s) const
{
    if (!validScope(s) || s.kind == Scope::Kind::Fleet || s.kind == Scope::Kind::Agent || !m_snapshot)
        return {};
    QString text = QStringLiteral("<b>%1</b>").arg(scopeName(s).toHtmlEscaped());
    const auto& groups = m_snapshot->rollups.at(s.kind);
    if (static_cast<std::size_t>(s.index) < groups.size()) {
        const model::GroupStats& g = groups[static_cast<std::size_t>(s.index)];
        text += QStringLiteral("<br>") + tr("%1 agents: %2 busy, %3 waiting, %4 failed").arg(g.agents).arg(g.busy).arg(g.waiting).arg(g.failed);
        if (m_metric != model::Metric::State)
            text += QStringLiteral("<br>") +
                    tr("%1: %2").arg(metricName(m_metric), formatValue(m_metric, model::groupValue(g, m_metric))).toHtmlEscaped();
    }
    text += QStringLiteral("<br><i>%1</i>").arg(tr("Click to select, double-click to zoom in").toHtmlEscaped());
    return text;
}

// ---------------------------------------------------------------------------------------------
// Painting and input

void FleetHeatmap::paintEvent(QPaintEvent* e)
{
    ensureColours();
    QPainter p(this);
    if (m_image.isNull()) {
        p.fillRect(rect(), palette().color(QPalette::Window));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_topology ? tr("No agents to show") : tr("Waiting for the fleet's topology…"));
        return;
    }
    const QRect r = e->rect();
    const qreal dpr = m_image.devicePixelRatio();
    p.drawImage(r, m_image, QRectF(QPointF(r.topLeft()) * dpr, QSizeF(r.size()) * dpr));

    const QColor ink = palette().color(QPalette::WindowText);
    const QColor halo = palette().color(QPalette::Window).lightness() > 128 ? QColor(Qt::white) : QColor(Qt::black);
    paintCellTexts(p, r);
    if (m_hover >= 0 && m_layout.p.s >= 4) {
        const QRect c = cellRect(m_hover);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(halo, 1));
        p.drawRect(c.adjusted(0, 0, -1, -1));
        p.setPen(QPen(ink, 1));
        p.drawRect(c.adjusted(-1, -1, 0, 0));
    }
    // Selection: a dark line inside a light halo stays visible on every cell colour and background.
    for (const QRect& o : m_outline) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(halo, 4, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.drawRect(o);
        p.setPen(QPen(ink, 2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.drawRect(o);
    }
    const QString n = note();
    if (!n.isEmpty()) {
        const QFontMetrics fm = fontMetrics();
        const QString text = fm.elidedText(n, Qt::ElideMiddle, width() - 4 * kMargin);
        const QRect box(kMargin, height() - kMargin - fm.height() - 6, fm.horizontalAdvance(text) + 16, fm.height() + 6);
        QColor fill = palette().color(QPalette::ToolTipBase);
        fill.setAlpha(235);
        p.setPen(QPen(ink, 1));
        p.setBrush(fill);
        p.drawRoundedRect(box, 4, 4);
        p.setPen(palette().color(QPalette::ToolTipText));
        p.drawText(box, Qt::AlignCenter, text);
    }
}

// Zoomed into a prime or a domain the cells are large and few: print each agent's value (and,
// when there is room, its short name) on it, in black or white after the cell's lightness.
void FleetHeatmap::paintCellTexts(QPainter& p, const QRect& exposed)
{
    if (!m_snapshot || m_layout.p.s < 36 || (m_zoom.kind != Scope::Kind::Prime && m_zoom.kind != Scope::Kind::Domain))
        return;
    const model::AgentColumns& a = m_snapshot->agents;
    const QFont valueFont = bandFont(font());
    const QFont nameFont = captionFont(font());
    const QFontMetrics vfm(valueFont), nfm(nameFont);
    const bool names = m_layout.p.s >= 56;
    const std::size_t count = m_slotAgent.size();
    for (std::size_t j = 0; j < count; ++j) {
        const int agent = m_slotAgent[j];
        const QRect c = cellRect(agent);
        if (!c.intersects(exposed) || static_cast<std::size_t>(agent) >= a.size())
            continue;
        const QRgb rgb = m_slotDrawn[j];
        const bool light = qRed(rgb) * 299 + qGreen(rgb) * 587 + qBlue(rgb) * 114 > 140'000;
        p.setPen(light ? QColor(20, 20, 20) : QColor(245, 245, 245));
        const float v = model::agentValue(a, m_metric, static_cast<std::size_t>(agent));
        QString text = formatValue(m_metric, v);
        if (m_metric != model::Metric::State && !unitText(m_metric).isEmpty())
            text.chop(unitText(m_metric).size() + 1);   // the legend carries the unit
        p.setFont(valueFont);
        p.drawText(c, Qt::AlignCenter, vfm.elidedText(text, Qt::ElideRight, c.width() - 4));
        if (names) {
            p.setFont(nameFont);
            p.drawText(c.adjusted(3, 2, -3, 0), Qt::AlignLeft | Qt::AlignTop,
                       nfm.elidedText(shortName({Scope::Kind::Agent, agent}), Qt::ElideRight, c.width() - 6));
        }
    }
}

void FleetHeatmap::resizeEvent(QResizeEvent*)
{
    m_layoutDirty = true;
}

void FleetHeatmap::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange) {
        m_layoutDirty = true;
        update();
    }
    QWidget::changeEvent(e);
}

void FleetHeatmap::setHover(int agent)
{
    if (agent == m_hover)
        return;
    const QRect old = cellRect(m_hover);
    m_hover = agent;
    if (!old.isEmpty())
        update(old.adjusted(-2, -2, 2, 2));
    const QRect now = cellRect(agent);
    if (!now.isEmpty())
        update(now.adjusted(-2, -2, 2, 2));
}

void FleetHeatmap::mouseMoveEvent(QMouseEvent* e)
{
    setHover(agentAt(e->position().toPoint()));
    QWidget::mouseMoveEvent(e);
}

void FleetHeatmap::leaveEvent(QEvent* e)
{
    setHover(-1);
    QWidget::leaveEvent(e);
}

void FleetHeatmap::mousePressEvent(QMouseEvent* e)
{
    setFocus(Qt::MouseFocusReason);
    if (e->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(e);
    const Scope s = scopeAt(e->position().toPoint());
    if (s.kind != Scope::Kind::Fleet && m_selection)
        m_selection->select(s);
}

void FleetHeatmap::mouseDoubleClickEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(e);
    Scope s = scopeAt(e->position().toPoint());
    if (s.kind == Scope::Kind::Agent) {
        // A cell stands for the group one level below the current zoom.
        while (s.kind != Scope::Kind::Fleet && parentOf(s) != m_zoom)
            s = parentOf(s);
        if (s.kind == Scope::Kind::Agent)
            return;   // already at the domain
    }
    if (s.kind != Scope::Kind::Fleet && contains(m_zoom, s))
        zoomTo(s);
}

void FleetHeatmap::keyPressEvent(QKeyEvent* e)
{
    if ((e->key() == Qt::Key_Backspace || e->key() == Qt::Key_Escape) && m_zoom.kind != Scope::Kind::Fleet) {
        zoomOut();
        return;
    }
    QWidget::keyPressEvent(e);
}

bool FleetHeatmap::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const Scope s = scopeAt(help->pos());
        const QString text = s.kind == Scope::Kind::Agent ? toolTipText(s.index) : groupToolTipText(s);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace omega::widgets
