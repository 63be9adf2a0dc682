// Over 600 lines on purpose: one widget whose squarified layout, labels, colouring, painting and
// input share the same rectangles; the next split would be the layout, as the heatmap did.
#include "widgets/kosha_treemap.h"

#include "widgets/kosha_names.h"
#include "model/metric_text.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace omega::widgets {

namespace {
using Kind = Scope::Kind;

constexpr double kRelayoutShare = 0.05;   // a domain's share of the view must move this much
constexpr qint64 kRelayoutMinMs = 1000;   // and data-driven relayouts come at most this often
constexpr double kIdleFloor = 0.1;        // idle domains get this share of the mean domain's work
constexpr int kMargin = 4;
constexpr int kTeamBorder = 4, kPrimeBorder = 2;
const std::vector<model::GroupStats> kNoGroups;

// Squarified layout: children sorted by weight are laid in rows along the shorter side of the
// remaining rectangle; a row grows while its worst aspect ratio improves.
void squarify(std::vector<std::pair<int, double>> items, QRectF rect, std::vector<QRectF>& out)
{
    std::erase_if(items, [](const auto& it) { return !(it.second > 0); });
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    double total = 0;
    for (const auto& it : items)
        total += it.second;
    if (items.empty() || total <= 0 || rect.width() <= 0 || rect.height() <= 0)
        return;
    const double scale = rect.width() * rect.height() / total;
    std::size_t i = 0;
    while (i < items.size()) {
        const double side = std::min(rect.width(), rect.height());
        double sum = 0, rmax = 0, rmin = std::numeric_limits<double>::infinity();
        double worst = std::numeric_limits<double>::infinity();
        std::size_t j = i;
        while (j < items.size()) {
            const double a = items[j].second * scale;
            const double s = sum + a, hi = std::max(rmax, a), lo = std::min(rmin, a);
            const double w = std::max(side * side * hi / (s * s), s * s / (side * side * lo));
            if (j > i && w > worst)
                break;
            sum = s, rmax = hi, rmin = lo, worst = w;
            ++j;
        }
        const double thickness = sum / side;
        const bool column = rect.width() >= rect.height();   // the short side is vertical
        double pos = column ? rect.top() : rect.left();
        for (std::size_t k = i; k < j; ++k) {
            const double len = items[k].second * scale / thickness;
            const auto id = static_cast<std::size_t>(items[k].first);
            out[id] = column ? QRectF(rect.left(), pos, thickness, len) : QRectF(pos, rect.top(), len, thickness);
            pos += len;
        }
        if (column)
            rect.setLeft(rect.left() + thickness);
        else
            rect.setTop(rect.top() + thickness);
        i = j;
    }
}

// Whole pixels with shared edges, so neighbours never leave a seam or overlap.
QRect snapped(const QRectF& r)
{
    const int x0 = static_cast<int>(std::lround(r.left())), y0 = static_cast<int>(std::lround(r.top()));
    const int x1 = static_cast<int>(std::lround(r.right())), y1 = static_cast<int>(std::lround(r.bottom()));
    return QRect(x0, y0, x1 - x0, y1 - y0);
}

QColor textOn(QRgb fill)
{
    return qGray(fill) > 140 ? QColor(20, 20, 20) : QColor(245, 245, 245);
}

QFont smaller(const QFont& base, double factor, QFont::Weight weight = QFont::Normal)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(7.0, f.pointSizeF() * factor));
    else
        f.setPixelSize(std::max(9, static_cast<int>(f.pixelSize() * factor)));
    f.setWeight(weight);
    return f;
}
} // namespace

KoshaTreemap::KoshaTreemap(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_sinceLayout.start();
    updateFormats();
}

