#include "widgets/kosha_tree_model.h"

#include "widgets/kosha_names.h"
#include "model/metric_text.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <cmath>
#include <limits>

namespace omega::widgets {

namespace {
using Kind = Scope::Kind;

// Row identity packed into the index: kind in the high half, topology index in the low half.
quintptr pack(Kind kind, int index)
{
    return (static_cast<quintptr>(kind) << 32) | static_cast<quint32>(index);
}
Kind kindOf(quintptr id) { return static_cast<Kind>(id >> 32); }
int indexOf(quintptr id) { return static_cast<int>(static_cast<quint32>(id & 0xffffffffu)); }

bool sameShown(const model::GroupStats& a, const model::GroupStats& b)
{
    return a.agents == b.agents && a.busy == b.busy && a.waiting == b.waiting && a.failed == b.failed
        && a.throughput == b.throughput && a.errorRate == b.errorRate && a.queueDepth == b.queueDepth
        && a.utilisation == b.utilisation && a.latencyP99 == b.latencyP99;
}

bool sameShownAgent(const model::AgentColumns& a, const model::AgentColumns& b, std::size_t i)
{
    return a.state[i] == b.state[i] && a.queueDepth[i] == b.queueDepth[i] && a.latencyP99Ms[i] == b.latencyP99Ms[i]
        && a.utilisation[i] == b.utilisation[i] && a.throughput[i] == b.throughput[i] && a.errorRate[i] == b.errorRate[i];
}

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();
} // namespace

KoshaTreeModel::KoshaTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void KoshaTreeModel::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (snapshot == m_snapshot)
        return;
    const model::TopologyPtr topology = snapshot ? snapshot->topology : nullptr;
    if (topology != m_topology) {
        beginResetModel();
        m_snapshot = snapshot;
        m_topology = topology;
        rebuildIndex();
        endResetModel();
        return;
    }
    const model::SnapshotPtr before = m_snapshot;
    m_snapshot = snapshot;
    if (!m_topology || (before && before->serial == snapshot->serial))
        return;
    emitChanged(before.get());
}

void KoshaTreeModel::rebuildIndex()
{
    m_teams.clear();
    m_teamPrimes.clear();
    m_primeDomains.clear();
    m_domainAgents.clear();
    m_primeRow.clear();
    m_domainRow.clear();
    m_agentRow.clear();
    m_fetched.clear();
    if (!m_topology)
        return;
    const model::Topology& t = *m_topology;
    m_teams.resize(static_cast<std::size_t>(t.teamCount()));
    for (int i = 0; i < t.teamCount(); ++i)
        m_teams[static_cast<std::size_t>(i)] = i;
    m_teamPrimes.resize(static_cast<std::size_t>(t.teamCount()));
    m_primeDomains.resize(static_cast<std::size_t>(t.primeCount()));
    m_domainAgents.resize(static_cast<std::size_t>(t.domainCount()));
    m_primeRow.resize(static_cast<std::size_t>(t.primeCount()));
    m_domainRow.resize(static_cast<std::size_t>(t.domainCount()));
    m_agentRow.resize(static_cast<std::size_t>(t.agentCount()));
    m_fetched.assign(static_cast<std::size_t>(t.domainCount()), 0);
    auto attach = [](std::vector<std::vector<int>>& lists, std::vector<int>& rows, std::uint32_t parent, int child) {
        if (parent >= lists.size())
            return;   // a malformed topology loses the row rather than crashing the view
        rows[static_cast<std::size_t>(child)] = static_cast<int>(lists[parent].size());
        lists[parent].push_back(child);
    };
    for (int p = 0; p < t.primeCount(); ++p)
        attach(m_teamPrimes, m_primeRow, t.primeTeam[static_cast<std::size_t>(p)], p);
    for (int d = 0; d < t.domainCount(); ++d)
        attach(m_primeDomains, m_domainRow, t.domainPrime[static_cast<std::size_t>(d)], d);
    for (int a = 0; a < t.agentCount(); ++a)
        attach(m_domainAgents, m_agentRow, t.agentDomain[static_cast<std::size_t>(a)], a);
}

