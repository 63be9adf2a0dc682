#include "widgets/fleet_heatmap.h"

#include "protocol/telemetry.pb.h"

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
constexpr int kMargin = 6;
constexpr int kLabelGap = 10;       // between the label column and the cells
constexpr int kColumnGap = 18;      // between columns of bands
constexpr int kMaxCell = 44;        // larger cells only waste the eye's travel
constexpr int kMaxZoomedCell = 72;  // a prime or domain: room for the value inside each cell

QFont captionFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8);
    return f;
}

QFont bandFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

int ceilDiv(int a, int b) { return (a + b - 1) / b; }
} // namespace

// ---------------------------------------------------------------------------------------------
// Names and formatting

QColor FleetHeatmap::stateColor(int state)
{
    // Okabe-Ito blue / orange / vermilion plus a neutral grey: told apart with the common
    // colour-vision deficiencies, and never confused with the viridis ramp of the other metrics.
    switch (state) {
    case omega::v1::AGENT_STATE_IDLE: return QColor(176, 176, 176);
    case omega::v1::AGENT_STATE_BUSY: return QColor(0, 114, 178);
    case omega::v1::AGENT_STATE_WAITING: return QColor(230, 159, 0);
    case omega::v1::AGENT_STATE_FAILED: return QColor(213, 94, 0);
    default: return QColor(96, 96, 96);
    }
}

QString FleetHeatmap::stateName(int state)
{
    switch (state) {
    case omega::v1::AGENT_STATE_IDLE: return tr("idle");
    case omega::v1::AGENT_STATE_BUSY: return tr("busy");
    case omega::v1::AGENT_STATE_WAITING: return tr("waiting");
    case omega::v1::AGENT_STATE_FAILED: return tr("failed");
    default: return tr("unknown");
    }
}

QString FleetHeatmap::metricName(model::Metric m)
{
    switch (m) {
    case model::Metric::LatencyP99: return tr("p99 latency");
    case model::Metric::QueueDepth: return tr("Queue depth");
    case model::Metric::Utilisation: return tr("Utilisation");
    case model::Metric::ErrorRate: return tr("Error rate");
    case model::Metric::Throughput: return tr("Throughput");
    case model::Metric::State: return tr("State");
    case model::Metric::Count: break;
    }
    return {};
}