void KoshaTreemap::updateFormats()
{
    m_locale = locale();
    switch (m_metric) {
    case model::Metric::LatencyP99: m_valueFormat = tr("%1 ms"); m_valueDecimals = 0; break;
    case model::Metric::QueueDepth: m_valueFormat = tr("%1 queued"); m_valueDecimals = 0; break;
    case model::Metric::Utilisation: m_valueFormat = tr("%1 %"); m_valueDecimals = 0; break;
    case model::Metric::ErrorRate: m_valueFormat = tr("%1 err/s"); m_valueDecimals = 2; break;
    case model::Metric::Throughput: m_valueFormat = tr("%1 /s"); m_valueDecimals = 1; break;
    case model::Metric::State: m_valueFormat = tr("%1 % active"); m_valueDecimals = 0; break;
    default: m_valueFormat = QStringLiteral("%1"); m_valueDecimals = 1; break;
    }
    m_detailFormat = tr("%1 agents · %2 stages/s");
    m_detailFormatOne = tr("1 agent · %1 stages/s");
    for (DomainLabel& l : m_labels)
        l.value.clear(), l.detail.clear();   // lay out again in the new words
}

void KoshaTreemap::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (snapshot == m_snapshot)
        return;
    const model::TopologyPtr topology = snapshot ? snapshot->topology : nullptr;
    const bool sameData = snapshot && m_snapshot && snapshot->serial == m_snapshot->serial && topology == m_topology;
    m_snapshot = snapshot;
    if (sameData)
        return;
    if (topology != m_topology) {
        m_topology = topology;
        rebuildTopology();
    }
    computeWork();
    if (!m_layoutDirty && m_layoutSize == size() && m_sinceLayout.elapsed() >= kRelayoutMinMs && workShifted())
        m_layoutDirty = true;
    recolour();
    update();
}

void KoshaTreemap::setSelectionModel(SelectionModel* selection)
{
    if (m_selection == selection)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection)
        connect(m_selection, &SelectionModel::changed, this, qOverload<>(&QWidget::update));
    update();
}

void KoshaTreemap::setMetric(model::Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    m_rangeFresh = true;
    updateFormats();
    recolour();
    update();
}

void KoshaTreemap::setSizeBy(SizeBy sizeBy)
{
    if (sizeBy == m_sizeBy)
        return;
    m_sizeBy = sizeBy;
    computeWork();
    m_layoutDirty = true;
    update();
}

void KoshaTreemap::setColorPalette(ColorScale::Palette palette)
{
    m_scale.setPalette(palette);
    recolour();
    update();
}

void KoshaTreemap::zoomTo(const Scope& scope)
{
    Scope z = scope;
    if (!m_topology)
        z = Scope::fleet();
    else if (z.kind == Kind::Team && (z.index < 0 || z.index >= m_topology->teamCount()))
        return;
    else if (z.kind == Kind::Prime && (z.index < 0 || z.index >= m_topology->primeCount()))
        return;
    else if (z.kind != Kind::Fleet && z.kind != Kind::Team && z.kind != Kind::Prime)
        return;
    if (z == m_zoom)
        return;
    m_zoom = z;
    m_layoutDirty = true;
    m_hover = -1;
    update();
    emit zoomChanged(m_zoom);
}

void KoshaTreemap::zoomOut()
{
    if (m_zoom.kind == Kind::Prime && m_topology)
        zoomTo(Scope{Kind::Team, static_cast<int>(m_topology->primeTeam[static_cast<std::size_t>(m_zoom.index)])});
    else if (m_zoom.kind == Kind::Team)
        zoomTo(Scope::fleet());
}

void KoshaTreemap::rebuildTopology()
{
    m_teamPrimes.clear();
    m_primeDomains.clear();
    m_domainAgents.clear();
    m_rangeFresh = true;
    m_layoutDirty = true;
    m_hover = -1;
    if (!m_topology) {
        m_zoom = Scope::fleet();
        return;
    }
    const model::Topology& t = *m_topology;
    m_teamPrimes.resize(static_cast<std::size_t>(t.teamCount()));
    m_primeDomains.resize(static_cast<std::size_t>(t.primeCount()));
    m_domainAgents.assign(static_cast<std::size_t>(t.domainCount()), 0);
    for (int p = 0; p < t.primeCount(); ++p)
        if (t.primeTeam[static_cast<std::size_t>(p)] < m_teamPrimes.size())
            m_teamPrimes[t.primeTeam[static_cast<std::size_t>(p)]].push_back(p);
    for (int d = 0; d < t.domainCount(); ++d)
        if (t.domainPrime[static_cast<std::size_t>(d)] < m_primeDomains.size())
            m_primeDomains[t.domainPrime[static_cast<std::size_t>(d)]].push_back(d);
    for (const auto d : t.agentDomain)
        if (d < m_domainAgents.size())
            ++m_domainAgents[d];
    // A zoom into a group that no longer exists goes back to the fleet.
    if ((m_zoom.kind == Kind::Team && m_zoom.index >= t.teamCount()) || (m_zoom.kind == Kind::Prime && m_zoom.index >= t.primeCount()))
        m_zoom = Scope::fleet();
}

