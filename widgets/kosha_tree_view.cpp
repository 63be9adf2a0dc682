#include "widgets/kosha_tree_view.h"

#include "widgets/kosha_tree_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <cmath>

namespace omega::widgets {

namespace {

// Names in natural order ("team9" before "team10"), independent of the locale's collation.
bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            // Compare digit runs by value: strip leading zeros, then length, then digits.
            qsizetype is = i, js = j;
            while (is + 1 < ie && a[is] == QLatin1Char('0'))
                ++is;
            while (js + 1 < je && b[js] == QLatin1Char('0'))
                ++js;
            if (ie - is != je - js)
                return ie - is < je - js;
            for (; is < ie; ++is, ++js)
                if (a[is] != b[js])
                    return a[is] < b[js];
            i = ie, j = je;
            continue;
        }
        const QChar x = a[i].toCaseFolded(), y = b[j].toCaseFolded();
        if (x != y)
            return x < y;
        ++i, ++j;
    }
    return a.size() - i < b.size() - j;
}

// Numbers compare as numbers, names naturally; a domain whose agent rows are not fetched yet
// still passes the filter when one of its agents' names matches.
class KoshaSortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterText(const QString& text)
    {
        m_text = text;
        setFilterFixedString(text);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (QSortFilterProxyModel::filterAcceptsRow(row, parent))
            return true;
        if (m_text.isEmpty())
            return false;
        const auto* model = static_cast<const KoshaTreeModel*>(sourceModel());
        const Scope s = model->scopeFor(model->index(row, 0, parent));
        return s.kind == Scope::Kind::Domain && !model->agentsFetched(s.index) && model->domainHasAgentMatching(s.index, m_text);
    }

    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double) {
            const double x = a.toDouble(), y = b.toDouble();
            if (std::isnan(x) || std::isnan(y))
                return std::isnan(x) && !std::isnan(y);   // missing values first when ascending
            return x < y;
        }
        return naturalLess(a.toString(), b.toString());
    }

private:
    QString m_text;
};

// Live values would reorder a sorted tree every frame; once a second stays readable.
constexpr int kResortMs = 1000;
constexpr int kMinNameWidth = 180;

} // namespace

KoshaTreeView::KoshaTreeView(QWidget* parent)
    : QWidget(parent), m_model(new KoshaTreeModel(this)), m_proxy(new KoshaSortProxy(this)), m_tree(new QTreeView(this)),
      m_filter(new QLineEdit(this)), m_counts(new QLabel(this)), m_resortTimer(new QTimer(this)), m_refreshTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KoshaTreeModel::SortRole);
    m_proxy->setFilterRole(KoshaTreeModel::FullNameRole);
    m_proxy->setFilterKeyColumn(KoshaTreeModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setDynamicSortFilter(false);   // re-sorted on m_resortTimer instead

    m_filter->setPlaceholderText(tr("Filter teams, koshas and agents…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows rows whose name contains the text, with their parents"));
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_counts->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);

    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(true);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSortIndicatorClearable(true);        // a third click returns to topology order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_counts);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &KoshaTreeView::applyFilter);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (m_proxy->canFetchMore(index))
            m_proxy->fetchMore(index);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KoshaTreeView::forwardSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        if (!m_filter->text().isEmpty())
            applyFilter(m_filter->text());
        if (m_selection)
            showScope(m_selection->current());
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { m_resortDue = false; });
    m_resortTimer->setInterval(kResortMs);
    connect(m_resortTimer, &QTimer::timeout, this, &KoshaTreeView::resortIfDue);
    m_resortTimer->start();
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &KoshaTreeView::applyPending);

    m_tree->viewport()->installEventFilter(this);
    updateCounts();
    fitColumns();
}

void KoshaTreeView::setSnapshot(const model::SnapshotPtr& snapshot)
{
    m_pending = snapshot;
    m_hasPending = true;
    const auto& shown = m_model->snapshot();
    const bool newShape = !shown || !snapshot || shown->topology != snapshot->topology;
    if (newShape || !m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= kRefreshMs)
        applyPending();
    else if (!m_refreshTimer->isActive())
        m_refreshTimer->start(static_cast<int>(kRefreshMs - m_sinceRefresh.elapsed()));
}

void KoshaTreeView::applyPending()
{
    if (!m_hasPending)
        return;
    m_refreshTimer->stop();
    m_hasPending = false;
    const auto snapshot = std::move(m_pending);
    m_pending.reset();
    if (snapshot != m_model->snapshot())
        m_resortDue = true;
    m_model->setSnapshot(snapshot);
    m_sinceRefresh.start();
}