QString FleetHeatmap::unitText(model::Metric m)
{
    switch (m) {
    case model::Metric::LatencyP99: return tr("ms");
    case model::Metric::QueueDepth: return tr("stages");
    case model::Metric::Utilisation: return tr("%");
    case model::Metric::ErrorRate: return tr("failed/s");
    case model::Metric::Throughput: return tr("stages/s");
    case model::Metric::State:
    case model::Metric::Count: break;
    }
    return {};
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
    case Scope::Kind::Fleet: break;
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
    case Scope::Kind::Fleet: return {};
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
    case Scope::Kind::Fleet: break;
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
// Hierarchy and layout

void FleetHeatmap::rebuildTree()
{
    m_topology = m_snapshot ? m_snapshot->topology : nullptr;
    m_topologyVersion = m_topology ? m_topology->version : 0;
    m_tree = Tree();
    if (!m_topology)
        return;
    const model::Topology& t = *m_topology;
    // Counting sort of children under their parents keeps topology order inside each group.
    auto group = [](const std::vector<std::uint32_t>& parentOf, int parents, std::vector<int>& start, std::vector<int>& items,
                    std::vector<int>* slot) {
        start.assign(static_cast<std::size_t>(parents) + 1, 0);
        for (std::uint32_t p : parentOf)
            if (static_cast<int>(p) < parents)
                ++start[p + 1];
        for (int p = 0; p < parents; ++p)
            start[static_cast<std::size_t>(p) + 1] += start[static_cast<std::size_t>(p)];
        items.assign(static_cast<std::size_t>(start.back()), 0);
        std::vector<int> next(start.begin(), start.end() - 1);
        if (slot)
            slot->assign(parentOf.size(), 0);
        for (std::size_t i = 0; i < parentOf.size(); ++i) {
            const std::uint32_t p = parentOf[i];
            if (static_cast<int>(p) >= parents)
                continue;
            if (slot)
                (*slot)[i] = next[p] - start[p];
            items[static_cast<std::size_t>(next[p]++)] = static_cast<int>(i);
        }
    };
    group(t.agentDomain, t.domainCount(), m_tree.domainStart, m_tree.domainAgents, &m_tree.slot);
    group(t.domainPrime, t.primeCount(), m_tree.primeStart, m_tree.primeDomains, nullptr);
    group(t.primeTeam, t.teamCount(), m_tree.teamStart, m_tree.teamPrimes, nullptr);
}

int FleetHeatmap::domainAgentCount(int d) const
{
    return m_tree.domainStart[static_cast<std::size_t>(d) + 1] - m_tree.domainStart[static_cast<std::size_t>(d)];
}

void FleetHeatmap::buildSpecs()
{
    m_bands.clear();
    m_segs.clear();
    m_specDomains.clear();
    const auto agentsIn = [this](const Scope& s) {
        int n = 0;
        const auto addDomain = [&](int d) { n += domainAgentCount(d); };
        const auto addPrime = [&](int p) {
            for (int k = m_tree.primeStart[static_cast<std::size_t>(p)]; k < m_tree.primeStart[static_cast<std::size_t>(p) + 1]; ++k)
                addDomain(m_tree.primeDomains[static_cast<std::size_t>(k)]);
        };
        if (s.kind == Scope::Kind::Domain)
            addDomain(s.index);
        else if (s.kind == Scope::Kind::Prime)
            addPrime(s.index);
        else if (s.kind == Scope::Kind::Team)
            for (int k = m_tree.teamStart[static_cast<std::size_t>(s.index)]; k < m_tree.teamStart[static_cast<std::size_t>(s.index) + 1]; ++k)
                addPrime(m_tree.teamPrimes[static_cast<std::size_t>(k)]);
        return n;
    };
    const auto agentsText = [](int n) { return n == 1 ? tr("1 agent") : tr("%1 agents").arg(QLocale().toString(n)); };
    const auto addBand = [&](const Scope& g) {
        m_bands.push_back({g, shortName(g), agentsText(agentsIn(g)), static_cast<int>(m_segs.size()), 0});
    };
    const auto addSeg = [&](const Scope& g, bool caption, const std::vector<int>& domains) {
        m_segs.push_back({g, caption ? shortName(g) : QString(), static_cast<int>(m_specDomains.size()), static_cast<int>(domains.size())});
        m_specDomains.insert(m_specDomains.end(), domains.begin(), domains.end());
        ++m_bands.back().segCount;
    };
    const auto domainsOf = [this](int p) {
        return std::vector<int>(m_tree.primeDomains.begin() + m_tree.primeStart[static_cast<std::size_t>(p)],
                                m_tree.primeDomains.begin() + m_tree.primeStart[static_cast<std::size_t>(p) + 1]);
    };
    const auto primesOf = [this](int t) {
        return std::vector<int>(m_tree.teamPrimes.begin() + m_tree.teamStart[static_cast<std::size_t>(t)],
                                m_tree.teamPrimes.begin() + m_tree.teamStart[static_cast<std::size_t>(t) + 1]);
    };
    switch (m_zoom.kind) {
    case Scope::Kind::Fleet:
        for (int t = 0; t < m_topology->teamCount(); ++t) {
            addBand({Scope::Kind::Team, t});
            for (int p : primesOf(t))
                addSeg({Scope::Kind::Prime, p}, true, domainsOf(p));
        }
        break;
    case Scope::Kind::Team:
        for (int p : primesOf(m_zoom.index)) {
            addBand({Scope::Kind::Prime, p});
            for (int d : domainsOf(p))
                addSeg({Scope::Kind::Domain, d}, true, {d});
        }
        break;
    case Scope::Kind::Prime:
        for (int d : domainsOf(m_zoom.index)) {
            addBand({Scope::Kind::Domain, d});
            addSeg({Scope::Kind::Domain, d}, false, {d});
        }
        break;
    case Scope::Kind::Domain:
    case Scope::Kind::Agent:
        addBand(m_zoom);
        m_bands.back().label = m_topology->domains[m_zoom.index];
        addSeg(m_zoom, false, {m_zoom.index});
        break;
    }
    // Bands without any domain still get their label (an empty band), so nothing silently vanishes.
}

FleetHeatmap::Params FleetHeatmap::gaps(int s, bool captions) const
{
    Params p;
    p.s = s;
    // Gaps grow with the cells so that the hierarchy reads at every size: cells < domains < primes < bands.
    p.inset = s >= 8 ? 1 : 0;
    p.gapDomain = s >= 8 ? 3 : s >= 3 ? 2 : 1;
    p.gapSeg = s >= 8 ? 8 : s >= 3 ? 5 : 3;
    p.gapLine = p.gapSeg;
    p.gapBand = 9;
    p.capH = captions ? QFontMetrics(captionFont(font())).height() + 1 : 0;
    p.minBandH = QFontMetrics(bandFont(font())).height();
    return p;
}

// Places the bands in p.bandCols columns (row by row), each band a label column and its cells;
// segments and domain boxes flow in lines of p.rows cell rows of p.s px. Returns the height
// used, or -1 when a domain is wider than a line or the height passes limitH. With commit,
// records boxes, pieces, texts and separators relative to the top-left of the content area.
int FleetHeatmap::place(const Params& p, bool commit, int* usedW, int limitH)
{
    const int lineH = p.capH + p.rows * p.s;
    const int colPitch = p.labelW + kLabelGap + p.contentW + kColumnGap;
    int y = 0, rowH = 0, maxW = 0;
    for (std::size_t bi = 0; bi < m_bands.size(); ++bi) {
        const Band& band = m_bands[bi];
        const int column = static_cast<int>(bi) % p.bandCols;
        if (column == 0 && bi > 0) {
            y += rowH + p.gapBand;
            rowH = 0;
            if (commit)
                m_separators.push_back(QRect(0, y - (p.gapBand + 1) / 2, -1, 1));   // width set later
        }
        const int bx = column * colPitch + p.labelW + kLabelGap;   // the band's cells start here
        int line = 0, x = 0, bandW = 0;
        int lineTop = y;
        const auto newLine = [&] {
            ++line;
            x = 0;
            lineTop = y + line * (lineH + p.gapLine);
        };
        for (int si = band.firstSeg; si < band.firstSeg + band.segCount; ++si) {
            const Segment& seg = m_segs[static_cast<std::size_t>(si)];
            const int* counts = m_specCounts.data() + seg.first;
            int segW = std::max(0, seg.count - 1) * p.gapDomain;
            for (int k = 0; k < seg.count; ++k)
                segW += ceilDiv(counts[k], p.rows) * p.s;
            if (x > 0) {
                if (x + p.gapSeg + segW <= p.contentW)
                    x += p.gapSeg;
                else
                    newLine();
            }
            int pieceX = x;
            bool firstPiece = true;
            const auto closePiece = [&] {
                if (!commit || x <= pieceX)
                    return;
                const QRect r(bx + pieceX, lineTop, x - pieceX, lineH);
                if (seg.group != band.group)
                    m_pieces.push_back({seg.group, r.adjusted(0, p.capH, 0, 0)});
                if (firstPiece && p.capH > 0 && !seg.caption.isEmpty())
                    m_texts.push_back({seg.group, QRect(r.x(), r.y(), r.width(), p.capH), seg.caption, {}, false});
            };
            for (int k = 0; k < seg.count; ++k) {
                const int n = counts[k];
                const int cols = ceilDiv(n, p.rows);
                const int w = cols * p.s;
                if (w > p.contentW)
                    return -1;
                if (k > 0) {
                    if (x + p.gapDomain + w <= p.contentW) {
                        x += p.gapDomain;
                    } else {
                        closePiece();
                        newLine();
                        pieceX = 0;
                        firstPiece = false;
                    }
                }
                if (commit) {
                    const int d = m_specDomains[static_cast<std::size_t>(seg.first + k)];
                    m_boxOfDomain[static_cast<std::size_t>(d)] = static_cast<int>(m_boxes.size());
                    m_boxes.push_back({d, QRect(bx + x, lineTop + p.capH, w, ceilDiv(n, cols) * p.s), cols});
                }
                x += w;
                bandW = std::max(bandW, x);
            }
            closePiece();
            if (lineTop + lineH > limitH)
                return -1;
        }
        const int lines = line + 1;
        const int bandH = std::max(lines * lineH + line * p.gapLine, p.minBandH);
        if (commit) {
            m_pieces.push_back({band.group, QRect(bx, y + p.capH, std::max(bandW, 1), bandH - p.capH)});
            m_texts.push_back({band.group, QRect(bx - kLabelGap - p.labelW, y, p.labelW, bandH), band.label, band.sub, true});
        }
        rowH = std::max(rowH, bandH);
        maxW = std::max(maxW, bx + bandW);
        if (y + rowH > limitH)
            return -1;
    }
    if (usedW)
        *usedW = maxW;
    return m_bands.empty() ? 0 : y + rowH;
}

void FleetHeatmap::relayout()
{
    m_layoutDirty = false;
    m_layoutSize = size();
    ++m_layoutCount;
    m_boxes.clear();
    m_pieces.clear();
    m_texts.clear();
    m_separators.clear();
    m_outline.clear();
    m_hover = -1;
    if (!m_topology || m_topology->agentCount() == 0 || width() < 8 || height() < 8) {
        m_image = QImage();
        m_boxOfDomain.clear();
        m_slotAgent.clear();
        m_slotOffset.clear();
        m_slotDrawn.clear();
        return;
    }
    buildSpecs();
    m_boxOfDomain.assign(static_cast<std::size_t>(m_topology->domainCount()), -1);
    m_specCounts.resize(m_specDomains.size());
    int maxCount = 1;
    for (std::size_t i = 0; i < m_specDomains.size(); ++i) {
        m_specCounts[i] = std::max(1, domainAgentCount(m_specDomains[i]));   // an empty domain keeps one slot
        maxCount = std::max(maxCount, m_specCounts[i]);
    }
    // Few agents on screen may use bigger cells; the fleet and a team stay compact.
    const int maxCell = m_zoom.kind == Scope::Kind::Prime || m_zoom.kind == Scope::Kind::Domain ? kMaxZoomedCell : kMaxCell;

    // Label column: wide enough for the band names, never more than a fifth of the view.
    const QFontMetrics bfm(bandFont(font())), cfm(captionFont(font()));
    int labelW = 0;
    for (const Band& b : m_bands)
        labelW = std::max({labelW, bfm.horizontalAdvance(b.label), cfm.horizontalAdvance(b.sub)});
    labelW = std::clamp(labelW + 4, 40, std::max(40, width() / 5));
    const int availW = width() - 2 * kMargin;
    const int availH = height() - 2 * kMargin;
    const int bands = static_cast<int>(m_bands.size());

    // Largest cell size that fits, over the number of band columns (more columns where the view
    // is wide and low) and rows per line; captions only when they cost little.
    struct Choice { Params p; int usedH = 0; bool ok = false; int usedW = 0; };
    const auto search = [&](bool captions, int bandCols) {
        Params base = gaps(1, captions);
        base.bandCols = bandCols;
        base.labelW = labelW;
        base.contentW = (availW - (bandCols - 1) * kColumnGap) / bandCols - labelW - kLabelGap;
        const int bandRows = ceilDiv(bands, bandCols);
        const auto tryCell = [&](int s) {
            Choice c;
            double bestScore = -1;
            Params p = gaps(s, captions);
            p.bandCols = bandCols;
            p.labelW = labelW;
            p.contentW = base.contentW;
            // Every band needs one line at least, and the widest domain has to fit a line.
            const int perBand = (availH - (bandRows - 1) * p.gapBand) / std::max(1, bandRows);
            const int maxRows = (perBand - p.capH) / s;
            const int minRows = std::max(1, ceilDiv(maxCount, std::max(1, p.contentW / s)));
            for (int rows = minRows; rows <= maxRows; ++rows) {
                p.rows = rows;
                int w = 0;
                const int h = place(p, false, &w, availH);
                if (h < 0)
                    continue;
                // Among fits, the one filling width and height most evenly.
                const double score = std::min(static_cast<double>(h) / availH, static_cast<double>(w) / std::max(1, availW));
                if (score > bestScore) {
                    bestScore = score;
                    c = {p, h, true, w};
                }
            }
            return c;
        };
        Choice found;
        if (base.contentW < 24)
            return found;
        // Binary search on the cell size: feasibility is monotone in s up to rounding.
        int lo = 0, hi = std::clamp(std::min(base.contentW, availH), 1, maxCell);
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            Choice c = tryCell(mid);
            if (c.ok) {
                lo = mid;
                found = c;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    };
    const bool anyCaptions = std::any_of(m_segs.begin(), m_segs.end(), [](const Segment& s) { return !s.caption.isEmpty(); });
    Choice chosen;
    for (int bandCols = 1; bandCols <= std::min(4, std::max(1, bands)); ++bandCols) {
        Choice plain = search(false, bandCols);
        Choice pick = plain;
        if (anyCaptions) {
            const Choice withCaptions = search(true, bandCols);
            if (withCaptions.ok && (!plain.ok || withCaptions.p.s * 4 >= plain.p.s * 3))
                pick = withCaptions;
        }
        // One more column must buy clearly bigger cells: a single column reads best.
        if (pick.ok && (!chosen.ok || pick.p.s * 4 > chosen.p.s * 5))
            chosen = pick;
        if (chosen.ok && chosen.usedW * 5 >= availW * 4)
            break;   // bound by the width already: more columns only shrink the cells
    }
    if (!chosen.ok) {
        // Too small for every cell: 1 px cells, the least height, and the rest clipped.
        chosen.p = gaps(1, false);
        chosen.p.labelW = labelW;
        chosen.p.contentW = std::max(1, availW - labelW - kLabelGap);
        int bestH = -1;
        for (int rows = 1; rows <= std::max(1, availH); ++rows) {
            Params p = chosen.p;
            p.rows = rows;
            const int h = place(p, false);
            if (h >= 0 && (bestH < 0 || h < bestH)) {
                bestH = h;
                chosen.p.rows = rows;
            }
        }
        chosen.usedH = std::max(0, bestH);
    }
    m_p = chosen.p;
    int usedW = 0;
    place(m_p, true, &usedW);

    // Centre horizontally; keep it at the top so that it does not move.
    m_origin = QPoint(kMargin + std::max(0, (availW - usedW) / 2), kMargin);
    for (Box& b : m_boxes)
        b.rect.translate(m_origin);
    for (Piece& pc : m_pieces)
        pc.rect.translate(m_origin);
    for (Text& t : m_texts)
        t.rect.translate(m_origin);
    for (QRect& r : m_separators)
        r = QRect(m_origin.x(), r.y() + m_origin.y(), usedW, 1);
    // Columns of bands: a vertical rule in the middle of each column gap.
    const int colPitch = m_p.labelW + kLabelGap + m_p.contentW + kColumnGap;
    for (int c = 1; c < m_p.bandCols; ++c)
        m_separators.push_back(QRect(m_origin.x() + c * colPitch - (kColumnGap + 1) / 2, m_origin.y(), 1, chosen.usedH));

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
    for (const QRect& r : m_separators)
        p.fillRect(r, sep);
    // On a dark background the dark end of the scale would melt into it: a lighter plate under
    // the occupied cells makes the 1 px gaps between cells and the domain blocks visible.
    if (pal.color(QPalette::Window).lightness() < 128) {
        const QColor plate = pal.color(QPalette::Window).lighter(170);
        for (const Box& b : m_boxes) {
            const int n = domainAgentCount(b.domain), full = n / b.cols, rest = n % b.cols;
            const int span = m_p.s - m_p.inset;
            if (full > 0)
                p.fillRect(QRect(b.rect.x() - m_p.inset, b.rect.y() - m_p.inset, b.cols * m_p.s + m_p.inset, full * m_p.s + m_p.inset), plate);
            if (rest > 0)
                p.fillRect(QRect(b.rect.x() - m_p.inset, b.rect.y() + full * m_p.s - m_p.inset, rest * m_p.s + m_p.inset, span + 2 * m_p.inset), plate);
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
    for (const Text& t : m_texts)
        if (t.band)   // aligned with the first row of cells, below any caption strip
            p.drawText(QPoint(t.rect.x(), t.rect.y() + m_p.capH - 2 + bfm.ascent()), fitted(bfm, t.text, t.rect.width()));
    p.setFont(cf);
    p.setPen(muted);
    for (const Text& t : m_texts) {
        if (t.band) {
            const int top = t.rect.y() + m_p.capH - 2 + bfm.height();
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
    const int paint = m_p.s - m_p.inset;
    m_slotSide = std::max(1, qRound(paint * dpr));
    const bool unit = dpr == 1.0;
    const int imgW = m_image.width(), imgH = m_image.height();
    const qsizetype stride = m_image.bytesPerLine() / static_cast<qsizetype>(sizeof(QRgb));
    for (const Box& b : m_boxes) {
        int col = 0, row = 0;
        for (int k = m_tree.domainStart[static_cast<std::size_t>(b.domain)]; k < m_tree.domainStart[static_cast<std::size_t>(b.domain) + 1]; ++k) {
            const int lx = b.rect.x() + col * m_p.s, ly = b.rect.y() + row * m_p.s;
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
    for (const Piece& p : m_pieces)
        if (p.group == s)
            m_outline.append(p.rect.adjusted(-2, -2, 2 - m_p.inset, 2 - m_p.inset));
    if (m_outline.isEmpty() && s.kind == Scope::Kind::Domain) {
        const int b = m_boxOfDomain[static_cast<std::size_t>(s.index)];
        if (b >= 0)
            m_outline.append(m_boxes[static_cast<std::size_t>(b)].rect.adjusted(-2, -2, 2 - m_p.inset, 2 - m_p.inset));
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
    return m_p.s;
}

QRect FleetHeatmap::cellRect(int agent) const
{
    ensureLayout();
    if (!m_topology || agent < 0 || agent >= m_topology->agentCount() || m_boxOfDomain.empty())
        return {};
    const auto d = m_topology->agentDomain[static_cast<std::size_t>(agent)];
    if (d >= m_boxOfDomain.size())
        return {};
    const int b = m_boxOfDomain[d];
    if (b < 0)
        return {};
    const Box& box = m_boxes[static_cast<std::size_t>(b)];
    const int k = m_tree.slot[static_cast<std::size_t>(agent)];
    const int paint = m_p.s - m_p.inset;
    return QRect(box.rect.x() + (k % box.cols) * m_p.s, box.rect.y() + (k / box.cols) * m_p.s, paint, paint);
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
    for (const Box& b : m_boxes) {
        if (!b.rect.contains(pos))
            continue;
        const int col = (pos.x() - b.rect.x()) / m_p.s, row = (pos.y() - b.rect.y()) / m_p.s;
        const int k = row * b.cols + col;
        if (k < domainAgentCount(b.domain))
            return {Scope::Kind::Agent, m_tree.domainAgents[static_cast<std::size_t>(m_tree.domainStart[static_cast<std::size_t>(b.domain)] + k)]};
        return {Scope::Kind::Domain, b.domain};
    }
    for (const Text& t : m_texts)
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
    const auto level = s.kind == Scope::Kind::Team ? model::Level::Team : s.kind == Scope::Kind::Prime ? model::Level::Prime : model::Level::Domain;
    const auto& groups = m_snapshot->rollups.at(level);
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
    if (m_hover >= 0 && m_p.s >= 4) {
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
    if (!m_snapshot || m_p.s < 36 || (m_zoom.kind != Scope::Kind::Prime && m_zoom.kind != Scope::Kind::Domain))
        return;
    const model::AgentColumns& a = m_snapshot->agents;
    const QFont valueFont = bandFont(font());
    const QFont nameFont = captionFont(font());
    const QFontMetrics vfm(valueFont), nfm(nameFont);
    const bool names = m_p.s >= 56;
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