void KoshaTreemap::computeWork()
{
    const std::size_t n = m_domainAgents.size();
    m_work.assign(n, 1.0);
    if (n == 0)
        return;
    if (m_sizeBy == SizeBy::Agents) {
        for (std::size_t d = 0; d < n; ++d)
            m_work[d] = std::max(0.5, static_cast<double>(m_domainAgents[d]));
        return;
    }
    if (!m_snapshot || m_snapshot->rollups.domains.size() != n)
        return;   // no tick yet: equal areas
    const auto& groups = m_snapshot->rollups.domains;
    double sum = 0;
    for (const auto& g : groups)
        sum += std::max(0.0f, g.throughput);
    const double floor = sum > 0 ? kIdleFloor * sum / static_cast<double>(n) : 1.0;
    for (std::size_t d = 0; d < n; ++d)
        m_work[d] = std::max(floor, static_cast<double>(groups[d].throughput));
}

bool KoshaTreemap::inZoom(int d) const
{
    if (!m_topology)
        return false;
    const model::Topology& t = *m_topology;
    const auto prime = t.domainPrime[static_cast<std::size_t>(d)];
    switch (m_zoom.kind) {
    case Kind::Team: return prime < t.primeTeam.size() && static_cast<int>(t.primeTeam[prime]) == m_zoom.index;
    case Kind::Prime: return static_cast<int>(prime) == m_zoom.index;
    default: return true;
    }
}

bool KoshaTreemap::workShifted() const
{
    if (m_layoutWork.size() != m_work.size())
        return true;
    double now = 0, then = 0;
    for (std::size_t d = 0; d < m_work.size(); ++d) {
        if (inZoom(static_cast<int>(d))) {
            now += m_work[d];
            then += m_layoutWork[d];
        }
    }
    if (now <= 0 || then <= 0)
        return false;
    for (std::size_t d = 0; d < m_work.size(); ++d) {
        if (!inZoom(static_cast<int>(d)))
            continue;
        const double a = m_work[d] / now, b = m_layoutWork[d] / then;
        if (std::abs(a - b) > kRelayoutShare * b)
            return true;
    }
    return false;
}

void KoshaTreemap::ensureLayout() const
{
    if (m_layoutDirty || m_layoutSize != size())
        const_cast<KoshaTreemap*>(this)->relayout();
}

int KoshaTreemap::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QRectF KoshaTreemap::mapArea() const
{
    return QRectF(rect()).adjusted(kMargin, headerHeight(), -kMargin, -kMargin);
}

void KoshaTreemap::relayout()
{
    m_layoutDirty = false;
    m_layoutSize = size();
    ++m_layoutCount;
    m_sinceLayout.restart();
    m_layoutWork = m_work;
    const std::size_t teams = m_teamPrimes.size(), primes = m_primeDomains.size(), domains = m_work.size();
    m_teamRects.assign(teams, {});
    m_primeRects.assign(primes, {});
    m_domainRects.assign(domains, {});
    const QRectF area = mapArea();
    if (!m_topology || domains == 0 || area.width() < 4 || area.height() < 4) {
        placeLabels();
        return;
    }
    switch (m_zoom.kind) {
    case Kind::Team:
        m_teamRects[static_cast<std::size_t>(m_zoom.index)] = area;
        layoutPrimesOf(m_zoom.index);
        break;
    case Kind::Prime: {
        const auto p = static_cast<std::size_t>(m_zoom.index);
        m_teamRects[m_topology->primeTeam[p]] = area;
        m_primeRects[p] = area;
        layoutDomainsOf(m_zoom.index);
        break;
    }
    default: {
        std::vector<std::pair<int, double>> items;
        for (std::size_t t = 0; t < teams; ++t) {
            double w = 0;
            for (const int p : m_teamPrimes[t])
                for (const int d : m_primeDomains[static_cast<std::size_t>(p)])
                    w += m_work[static_cast<std::size_t>(d)];
            items.emplace_back(static_cast<int>(t), w);
        }
        squarify(std::move(items), area, m_teamRects);
        for (std::size_t t = 0; t < teams; ++t)
            layoutPrimesOf(static_cast<int>(t));
        break;
    }
    }
    placeLabels();
}