void KoshaTreeModel::emitChanged(const model::FleetSnapshot* before)
{
    const model::FleetSnapshot& now = *m_snapshot;
    const QList<int> roles{Qt::DisplayRole, SortRole, Qt::ForegroundRole};
    const int last = ColumnCount - 1;

    // One dataChanged per parent, spanning its first to last changed child: few signals per frame.
    auto emitRuns = [&](const std::vector<int>& rowOf, const std::vector<std::uint32_t>* parentOf,
                        Kind parentKind, std::size_t parents, auto&& changed) {
        const std::size_t n = rowOf.size();
        std::vector<int> lo(parents, -1), hi(parents, -1);
        for (std::size_t c = 0; c < n; ++c) {
            if (!changed(c))
                continue;
            const std::size_t p = parentOf ? (*parentOf)[c] : 0;
            if (p >= parents)
                continue;
            const int row = rowOf[c];
            lo[p] = lo[p] < 0 ? row : std::min(lo[p], row);
            hi[p] = std::max(hi[p], row);
        }
        for (std::size_t p = 0; p < parents; ++p) {
            if (lo[p] < 0)
                continue;
            const QModelIndex parent = parentOf ? indexFor(Scope{parentKind, int(p)}) : QModelIndex();
            emit dataChanged(index(lo[p], Agents, parent), index(hi[p], last, parent), roles);
        }
    };

    const model::Rollups& r = now.rollups;
    const model::Rollups* old = before ? &before->rollups : nullptr;
    auto groupChanged = [](const std::vector<model::GroupStats>& a, const std::vector<model::GroupStats>* b) {
        return [&a, b](std::size_t i) {
            if (!b || b->size() != a.size() || i >= a.size())
                return true;
            return !sameShown(a[i], (*b)[i]);
        };
    };
    emitRuns(m_teams, nullptr, Kind::Fleet, 1, groupChanged(r.teams, old ? &old->teams : nullptr));
    emitRuns(m_primeRow, &m_topology->primeTeam, Kind::Team, m_teams.size(),
             groupChanged(r.primes, old ? &old->primes : nullptr));
    emitRuns(m_domainRow, &m_topology->domainPrime, Kind::Prime, m_primeRow.size(),
             groupChanged(r.domains, old ? &old->domains : nullptr));
    const model::AgentColumns& a = now.agents;
    const model::AgentColumns* oa = before ? &before->agents : nullptr;
    emitRuns(m_agentRow, &m_topology->agentDomain, Kind::Domain, m_domainRow.size(), [&](std::size_t i) {
        if (!agentsFetched(static_cast<int>(m_topology->agentDomain[i])))
            return false;   // no row to update
        if (!oa || oa->size() != a.size() || i >= a.size())
            return true;
        return !sameShownAgent(a, *oa, i);
    });
}

const std::vector<int>* KoshaTreeModel::childrenOf(Kind kind, int i) const
{
    const auto u = static_cast<std::size_t>(i);
    switch (kind) {
    case Kind::Fleet: return &m_teams;
    case Kind::Team: return u < m_teamPrimes.size() ? &m_teamPrimes[u] : nullptr;
    case Kind::Prime: return u < m_primeDomains.size() ? &m_primeDomains[u] : nullptr;
    case Kind::Domain: return u < m_domainAgents.size() && m_fetched[u] ? &m_domainAgents[u] : nullptr;
    case Kind::Agent:
    case Kind::Pool: break;
    }
    return nullptr;
}

bool KoshaTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || kindOf(parent.internalId()) != Kind::Domain)
        return false;
    const auto d = static_cast<std::size_t>(indexOf(parent.internalId()));
    return d < m_fetched.size() && !m_fetched[d] && !m_domainAgents[d].empty();
}

void KoshaTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto d = static_cast<std::size_t>(indexOf(parent.internalId()));
    beginInsertRows(parent, 0, static_cast<int>(m_domainAgents[d].size()) - 1);
    m_fetched[d] = 1;
    endInsertRows();
}

void KoshaTreeModel::fetchFor(const Scope& scope)
{
    if (!m_topology || scope.kind != Kind::Agent || scope.index < 0 || scope.index >= m_topology->agentCount())
        return;
    const int d = static_cast<int>(m_topology->agentDomain[static_cast<std::size_t>(scope.index)]);
    fetchMore(indexFor(Scope{Kind::Domain, d}));
}

bool KoshaTreeModel::agentsFetched(int domain) const
{
    return domain >= 0 && static_cast<std::size_t>(domain) < m_fetched.size() && m_fetched[static_cast<std::size_t>(domain)];
}

