#include "widgets/agent_heatmap.h"

#include "protocol/telemetry.pb.h"
#include "widgets/metric_names.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <numeric>

namespace omega::widgets {

namespace {
constexpr int kMarginPx = 4;

QString stateName(int s)
{
    switch (s) {
    case omega::v1::AGENT_STATE_IDLE: return AgentHeatmap::tr("idle");
    case omega::v1::AGENT_STATE_BUSY: return AgentHeatmap::tr("busy");
    case omega::v1::AGENT_STATE_WAITING: return AgentHeatmap::tr("waiting");
    case omega::v1::AGENT_STATE_FAILED: return AgentHeatmap::tr("failed");
    default: return AgentHeatmap::tr("unknown");
    }
}
} // namespace

QColor AgentHeatmap::stateColor(int state)
{
    // Distinguishable with the common colour-vision deficiencies (blue / amber / vermilion / grey).
    switch (state) {
    case omega::v1::AGENT_STATE_BUSY: return QColor(0, 114, 178);
    case omega::v1::AGENT_STATE_WAITING: return QColor(230, 159, 0);
    case omega::v1::AGENT_STATE_FAILED: return QColor(213, 94, 0);
    case omega::v1::AGENT_STATE_IDLE: return QColor(170, 170, 170);
    default: return QColor(90, 90, 90);
    }
}

AgentHeatmap::AgentHeatmap(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 160);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void AgentHeatmap::setSelectionModel(SelectionModel* selection)
{
    m_selection = selection;
    connect(selection, &SelectionModel::changed, this, [this] {
        rebuildOutline();
        update();
    });
}

void AgentHeatmap::setMetric(model::Metric metric)
{
    m_metric = metric;
    recolour();
    update();
}

void AgentHeatmap::setAutoRange(bool on)
{
    m_autoRange = on;
    recolour();
    update();
}

void AgentHeatmap::setRange(float lo, float hi)
{
    m_autoRange = false;
    m_scale.setRange(lo, hi);
    recolour();
    update();
}

void AgentHeatmap::setPalette(ColorScale::Palette palette)
{
    m_scale.setPalette(palette);
    recolour();
    update();
}

void AgentHeatmap::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot || snapshot == m_snapshot)
        return;
    m_snapshot = snapshot;
    if (snapshot->topology != m_layoutTopology)
        relayout();
    recolour();
    update();
}

void AgentHeatmap::zoomTo(const Scope& scope)
{
    if (scope.kind != Scope::Kind::Team && scope.kind != Scope::Kind::Prime && scope.kind != Scope::Kind::Fleet)
        return;
    m_zoom = scope;
    relayout();
    recolour();
    update();
    emit zoomChanged(m_zoom);
}

void AgentHeatmap::zoomOut()
{
    const auto& t = m_layoutTopology;
    if (m_zoom.kind == Scope::Kind::Prime && t)
        zoomTo({Scope::Kind::Team, static_cast<int>(t->primeTeam[static_cast<std::size_t>(m_zoom.index)])});
    else
        zoomTo(Scope::fleet());
}

bool AgentHeatmap::shown(int agent) const
{
    return agent >= 0 && agent < static_cast<int>(m_cellOf.size()) && m_cellOf[static_cast<std::size_t>(agent)].x() >= 0;
}