void KoshaTreemap::layoutPrimesOf(int team)
{
    std::vector<std::pair<int, double>> items;
    for (const int p : m_teamPrimes[static_cast<std::size_t>(team)]) {
        double w = 0;
        for (const int d : m_primeDomains[static_cast<std::size_t>(p)])
            w += m_work[static_cast<std::size_t>(d)];
        items.emplace_back(p, w);
    }
    squarify(std::move(items), m_teamRects[static_cast<std::size_t>(team)], m_primeRects);
    for (const int p : m_teamPrimes[static_cast<std::size_t>(team)])
        layoutDomainsOf(p);
}

void KoshaTreemap::layoutDomainsOf(int prime)
{
    std::vector<std::pair<int, double>> items;
    for (const int d : m_primeDomains[static_cast<std::size_t>(prime)])
        items.emplace_back(d, m_work[static_cast<std::size_t>(d)]);
    squarify(std::move(items), m_primeRects[static_cast<std::size_t>(prime)], m_domainRects);
}

void KoshaTreemap::placeLabels()
{
    m_teamBadges.assign(m_teamRects.size(), {});
    m_primeBadges.assign(m_primeRects.size(), {});
    m_labels.assign(m_domainRects.size(), {});
    if (!m_topology)
        return;
    const model::Topology& t = *m_topology;
    const QFont teamFont = smaller(font(), 1.0, QFont::Bold);
    const QFont primeFont = smaller(font(), 0.9, QFont::DemiBold);
    const QFont labelFont = smaller(font(), 0.85);
    const QFontMetricsF tfm(teamFont), pfm(primeFont), lfm(labelFont);

    // Team names always (in the header when zoomed in); prime names where they fit.
    if (m_zoom.kind == Kind::Fleet) {
        for (std::size_t i = 0; i < m_teamRects.size(); ++i) {
            const QRectF r = m_teamRects[i];
            if (r.isEmpty())
                continue;
            const double room = std::max(0.0, r.width() - 6);
            QString text = tfm.elidedText(t.teams.value(int(i)), Qt::ElideRight, room - 8);
            if (text.size() < 2)
                text = t.teams.value(int(i));   // clipped rather than hidden
            const double w = std::min(room, tfm.horizontalAdvance(text) + 8);
            m_teamBadges[i] = {text, QRectF(r.left() + 3, r.top() + 3, w, tfm.height() + 2), QStaticText(text)};
            m_teamBadges[i].staticText.prepare(QTransform(), teamFont);
        }
    }
    if (m_zoom.kind != Kind::Prime) {
        for (std::size_t p = 0; p < m_primeRects.size(); ++p) {
            const QRectF r = m_primeRects[p];
            if (r.isEmpty())
                continue;
            const auto team = t.primeTeam[p];
            const QString name = stripParent(t.primes.value(int(p)), t.teams.value(int(team)));
            const double w = pfm.horizontalAdvance(name) + 8, h = pfm.height() + 2;
            QRectF box(r.left() + 3, r.top() + 3, w, h);
            const QRectF& teamBox = m_teamBadges[team].box;
            if (!m_teamBadges[team].text.isEmpty() && box.intersects(teamBox))
                box.moveTop(teamBox.bottom() + 2);
            if (box.right() <= r.right() - 3 && box.bottom() + lfm.height() <= r.bottom() - 3) {
                m_primeBadges[p] = {name, box, QStaticText(name)};
                m_primeBadges[p].staticText.prepare(QTransform(), primeFont);
            }
        }
    }
    for (std::size_t d = 0; d < m_domainRects.size(); ++d) {
        const QRectF r = m_domainRects[d];
        if (r.isEmpty())
            continue;
        const auto prime = t.domainPrime[d];
        const auto team = t.primeTeam[prime];
        QRectF box(r.left() + 4, r.top() + 3, r.width() - 8, lfm.height());
        for (const Badge* b : {&m_teamBadges[team], &m_primeBadges[prime]})
            if (!b->text.isEmpty() && box.intersects(b->box))
                box.moveTop(b->box.bottom() + 2);
        if (box.width() < lfm.horizontalAdvance(QStringLiteral("Wm")) || box.bottom() > r.bottom() - 2)
            continue;
        const QString name = stripParent(t.domains.value(int(d)), t.primes.value(int(prime)));
        const QString text = lfm.elidedText(name, Qt::ElideRight, box.width());
        if (text.size() < 2 && name.size() >= 2)
            continue;
        DomainLabel& l = m_labels[d];
        l.text = text;
        l.nameBox = box;
        l.showValue = box.bottom() + lfm.height() <= r.bottom() - 2;
        l.showDetail = box.bottom() + 2 * lfm.height() <= r.bottom() - 2;
        l.name = QStaticText(text);
        l.name.prepare(QTransform(), labelFont);
    }
}