bool KoshaTreeModel::domainHasAgentMatching(int domain, const QString& text) const
{
    if (!m_topology || domain < 0 || static_cast<std::size_t>(domain) >= m_domainAgents.size())
        return false;
    for (const int a : m_domainAgents[static_cast<std::size_t>(domain)])
        if (m_topology->agents.value(a).contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

QModelIndex KoshaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    Kind parentKind = Kind::Fleet;
    int parentIndex = -1;
    if (parent.isValid()) {
        parentKind = kindOf(parent.internalId());
        parentIndex = indexOf(parent.internalId());
    }
    const std::vector<int>* children = childrenOf(parentKind, parentIndex);
    if (!children || row >= static_cast<int>(children->size()))
        return {};
    const Kind kind = static_cast<Kind>(static_cast<int>(parentKind) + 1);
    return createIndex(row, column, pack(kind, (*children)[static_cast<std::size_t>(row)]));
}

QModelIndex KoshaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !m_topology)
        return {};
    const Kind kind = kindOf(child.internalId());
    const auto i = static_cast<std::size_t>(indexOf(child.internalId()));
    const model::Topology& t = *m_topology;
    switch (kind) {
    case Kind::Prime: {
        const int team = static_cast<int>(t.primeTeam[i]);
        return createIndex(team, 0, pack(Kind::Team, team));
    }
    case Kind::Domain: {
        const int prime = static_cast<int>(t.domainPrime[i]);
        return createIndex(m_primeRow[static_cast<std::size_t>(prime)], 0, pack(Kind::Prime, prime));
    }
    case Kind::Agent: {
        const int domain = static_cast<int>(t.agentDomain[i]);
        return createIndex(m_domainRow[static_cast<std::size_t>(domain)], 0, pack(Kind::Domain, domain));
    }
    case Kind::Fleet:
    case Kind::Team:
    case Kind::Pool: break;
    }
    return {};
}

int KoshaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const std::vector<int>* children = parent.isValid()
        ? childrenOf(kindOf(parent.internalId()), indexOf(parent.internalId()))
        : childrenOf(Kind::Fleet, -1);
    return children ? static_cast<int>(children->size()) : 0;
}

int KoshaTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool KoshaTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && kindOf(parent.internalId()) == Kind::Domain) {
        const auto d = static_cast<std::size_t>(indexOf(parent.internalId()));
        return parent.column() == 0 && d < m_domainAgents.size() && !m_domainAgents[d].empty();
    }
    return rowCount(parent) > 0;
}

QModelIndex KoshaTreeModel::indexFor(const Scope& scope, int column) const
{
    if (!m_topology || scope.index < 0)
        return {};
    const auto i = static_cast<std::size_t>(scope.index);
    int row = -1;
    switch (scope.kind) {
    case Kind::Team: row = i < m_teams.size() ? scope.index : -1; break;
    case Kind::Prime: row = i < m_primeRow.size() ? m_primeRow[i] : -1; break;
    case Kind::Domain: row = i < m_domainRow.size() ? m_domainRow[i] : -1; break;
    case Kind::Agent:
        row = i < m_agentRow.size() && agentsFetched(static_cast<int>(m_topology->agentDomain[i])) ? m_agentRow[i] : -1;
        break;
    case Kind::Fleet:
    case Kind::Pool: break;
    }
    if (row < 0)
        return {};
    return createIndex(row, column, pack(scope.kind, scope.index));
}

Scope KoshaTreeModel::scopeFor(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return Scope::fleet();
    return Scope{kindOf(index.internalId()), indexOf(index.internalId())};
}

QString KoshaTreeModel::fullName(Kind kind, int i) const
{
    if (!m_topology)
        return {};
    const model::Topology& t = *m_topology;
    switch (kind) {
    case Kind::Team: return t.teams.value(i);
    case Kind::Prime: return t.primes.value(i);
    case Kind::Domain: return t.domains.value(i);
    case Kind::Agent: return t.agents.value(i);
    case Kind::Fleet:
    case Kind::Pool: break;
    }
    return {};
}

QString KoshaTreeModel::shortName(Kind kind, int i) const
{
    const model::Topology& t = *m_topology;
    const auto u = static_cast<std::size_t>(i);
    switch (kind) {
    case Kind::Prime: return stripParent(t.primes.value(i), t.teams.value(int(t.primeTeam[u])));
    case Kind::Domain: return stripParent(t.domains.value(i), t.primes.value(int(t.domainPrime[u])));
    case Kind::Agent: return stripParent(t.agents.value(i), t.domains.value(int(t.agentDomain[u])));
    case Kind::Team:
    case Kind::Fleet:
    case Kind::Pool: break;
    }
    return fullName(kind, i);
}

model::Metric KoshaTreeModel::metricOf(int column)
{
    int k = FirstMetricColumn;
    for (const model::MetricInfo& info : model::kMetrics) {
        if (!(info.uses & model::TreeColumn))
            continue;
        if (k++ == column)
            return info.metric;
    }
    return model::Metric::Count;
}