void AgentHeatmap::relayout()
{
    m_layoutTopology = m_snapshot ? m_snapshot->topology : nullptr;
    m_blocks.clear();
    m_domainBorders = m_primeBorders = QPainterPath();
    m_grid = QSize();
    m_cellOf.clear();
    m_agentAt.clear();
    const model::Topology* t = m_layoutTopology.get();
    if (!t || t->agentCount() == 0) {
        m_image = QImage();
        return;
    }
    const auto n = static_cast<std::size_t>(t->agentCount());
    // Blocks are the children of the zoom scope: teams, the primes of a team, the domains of a prime.
    std::vector<std::vector<int>> members;
    std::vector<int> blockGroup;
    auto blockOf = [&](std::size_t a) -> int {
        switch (m_zoom.kind) {
        case Scope::Kind::Team:
            return static_cast<int>(t->agentTeam[a]) == m_zoom.index ? static_cast<int>(t->agentPrime[a]) : -1;
        case Scope::Kind::Prime:
            return static_cast<int>(t->agentPrime[a]) == m_zoom.index ? static_cast<int>(t->agentDomain[a]) : -1;
        default: return static_cast<int>(t->agentTeam[a]);
        }
    };
    std::vector<int> slot(static_cast<std::size_t>(std::max({t->teamCount(), t->primeCount(), t->domainCount()})), -1);
    for (std::size_t a = 0; a < n; ++a) {
        const int g = blockOf(a);
        if (g < 0)
            continue;
        if (slot[static_cast<std::size_t>(g)] < 0) {
            slot[static_cast<std::size_t>(g)] = static_cast<int>(members.size());
            members.emplace_back();
            blockGroup.push_back(g);
        }
        members[static_cast<std::size_t>(slot[static_cast<std::size_t>(g)])].push_back(static_cast<int>(a));
    }
    // Keep kosha neighbours together inside a block.
    for (auto& m : members)
        std::stable_sort(m.begin(), m.end(), [t](int x, int y) {
            const auto ux = static_cast<std::size_t>(x), uy = static_cast<std::size_t>(y);
            return std::tie(t->agentPrime[ux], t->agentDomain[ux]) < std::tie(t->agentPrime[uy], t->agentDomain[uy]);
        });
    // Order blocks by their group index (teams in topology order).
    std::vector<std::size_t> order(members.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return blockGroup[x] < blockGroup[y]; });

    // Choose block columns and block width (in cells) that give the largest cells.
    const double w = std::max(1, width() - 2 * kMarginPx), h = std::max(1, height() - 2 * kMarginPx);
    const int blocks = static_cast<int>(members.size());
    int maxMembers = 0;
    for (const auto& m : members)
        maxMembers = std::max(maxMembers, static_cast<int>(m.size()));
    double best = -1;
    int bestCols = 1, bestWidth = 1;
    for (int cols = 1; cols <= blocks; ++cols) {
        const int rows = (blocks + cols - 1) / cols;
        const int step = std::max(1, maxMembers / 400);
        for (int bw = 1; bw <= maxMembers; bw += step) {
            int heightCells = 0;
            for (int r = 0; r < rows; ++r) {
                int tallest = 0;
                for (int c = 0; c < cols && r * cols + c < blocks; ++c)
                    tallest = std::max(tallest, (static_cast<int>(members[order[static_cast<std::size_t>(r * cols + c)]].size()) + bw - 1) / bw);
                heightCells += tallest + 1;   // one empty row between block rows
            }
            const int widthCells = cols * (bw + 1) - 1;
            const double s = std::min(w / widthCells, h / std::max(1, heightCells - 1));
            if (s > best) {
                best = s;
                bestCols = cols;
                bestWidth = bw;
            }
        }
    }
    m_cellPx = std::max(1, static_cast<int>(best));
    const int rows = (blocks + bestCols - 1) / bestCols;
    m_cellOf.assign(n, QPoint(-1, -1));
    int y0 = 0;
    int gridW = bestCols * (bestWidth + 1) - 1;
    for (int r = 0; r < rows; ++r) {
        int tallest = 0;
        for (int c = 0; c < bestCols && r * bestCols + c < blocks; ++c) {
            const std::size_t b = order[static_cast<std::size_t>(r * bestCols + c)];
            const auto& m = members[b];
            const int x0 = c * (bestWidth + 1);
            const int blockRows = (static_cast<int>(m.size()) + bestWidth - 1) / bestWidth;
            tallest = std::max(tallest, blockRows);
            for (std::size_t k = 0; k < m.size(); ++k)
                m_cellOf[static_cast<std::size_t>(m[k])] = QPoint(x0 + static_cast<int>(k) % bestWidth, y0 + static_cast<int>(k) / bestWidth);
            const int g = blockGroup[b];
            const QString label = m_zoom.kind == Scope::Kind::Team ? t->primes[g]
                                : m_zoom.kind == Scope::Kind::Prime ? t->domains[g]
                                                                    : t->teams[g];
            m_blocks.push_back({g, QRect(x0, y0, std::min(bestWidth, static_cast<int>(m.size())), blockRows), label});
        }
        y0 += tallest + 1;
    }
    m_grid = QSize(gridW, std::max(1, y0 - 1));
    m_agentAt.assign(static_cast<std::size_t>(m_grid.width()) * static_cast<std::size_t>(m_grid.height()), -1);
    for (std::size_t a = 0; a < n; ++a)
        if (m_cellOf[a].x() >= 0)
            m_agentAt[static_cast<std::size_t>(m_cellOf[a].y()) * static_cast<std::size_t>(m_grid.width()) + static_cast<std::size_t>(m_cellOf[a].x())] = static_cast<int>(a);
    // Borders where a neighbour belongs to another domain (thin) or prime (thicker).
    auto at = [&](int x, int y) {
        return x < 0 || y < 0 || x >= m_grid.width() || y >= m_grid.height() ? -1
                                                                            : m_agentAt[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_grid.width()) + static_cast<std::size_t>(x)];
    };
    for (int y = 0; y < m_grid.height(); ++y) {
        for (int x = 0; x < m_grid.width(); ++x) {
            const int a = at(x, y);
            if (a < 0)
                continue;
            const auto ua = static_cast<std::size_t>(a);
            for (const auto& [dx, dy] : {std::pair{1, 0}, std::pair{0, 1}}) {
                const int b = at(x + dx, y + dy);
                if (b < 0)
                    continue;
                const auto ub = static_cast<std::size_t>(b);
                QPainterPath* path = t->agentPrime[ua] != t->agentPrime[ub] ? &m_primeBorders
                                   : t->agentDomain[ua] != t->agentDomain[ub] ? &m_domainBorders
                                                                                : nullptr;
                if (!path)
                    continue;
                if (dx) {
                    path->moveTo(x + 1, y);
                    path->lineTo(x + 1, y + 1);
                } else {
                    path->moveTo(x, y + 1);
                    path->lineTo(x + 1, y + 1);
                }
            }
        }
    }
    m_image = QImage(m_grid, QImage::Format_RGB32);
    m_image.fill(palette().color(QPalette::Window));
    rebuildOutline();
}