void KoshaTreemap::recolour()
{
    const std::size_t n = m_domainAgents.size();
    m_values.assign(n, std::numeric_limits<float>::quiet_NaN());
    if (m_snapshot && m_snapshot->rollups.domains.size() == n)
        for (std::size_t d = 0; d < n; ++d)
            m_values[d] = model::groupValue(m_snapshot->rollups.domains[d], m_metric);
    ColorScale fit;
    fit.fit(m_values.data(), m_values.size());
    float lo = fit.low(), hi = fit.high();
    if (!m_rangeFresh) {
        // Widen at once, narrow gently: one quiet frame should not repaint the whole map.
        constexpr float ease = 0.1f;
        if (hi < m_scale.high())
            hi = m_scale.high() + (hi - m_scale.high()) * ease;
        if (lo > m_scale.low())
            lo = m_scale.low() + (lo - m_scale.low()) * ease;
    }
    m_rangeFresh = n == 0;
    m_scale.setRange(lo, hi);
    m_colors.resize(n);
    for (std::size_t d = 0; d < n; ++d)
        m_colors[d] = m_scale.map(m_values[d]);
}

QRectF KoshaTreemap::teamRect(int team) const
{
    ensureLayout();
    return team >= 0 && static_cast<std::size_t>(team) < m_teamRects.size() ? m_teamRects[static_cast<std::size_t>(team)] : QRectF();
}

QRectF KoshaTreemap::primeRect(int prime) const
{
    ensureLayout();
    return prime >= 0 && static_cast<std::size_t>(prime) < m_primeRects.size() ? m_primeRects[static_cast<std::size_t>(prime)] : QRectF();
}

QRectF KoshaTreemap::domainRect(int domain) const
{
    ensureLayout();
    return domain >= 0 && static_cast<std::size_t>(domain) < m_domainRects.size() ? m_domainRects[static_cast<std::size_t>(domain)] : QRectF();
}

double KoshaTreemap::domainWork(int domain) const
{
    return domain >= 0 && static_cast<std::size_t>(domain) < m_work.size() ? m_work[static_cast<std::size_t>(domain)] : 0.0;
}

int KoshaTreemap::domainAt(const QPointF& pos) const
{
    ensureLayout();
    for (std::size_t d = 0; d < m_domainRects.size(); ++d)
        if (m_domainRects[d].contains(pos))
            return static_cast<int>(d);
    return -1;
}

QString KoshaTreemap::formatMetric(float v) const
{
    if (std::isnan(v))
        return tr("no data");
    return m_valueFormat.arg(m_locale.toString(v, 'f', m_valueDecimals));
}

