#pragma once
// The kosha hierarchy as a sortable, filterable tree with rolled-up metrics, kept in step with the
// shared SelectionModel both ways. Numbers refresh at most four times a second (a table of figures
// changing at 30 Hz cannot be read, and painting it is the cost); a new topology shows at once.

#include "model/snapshot.h"
#include "widgets/selection.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace omega::widgets {

class KoshaTreeModel;

class KoshaTreeView : public QWidget {
    Q_OBJECT
public:
    explicit KoshaTreeView(QWidget* parent = nullptr);

    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setSelectionModel(SelectionModel* selection);
    static constexpr int kRefreshMs = 250;

    QTreeView* treeView() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }
    KoshaTreeModel* treeModel() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyPending();
    void showScope(const Scope& scope);
    void forwardSelection();
    void applyFilter(const QString& text);
    void resortIfDue();
    void updateCounts();
    void fitColumns();

    KoshaTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_tree;
    QLineEdit* m_filter;
    QLabel* m_counts;
    QTimer* m_resortTimer;
    QTimer* m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    model::SnapshotPtr m_pending;
    bool m_hasPending = false;
    QPointer<SelectionModel> m_selection;
    bool m_syncing = false;       // true while the view mirrors an outside selection
    bool m_resortDue = false;     // values changed since the last sort
};

} // namespace omega::widgets