void AgentHeatmap::recolour()
{
    if (!m_snapshot || m_image.isNull() || !m_layoutTopology)
        return;
    const auto& a = m_snapshot->agents;
    const std::size_t n = std::min(a.size(), m_cellOf.size());
    if (m_metric != model::Metric::State && m_autoRange) {
        float lo = INFINITY, hi = -INFINITY;
        for (std::size_t i = 0; i < n; ++i) {
            if (m_cellOf[i].x() < 0)
                continue;
            const float v = model::agentValue(a, m_metric, i);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (std::isfinite(lo) && (lo != m_scale.low() || hi != m_scale.high())) {
            m_scale.setRange(lo, hi);
            emit rangeChanged(m_scale.low(), m_scale.high());
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const QPoint c = m_cellOf[i];
        if (c.x() < 0)
            continue;
        const QRgb rgb = m_metric == model::Metric::State ? stateColor(a.state[i]).rgb() : m_scale.map(model::agentValue(a, m_metric, i));
        reinterpret_cast<QRgb*>(m_image.scanLine(c.y()))[c.x()] = rgb;
    }
}

void AgentHeatmap::rebuildOutline()
{
    m_outline = QPainterPath();
    if (!m_selection || !m_layoutTopology)
        return;
    const Scope s = m_selection->current();
    const model::Topology& t = *m_layoutTopology;
    auto member = [&](std::size_t a) {
        switch (s.kind) {
        case Scope::Kind::Agent: return static_cast<int>(a) == s.index;
        case Scope::Kind::Domain: return static_cast<int>(t.agentDomain[a]) == s.index;
        case Scope::Kind::Prime: return static_cast<int>(t.agentPrime[a]) == s.index;
        case Scope::Kind::Team: return static_cast<int>(t.agentTeam[a]) == s.index;
        case Scope::Kind::Fleet: break;
        }
        return false;
    };
    if (s.kind == Scope::Kind::Fleet)
        return;
    auto inGroup = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= m_grid.width() || y >= m_grid.height())
            return false;
        const int a = m_agentAt[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_grid.width()) + static_cast<std::size_t>(x)];
        return a >= 0 && member(static_cast<std::size_t>(a));
    };
    for (std::size_t a = 0; a < m_cellOf.size(); ++a) {
        const QPoint c = m_cellOf[a];
        if (c.x() < 0 || !member(a))
            continue;
        const int x = c.x(), y = c.y();
        if (!inGroup(x - 1, y)) { m_outline.moveTo(x, y); m_outline.lineTo(x, y + 1); }
        if (!inGroup(x + 1, y)) { m_outline.moveTo(x + 1, y); m_outline.lineTo(x + 1, y + 1); }
        if (!inGroup(x, y - 1)) { m_outline.moveTo(x, y); m_outline.lineTo(x + 1, y); }
        if (!inGroup(x, y + 1)) { m_outline.moveTo(x, y + 1); m_outline.lineTo(x + 1, y + 1); }
    }
}