void KoshaTreeView::setSelectionModel(SelectionModel* selection)
{
    if (m_selection == selection)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (!m_selection)
        return;
    connect(m_selection, &SelectionModel::changed, this, &KoshaTreeView::showScope);
    showScope(m_selection->current());
}

void KoshaTreeView::forwardSelection()
{
    if (m_syncing || !m_selection)
        return;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(KoshaTreeModel::Name);
    if (rows.isEmpty())
        return;   // a row hidden by the filter does not unselect it everywhere else
    const Scope scope = m_model->scopeFor(m_proxy->mapToSource(rows.first()));
    m_syncing = true;
    m_selection->select(scope);
    m_syncing = false;
}

void KoshaTreeView::showScope(const Scope& scope)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_model->fetchFor(scope);
    const QModelIndex source = m_model->indexFor(scope);
    const QModelIndex row = source.isValid() ? m_proxy->mapFromSource(source) : QModelIndex();
    if (!row.isValid()) {
        m_tree->selectionModel()->clearSelection();
    } else {
        for (QModelIndex p = row.parent(); p.isValid(); p = p.parent())
            m_tree->expand(p);
        m_tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(row, QAbstractItemView::EnsureVisible);
    }
    m_syncing = false;
}

void KoshaTreeView::applyFilter(const QString& text)
{
    static_cast<KoshaSortProxy*>(m_proxy)->setFilterText(text);
    if (!text.isEmpty()) {
        // Open the way to each row that matches on its own, not to rows whose parent already matched.
        auto matches = [&](const QModelIndex& i) { return i.data(KoshaTreeModel::FullNameRole).toString().contains(text, Qt::CaseInsensitive); };
        std::vector<QModelIndex> stack;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            stack.push_back(m_proxy->index(r, 0));
        while (!stack.empty()) {
            const QModelIndex i = stack.back();
            stack.pop_back();
            if (matches(i)) {
                for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
                    m_tree->expand(p);
                continue;
            }
            if (m_proxy->canFetchMore(i)) {
                // A domain let through for one of its agents: open it so that they show.
                m_proxy->fetchMore(i);
                for (QModelIndex p = i; p.isValid(); p = p.parent())
                    m_tree->expand(p);
                continue;
            }
            for (int r = 0; r < m_proxy->rowCount(i); ++r)
                stack.push_back(m_proxy->index(r, 0, i));
        }
    }
    if (m_selection) {
        // Keep the shared selection in view once it is no longer filtered out.
        const QModelIndex source = m_model->indexFor(m_selection->current());
        if (source.isValid() && m_proxy->mapFromSource(source).isValid())
            showScope(m_selection->current());
    }
}

void KoshaTreeView::resortIfDue()
{
    if (!m_resortDue || !isVisible() || m_proxy->sortColumn() <= KoshaTreeModel::Name)
        return;
    m_resortDue = false;
    m_proxy->sort(m_proxy->sortColumn(), m_proxy->sortOrder());
}

void KoshaTreeView::updateCounts()
{
    const auto& s = m_model->snapshot();
    if (!s || !s->topology) {
        m_counts->setText(tr("waiting for topology"));
        return;
    }
    const model::Topology& t = *s->topology;
    const QLocale locale;
    m_counts->setText(tr("%1 teams · %2 primes · %3 domains · %4 agents")
                          .arg(t.teamCount())
                          .arg(t.primeCount())
                          .arg(t.domainCount())
                          .arg(locale.toString(t.agentCount())));
}

void KoshaTreeView::fitColumns()
{
    // Value columns as wide as their header or a typical value; the name takes what is left.
    const QFontMetrics fm(m_tree->font());
    const QFontMetrics hfm(m_tree->header()->font());
    const int sortArrow = 22;
    int used = 0;
    for (int c = KoshaTreeModel::Agents; c < KoshaTreeModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int w = std::max(hfm.horizontalAdvance(title) + sortArrow, fm.horizontalAdvance(QStringLiteral("00,000.0")) + 12);
        m_tree->header()->resizeSection(c, w);
        used += w;
    }
    const int available = m_tree->viewport()->width() - used;
    m_tree->header()->resizeSection(KoshaTreeModel::Name, std::max(kMinNameWidth, available));
}

bool KoshaTreeView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void KoshaTreeView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
}

} // namespace omega::widgets