double KoshaTreeModel::value(Kind kind, int i, Column column) const
{
    if (!m_snapshot)
        return kNoValue;
    const auto u = static_cast<std::size_t>(i);
    const model::Metric metric = metricOf(column);
    if (kind == Kind::Agent) {
        const model::AgentColumns& a = m_snapshot->agents;
        if (u >= a.size())
            return kNoValue;
        if (metric != model::Metric::Count)
            return model::agentReading(a, metric, u);
        const auto state = a.state[u];
        switch (column) {
        case Agents: return 1;
        case Busy: return state == model::stateCode(model::AgentState::Busy);
        case Waiting: return state == model::stateCode(model::AgentState::Waiting);
        case Failed: return state == model::stateCode(model::AgentState::Failed);
        default: break;
        }
        return kNoValue;
    }
    const auto& groups = m_snapshot->rollups.at(kind);
    if (u >= groups.size())
        return kNoValue;
    const model::GroupStats& g = groups[u];
    if (metric != model::Metric::Count)
        return model::groupReading(g, metric);
    switch (column) {
    case Agents: return g.agents;
    case Busy: return g.busy;
    case Waiting: return g.waiting;
    case Failed: return g.failed;
    default: break;
    }
    return kNoValue;
}

QString KoshaTreeModel::formatValue(Column column, double v)
{
    if (std::isnan(v))
        return {};
    const QLocale locale;
    if (column == Name || column >= ColumnCount)
        return {};
    // Rates are small numbers: throughput to a tenth, errors to a hundredth; the rest whole.
    const model::Metric metric = metricOf(column);
    const int decimals = metric == model::Metric::Throughput ? 1 : metric == model::Metric::ErrorRate ? 2 : 0;
    return locale.toString(v, 'f', decimals);
}

QVariant KoshaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_topology)
        return {};
    const Kind kind = kindOf(index.internalId());
    const int i = indexOf(index.internalId());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return shortName(kind, i);
        if (kind == Kind::Agent) {
            if (column == Agents)
                return QString();
            if (column == Busy || column == Waiting || column == Failed)
                return value(kind, i, column) > 0 ? QStringLiteral("●") : QString();
        }
        return formatValue(column, value(kind, i, column));
    case SortRole:
        if (column == Name)
            return fullName(kind, i);
        return value(kind, i, column);
    case FullNameRole:
        return fullName(kind, i);
    case ScopeRole:
        return QVariant::fromValue(Scope{kind, i});
    case Qt::TextAlignmentRole:
        if (column == Name)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        // Only failures stand out; everything else keeps the palette's text colour.
        if (column == Failed && value(kind, i, column) > 0)
            return QBrush(QColor(0xd0, 0x45, 0x3d));
        return {};
    case Qt::ToolTipRole: {
        if (column != Name)
            return {};
        QStringList path;
        for (QModelIndex p = index; p.isValid(); p = parent(p))
            path.prepend(fullName(kindOf(p.internalId()), indexOf(p.internalId())));
        const QString what = kind == Kind::Team ? tr("Team") : kind == Kind::Prime ? tr("Prime kosha")
                           : kind == Kind::Domain ? tr("Domain kosha") : tr("Agent");
        return tr("%1: %2").arg(what, path.join(QStringLiteral(" › ")));
    }
    default: break;
    }
    return {};
}

QVariant KoshaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (const model::Metric metric = metricOf(section); metric != model::Metric::Count)
            return model::metricText(model::metricInfo(metric).column);
        switch (section) {
        case Name: return tr("Name");
        case Agents: return tr("Agents");
        case Busy: return tr("Busy");
        case Waiting: return tr("Waiting");
        case Failed: return tr("Failed");
        default: break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (const model::Metric metric = metricOf(section); metric != model::Metric::Count)
            return model::metricText(model::metricInfo(metric).columnTip);
        switch (section) {
        case Name: return tr("Team → prime kosha → domain kosha → agent");
        case Agents: return tr("Agents in the group");
        case Busy: return tr("Agents with a stage in service");
        case Waiting: return tr("Agents waiting for a pool slot");
        case Failed: return tr("Agents crashed or unavailable");
        default: break;
        }
    } else if (role == Qt::InitialSortOrderRole) {
        // Names A to Z; values worst (largest) first.
        return section == Name ? Qt::AscendingOrder : Qt::DescendingOrder;
    } else if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment((section == Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    }
    return {};
}

} // namespace omega::widgets