QPointF AgentHeatmap::origin() const
{
    const double w = m_grid.width() * m_cellPx, h = m_grid.height() * m_cellPx;
    return {std::max<double>(kMarginPx, (width() - w) / 2), std::max<double>(kMarginPx, (height() - h) / 2)};
}

void AgentHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Waiting for the fleet's topology…"));
        return;
    }
    const QPointF o = origin();
    p.save();
    p.translate(o);
    p.scale(m_cellPx, m_cellPx);
    p.drawImage(QRectF(0, 0, m_grid.width(), m_grid.height()), m_image);
    if (m_cellPx >= 6) {   // prime borders only where rows are tall enough not to look striped
        QColor c = palette().color(QPalette::Window);
        c.setAlpha(170);
        QPen prime(c, m_cellPx >= 6 ? 2 : 1);
        prime.setCosmetic(true);
        p.setPen(prime);
        p.drawPath(m_primeBorders);
    }
    if (m_cellPx >= 8) {   // domain borders only where cells are big enough to read them
        QPen domain(palette().color(QPalette::Window).darker(115), 1);
        domain.setCosmetic(true);
        p.setPen(domain);
        p.drawPath(m_domainBorders);
    }
    QPen outline(palette().color(QPalette::Highlight), 2);
    outline.setCosmetic(true);
    p.setPen(outline);
    p.drawPath(m_outline);
    p.restore();
    // Block labels as badges over the block's top-left corner, where they fit.
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    const QFontMetrics fm(f);
    for (const Block& b : m_blocks) {
        const QRectF r(o.x() + b.cells.x() * m_cellPx, o.y() + b.cells.y() * m_cellPx, b.cells.width() * m_cellPx,
                       b.cells.height() * m_cellPx);
        const QString text = fm.elidedText(b.label, Qt::ElideRight, static_cast<int>(r.width()) - 4);
        if (text.isEmpty() || r.height() < fm.height())
            continue;
        const QRectF badge(r.x() + 1, r.y() + 1, fm.horizontalAdvance(text) + 6, fm.height() + 2);
        p.fillRect(badge, QColor(255, 255, 255, 200));
        p.setPen(Qt::black);
        p.drawText(badge, Qt::AlignCenter, text);
    }
}