QString KoshaTreemap::toolTipFor(int d) const
{
    if (!m_topology || d < 0 || d >= m_topology->domainCount())
        return {};
    const model::Topology& t = *m_topology;
    const auto prime = t.domainPrime[static_cast<std::size_t>(d)];
    const auto team = t.primeTeam[prime];
    const QLocale locale;
    QString html = QStringLiteral("<b>%1</b><br/>%2 › %3")
                       .arg(t.domains.value(d).toHtmlEscaped(), t.teams.value(int(team)).toHtmlEscaped(),
                            t.primes.value(int(prime)).toHtmlEscaped());
    if (!m_snapshot || static_cast<std::size_t>(d) >= m_snapshot->rollups.domains.size())
        return html + QStringLiteral("<br/>") + tr("No metrics yet");
    const model::GroupStats& g = m_snapshot->rollups.domains[static_cast<std::size_t>(d)];
    auto row = [](const QString& k, const QString& v) { return QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2</td></tr>").arg(k, v); };
    html += QStringLiteral("<table>");
    html += row(tr("Throughput"), tr("%1 stages/s").arg(locale.toString(g.throughput, 'f', 1)));
    html += row(tr("p99 latency"), tr("%1 ms (worst agent %2 ms)").arg(locale.toString(g.latencyP99, 'f', 0), locale.toString(g.latencyP99Max, 'f', 0)));
    html += row(tr("Queue"), tr("%1 stages").arg(locale.toString(g.queueDepth, 'f', 0)));
    html += row(tr("Utilisation"), tr("%1 %").arg(locale.toString(100.0 * g.utilisation, 'f', 0)));
    html += row(tr("Errors"), tr("%1 /s").arg(locale.toString(g.errorRate, 'f', 2)));
    html += row(tr("Agents"), tr("%1 (busy %2, waiting %3, failed %4)").arg(g.agents).arg(g.busy).arg(g.waiting).arg(g.failed));
    html += QStringLiteral("</table>");
    return html;
}

QRectF KoshaTreemap::selectedRect() const
{
    if (!m_selection || !m_topology)
        return {};
    const Scope s = m_selection->current();
    switch (s.kind) {
    case Kind::Team: return teamRect(s.index);
    case Kind::Prime: return primeRect(s.index);
    case Kind::Domain: return domainRect(s.index);
    case Kind::Agent:
        if (s.index >= 0 && s.index < m_topology->agentCount())
            return domainRect(static_cast<int>(m_topology->agentDomain[static_cast<std::size_t>(s.index)]));
        break;
    case Kind::Fleet:
    case Kind::Pool: break;
    }
    return {};
}

void KoshaTreemap::drawHeader(QPainter& p) const
{
    const int h = headerHeight();
    const QRect band(kMargin, 0, width() - 2 * kMargin, h);
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    QColor dim = text;
    dim.setAlphaF(0.6f);

    // Right: the colour legend, then what the area means.
    int x = band.right();
    const int barW = 96, barH = 10;
    const QString hi = formatMetric(m_scale.high()), lo = formatMetric(m_scale.low());
    p.setPen(dim);
    x -= fm.horizontalAdvance(hi);
    p.drawText(QRect(x, 0, fm.horizontalAdvance(hi), h), Qt::AlignVCenter | Qt::AlignLeft, hi);
    x -= barW + 6;
    const QRect bar(x, (h - barH) / 2, barW, barH);
    QLinearGradient g(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 8; ++i)
        g.setColorAt(i / 8.0, QColor(m_scale.at(i * 255 / 8)));
    p.fillRect(bar, g);
    x -= 6 + fm.horizontalAdvance(lo);
    p.drawText(QRect(x, 0, fm.horizontalAdvance(lo), h), Qt::AlignVCenter | Qt::AlignLeft, lo);
    const QString colour = tr("Colour: %1").arg(model::metricLabel(m_metric));
    const QString area = m_sizeBy == SizeBy::Throughput ? tr("Area: stages/s") : tr("Area: agents");
    const QString legend = area + QStringLiteral("  ·  ") + colour;
    const QString legendShort = colour;

    // Left: where we are, and how to move.
    QStringList crumbs{tr("Fleet")};
    if (m_topology && m_zoom.kind == Kind::Team)
        crumbs << m_topology->teams.value(m_zoom.index);
    if (m_topology && m_zoom.kind == Kind::Prime) {
        const auto team = m_topology->primeTeam[static_cast<std::size_t>(m_zoom.index)];
        crumbs << m_topology->teams.value(int(team)) << m_topology->primes.value(m_zoom.index);
    }
    const QString path = crumbs.join(QStringLiteral(" › "));
    const QString hint = m_zoom.kind == Kind::Fleet ? tr("double-click to zoom in") : tr("Backspace to zoom out");
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const int pathW = bfm.horizontalAdvance(path);
    const int room = x - 12 - band.left();
    const QString shownLegend = fm.horizontalAdvance(legend) + pathW + 16 <= room ? legend
                              : fm.horizontalAdvance(legendShort) + pathW + 16 <= room ? legendShort : QString();
    const int legendW = fm.horizontalAdvance(shownLegend);
    p.drawText(QRect(x - 8 - legendW, 0, legendW, h), Qt::AlignVCenter | Qt::AlignLeft, shownLegend);
    p.setPen(text);
    p.setFont(bold);
    p.drawText(QRect(band.left(), 0, std::min(pathW, room), h), Qt::AlignVCenter | Qt::AlignLeft,
               bfm.elidedText(path, Qt::ElideLeft, std::max(0, room)));
    p.setFont(font());
    const int hintX = band.left() + pathW + 12;
    if (hintX + fm.horizontalAdvance(hint) < x - 16 - legendW) {
        p.setPen(dim);
        p.drawText(QRect(hintX, 0, fm.horizontalAdvance(hint), h), Qt::AlignVCenter | Qt::AlignLeft, hint);
    }
}

void KoshaTreemap::paintEvent(QPaintEvent*)
{
    ensureLayout();
    QPainter p(this);
    const QColor gap = palette().color(QPalette::Window);
    p.fillRect(rect(), gap);
    drawHeader(p);
    if (!m_topology || m_domainRects.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(mapArea(), Qt::AlignCenter, tr("Waiting for the fleet topology…"));
        return;
    }

    // Domains leave a one-pixel gap on their right and bottom; primes and teams get wider gaps.
    for (std::size_t d = 0; d < m_domainRects.size(); ++d) {
        if (m_domainRects[d].isEmpty())
            continue;
        const QRect r = snapped(m_domainRects[d]).adjusted(0, 0, -1, -1);
        p.fillRect(r, QColor(d < m_colors.size() ? m_colors[d] : ColorScale::noData()));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(gap, kPrimeBorder, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    for (const QRectF& r : m_primeRects)
        if (!r.isEmpty())
            p.drawRect(snapped(r));
    p.setPen(QPen(gap, kTeamBorder, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    for (const QRectF& r : m_teamRects)
        if (!r.isEmpty())
            p.drawRect(snapped(r));

    // Labels: domain name and value in the fill's contrasting colour.
    const QFont labelFont = smaller(font(), 0.85);
    p.setFont(labelFont);
    const QFontMetricsF lfm(labelFont);
    const double line = lfm.height();
    const auto& groups = m_snapshot ? m_snapshot->rollups.domains : kNoGroups;
    auto restage = [&](QString& shown, QStaticText& text, const QString& now) {
        if (shown != now) {
            shown = now;
            text.setText(now);
            text.setPerformanceHint(QStaticText::AggressiveCaching);
            text.prepare(QTransform(), labelFont);
        }
    };
    for (std::size_t d = 0; d < m_labels.size(); ++d) {
        DomainLabel& l = m_labels[d];
        if (l.text.isEmpty())
            continue;
        const QRgb fill = d < m_colors.size() ? m_colors[d] : ColorScale::noData();
        const QColor ink = textOn(fill);
        p.setPen(ink);
        p.drawStaticText(l.nameBox.topLeft(), l.name);
        QColor soft = ink;
        if (l.showValue) {
            restage(l.value, l.valueText, formatMetric(m_values[d]));
            if (l.valueText.size().width() <= l.nameBox.width()) {
                soft.setAlphaF(0.8f);
                p.setPen(soft);
                p.drawStaticText(l.nameBox.topLeft() + QPointF(0, line), l.valueText);
            }
        }
        if (l.showDetail && d < groups.size()) {
            const model::GroupStats& g = groups[d];
            const QString tp = m_locale.toString(g.throughput, 'f', 1);
            restage(l.detail, l.detailText, g.agents == 1 ? m_detailFormatOne.arg(tp) : m_detailFormat.arg(g.agents).arg(tp));
            if (l.detailText.size().width() <= l.nameBox.width()) {
                soft.setAlphaF(0.65f);
                p.setPen(soft);
                p.drawStaticText(l.nameBox.topLeft() + QPointF(0, 2 * line), l.detailText);
            }
        }
    }
    // Team names stand out on the window colour; prime names stay quieter on a dark veil.
    QColor teamFill = gap;
    teamFill.setAlphaF(0.9f);
    auto drawBadges = [&](const std::vector<Badge>& badges, const QFont& f, const QColor& fill, const QColor& ink) {
        p.setFont(f);
        p.setRenderHint(QPainter::Antialiasing, true);
        for (const Badge& b : badges) {
            if (b.text.isEmpty())
                continue;
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(b.box, 3, 3);
            p.setPen(ink);
            if (b.staticText.size().width() > b.box.width() - 8) {
                p.save();
                p.setClipRect(b.box);
                p.drawStaticText(b.box.topLeft() + QPointF(4, 1), b.staticText);
                p.restore();
            } else {
                p.drawStaticText(b.box.topLeft() + QPointF(4, 1), b.staticText);
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setBrush(Qt::NoBrush);
    };
    drawBadges(m_primeBadges, smaller(font(), 0.9, QFont::DemiBold), QColor(0, 0, 0, 120), QColor(250, 250, 250));
    drawBadges(m_teamBadges, smaller(font(), 1.0, QFont::Bold), teamFill, palette().color(QPalette::WindowText));

    // Hover and selection outlines: dark under light so they read on every colour of the scale.
    if (m_hover >= 0 && static_cast<std::size_t>(m_hover) < m_domainRects.size() && !m_domainRects[static_cast<std::size_t>(m_hover)].isEmpty()) {
        p.setPen(QPen(QColor(255, 255, 255, 170), 1));
        p.drawRect(snapped(m_domainRects[static_cast<std::size_t>(m_hover)]).adjusted(1, 1, -2, -2));
    }
    const QRectF sel = selectedRect();
    if (!sel.isEmpty()) {
        const QRect r = snapped(sel).adjusted(2, 2, -3, -3);
        p.setPen(QPen(QColor(0, 0, 0, 210), 4, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.drawRect(r);
        p.setPen(QPen(QColor(255, 255, 255), 2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.drawRect(r);
    }
}

bool KoshaTreemap::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int d = domainAt(help->pos());
        if (d < 0) {
            QToolTip::hideText();
            e->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipFor(d), this, snapped(m_domainRects[static_cast<std::size_t>(d)]));
        }
        return true;
    }
    return QWidget::event(e);
}

void KoshaTreemap::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    m_layoutDirty = true;
}

void KoshaTreemap::changeEvent(QEvent* e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::FontChange)
        m_layoutDirty = true;   // label room and header height depend on the font
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::LocaleChange) {
        updateFormats();
        update();
    }
}

void KoshaTreemap::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(e);
    setFocus(Qt::MouseFocusReason);
    const int d = domainAt(e->position());
    if (d >= 0 && m_selection)
        m_selection->select(Scope{Kind::Domain, d});
    e->accept();
}

void KoshaTreemap::mouseDoubleClickEvent(QMouseEvent* e)
{
    const int d = domainAt(e->position());
    if (e->button() != Qt::LeftButton || d < 0 || !m_topology)
        return QWidget::mouseDoubleClickEvent(e);
    const auto prime = m_topology->domainPrime[static_cast<std::size_t>(d)];
    if (m_zoom.kind == Kind::Fleet)
        zoomTo(Scope{Kind::Team, static_cast<int>(m_topology->primeTeam[prime])});
    else if (m_zoom.kind == Kind::Team)
        zoomTo(Scope{Kind::Prime, static_cast<int>(prime)});
    e->accept();
}

void KoshaTreemap::mouseMoveEvent(QMouseEvent* e)
{
    const int d = domainAt(e->position());
    if (d != m_hover) {
        m_hover = d;
        update();
    }
    QWidget::mouseMoveEvent(e);
}

void KoshaTreemap::leaveEvent(QEvent* e)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(e);
}

void KoshaTreemap::keyPressEvent(QKeyEvent* e)
{
    if (e->key() == Qt::Key_Backspace && m_zoom.kind != Kind::Fleet) {
        zoomOut();
        e->accept();
        return;
    }
    QWidget::keyPressEvent(e);
}

} // namespace omega::widgets
