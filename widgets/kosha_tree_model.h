#pragma once
// The kosha hierarchy (team -> prime -> domain -> agent) as an item model over the latest snapshot,
// with rolled-up metrics per row. A new snapshot on the same topology only emits dataChanged, so
// views keep their expansion, selection and scroll position; a new topology resets the model.
// A domain's agent rows are fetched when a view first opens it, so that live updates only touch
// agents someone has looked at.

#include "model/metrics.h"
#include "model/snapshot.h"
#include "widgets/selection.h"

#include <QAbstractItemModel>
#include <vector>

namespace omega::widgets {

// Place of a metric among the tree's metric columns; Metric::Count gives how many there are.
constexpr int treePosition(model::Metric metric)
{
    int k = 0;
    for (const model::MetricInfo& info : model::kMetrics) {
        if (info.metric == metric)
            break;
        k += (info.uses & model::TreeColumn) ? 1 : 0;
    }
    return k;
}

class KoshaTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // The agent count, one column per metric marked TreeColumn in model::kMetrics (in table
    // order), then the agent states.
    enum Column : int {
        Name,
        Agents,
        FirstMetricColumn,
        LatencyP99 = FirstMetricColumn + treePosition(model::Metric::LatencyP99),
        Queue = FirstMetricColumn + treePosition(model::Metric::QueueDepth),
        Utilisation = FirstMetricColumn + treePosition(model::Metric::Utilisation),
        Errors = FirstMetricColumn + treePosition(model::Metric::ErrorRate),
        Throughput = FirstMetricColumn + treePosition(model::Metric::Throughput),
        Busy = FirstMetricColumn + treePosition(model::Metric::Count),
        Waiting,
        Failed,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,   // double for numeric columns, the name for Name
        ScopeRole,                     // omega::model::Scope of the row
        FullNameRole,                  // the name as in the topology (Name shows it without the parent's prefix)
    };

    explicit KoshaTreeModel(QObject* parent = nullptr);

    void setSnapshot(const model::SnapshotPtr& snapshot);
    const model::SnapshotPtr& snapshot() const { return m_snapshot; }

    QModelIndex indexFor(const Scope& scope, int column = Name) const;   // invalid for Fleet, out of range or not fetched
    Scope scopeFor(const QModelIndex& index) const;
    void fetchFor(const Scope& scope);             // fetches the agent rows an agent scope needs
    bool agentsFetched(int domain) const;
    bool domainHasAgentMatching(int domain, const QString& text) const;   // by agent name, fetched or not

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Text as shown for a value column, so that tests and views format alike.
    static QString formatValue(Column column, double value);
    // The metric a column shows; Metric::Count for Name, Agents and the state columns.
    static model::Metric metricOf(int column);

private:
    void rebuildIndex();
    void emitChanged(const model::FleetSnapshot* before);
    double value(Scope::Kind kind, int index, Column column) const;
    const std::vector<int>* childrenOf(Scope::Kind kind, int index) const;
    QString fullName(Scope::Kind kind, int index) const;
    QString shortName(Scope::Kind kind, int index) const;

    model::SnapshotPtr m_snapshot;
    model::TopologyPtr m_topology;
    std::vector<int> m_teams;                       // 0..teams-1, the root's children
    std::vector<std::vector<int>> m_teamPrimes, m_primeDomains, m_domainAgents;
    std::vector<int> m_primeRow, m_domainRow, m_agentRow;   // row under the parent
    std::vector<char> m_fetched;                            // per domain: agent rows inserted
};

} // namespace omega::widgets