void AgentHeatmap::resizeEvent(QResizeEvent*)
{
    relayout();
    recolour();
}

QRect AgentHeatmap::cellRect(int agent) const
{
    if (!shown(agent))
        return {};
    const QPointF o = origin();
    const QPoint c = m_cellOf[static_cast<std::size_t>(agent)];
    return QRect(static_cast<int>(o.x()) + c.x() * m_cellPx, static_cast<int>(o.y()) + c.y() * m_cellPx, m_cellPx, m_cellPx);
}

QRgb AgentHeatmap::cellColor(int agent) const
{
    if (!shown(agent) || m_image.isNull())
        return 0;
    const QPoint c = m_cellOf[static_cast<std::size_t>(agent)];
    return m_image.pixel(c);
}

int AgentHeatmap::agentAt(QPoint pos) const
{
    if (m_grid.isEmpty())
        return -1;
    const QPointF o = origin();
    const int x = static_cast<int>(std::floor((pos.x() - o.x()) / m_cellPx));
    const int y = static_cast<int>(std::floor((pos.y() - o.y()) / m_cellPx));
    if (x < 0 || y < 0 || x >= m_grid.width() || y >= m_grid.height())
        return -1;
    return m_agentAt[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_grid.width()) + static_cast<std::size_t>(x)];
}

QString AgentHeatmap::toolTipText(int agent) const
{
    if (!m_snapshot || !m_layoutTopology || agent < 0 || agent >= m_layoutTopology->agentCount())
        return {};
    const model::Topology& t = *m_layoutTopology;
    const auto a = static_cast<std::size_t>(agent);
    QString text = QStringLiteral("<b>%1</b><br>").arg(t.agents[agent].toHtmlEscaped());
    text += tr("domain %1 · prime %2 · team %3").arg(t.domains[static_cast<int>(t.agentDomain[a])], t.primes[static_cast<int>(t.agentPrime[a])],
                                                    t.teams[static_cast<int>(t.agentTeam[a])]);
    text += QStringLiteral("<br>") + tr("state: %1").arg(stateName(m_snapshot->agents.state[a]));
    for (int m = 0; m < model::kMetricCount; ++m) {
        const auto metric = static_cast<model::Metric>(m);
        if (metric == model::Metric::State)
            continue;
        text += QStringLiteral("<br>%1: %2").arg(metricLabel(metric), QLocale().toString(model::agentValue(m_snapshot->agents, metric, a), 'f', 1));
    }
    return text;
}

void AgentHeatmap::mousePressEvent(QMouseEvent* e)
{
    const int a = agentAt(e->position().toPoint());
    if (e->button() == Qt::LeftButton && a >= 0 && m_selection)
        m_selection->select({Scope::Kind::Agent, a});
}

void AgentHeatmap::mouseDoubleClickEvent(QMouseEvent* e)
{
    const int a = agentAt(e->position().toPoint());
    if (a < 0 || !m_layoutTopology)
        return;
    const auto u = static_cast<std::size_t>(a);
    if (m_zoom.kind == Scope::Kind::Fleet)
        zoomTo({Scope::Kind::Team, static_cast<int>(m_layoutTopology->agentTeam[u])});
    else if (m_zoom.kind == Scope::Kind::Team)
        zoomTo({Scope::Kind::Prime, static_cast<int>(m_layoutTopology->agentPrime[u])});
}

void AgentHeatmap::keyPressEvent(QKeyEvent* e)
{
    if (e->key() == Qt::Key_Backspace || e->key() == Qt::Key_Escape) {
        zoomOut();
        return;
    }
    QWidget::keyPressEvent(e);
}

bool AgentHeatmap::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int a = agentAt(help->pos());
        if (a >= 0)
            QToolTip::showText(help->globalPos(), toolTipText(a), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace omega::widgets
