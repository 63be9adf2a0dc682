// Kosha hierarchy tree: rows follow the topology, values equal the roll-ups, numeric sorting,
// selection in step with the SelectionModel, live updates that keep expansion and scroll.

#include "widgets/kosha_tree_model.h"
#include "widgets/kosha_tree_view.h"
#include "widgets/selection.h"
#include "widgets/widget_test_data.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

using namespace omega;
using namespace omega::widgets;
using Model = KoshaTreeModel;

namespace {

// A copy of `base` on the same topology, with agent values changed by `edit` and roll-ups redone.
model::SnapshotPtr edited(const model::SnapshotPtr& base, std::uint64_t serial, const std::function<void(model::AgentColumns&)>& edit)
{
    auto s = std::make_shared<model::FleetSnapshot>(*base);
    s->serial = serial;
    edit(s->agents);
    s->rollups = model::computeRollups(*s->topology, s->agents);
    return s;
}

int hotDomainAgent(int a) { return a * 360 / 3000 == 17; }

QModelIndex shown(KoshaTreeView& view, const Scope& scope, int column = Model::Name)
{
    view.treeModel()->fetchFor(scope);
    return view.proxyModel()->mapFromSource(view.treeModel()->indexFor(scope, column));
}

// Opens every domain's agent rows: the most a live update can have to touch.
void fetchAll(Model& m)
{
    for (int d = 0; d < m.snapshot()->topology->domainCount(); ++d)
        m.fetchMore(m.indexFor(Scope{Scope::Kind::Domain, d}));
}

} // namespace

class TstKoshaTree : public QObject {
    Q_OBJECT
private slots:
    void rowsFollowTopology();
    void modelPassesTester();
    void rolledUpValuesMatchSnapshot();
    void sortsNumerically();
    void selectingRowSelectsScope();
    void outsideSelectionRevealsRow();
    void newSnapshotKeepsExpansionAndScroll();
    void newTopologyResets();
    void filterShowsMatchesWithParents();
    void liveUpdateIsCheap();
    void screenshot();
};

void TstKoshaTree::rowsFollowTopology()
{
    const auto s = testing::makeSnapshot(3000);
    const model::Topology& t = *s->topology;
    Model m;
    m.setSnapshot(s);
    QCOMPARE(m.rowCount(), 12);
    QCOMPARE(m.columnCount(), int(Model::ColumnCount));
    int primes = 0, domains = 0, agents = 0;
    for (int tm = 0; tm < m.rowCount(); ++tm) {
        const QModelIndex team = m.index(tm, 0);
        QCOMPARE(m.scopeFor(team), (Scope{Scope::Kind::Team, tm}));
        QCOMPARE(m.rowCount(team), 6);
        for (int p = 0; p < m.rowCount(team); ++p) {
            const QModelIndex prime = m.index(p, 0, team);
            QCOMPARE(m.parent(prime), team);
            const Scope ps = m.scopeFor(prime);
            QCOMPARE(ps.kind, Scope::Kind::Prime);
            QCOMPARE(int(t.primeTeam[std::size_t(ps.index)]), tm);
            QCOMPARE(m.rowCount(prime), 5);
            ++primes;
            for (int d = 0; d < m.rowCount(prime); ++d) {
                const QModelIndex domain = m.index(d, 0, prime);
                QCOMPARE(m.parent(domain), prime);
                const Scope ds = m.scopeFor(domain);
                // Agent rows arrive when a view opens the domain.
                QVERIFY(m.hasChildren(domain));
                QCOMPARE(m.rowCount(domain), 0);
                QVERIFY(m.canFetchMore(domain));
                m.fetchMore(domain);
                QVERIFY(!m.canFetchMore(domain));
                QCOMPARE(m.rowCount(domain), s->rollups.domains[std::size_t(ds.index)].agents);
                const QModelIndex agent = m.index(0, 0, domain);
                QCOMPARE(m.parent(agent), domain);
                QVERIFY(!m.hasChildren(agent));
                agents += m.rowCount(domain);
                ++domains;
            }
        }
    }
    QCOMPARE(primes, t.primeCount());
    QCOMPARE(domains, t.domainCount());
    QCOMPARE(agents, 3000);
    // Every scope maps to a row and back.
    for (int a = 0; a < 3000; a += 97)
        QCOMPARE(m.scopeFor(m.indexFor(Scope{Scope::Kind::Agent, a})), (Scope{Scope::Kind::Agent, a}));
    QVERIFY(!m.indexFor(Scope::fleet()).isValid());
    QVERIFY(!m.indexFor(Scope{Scope::Kind::Domain, 360}).isValid());
}

void TstKoshaTree::modelPassesTester()
{
    // Agent rows are fetched before the tester watches: it fetches children from inside its own
    // rowsInserted and modelReset checks and then reports the fetch as a nested change.
    Model m;
    const auto s = testing::makeSnapshot(240, {}, 3, 2, 2);
    m.setSnapshot(s);
    fetchAll(m);
    {
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSnapshot(edited(s, 2, [](model::AgentColumns& a) { a.queueDepth[5] += 3; }));
        m.setSnapshot(edited(s, 3, [](model::AgentColumns& a) { a.latencyP99Ms[100] = 1; }));
    }
    m.setSnapshot(testing::makeSnapshot(90, {}, 2, 2, 3));
    fetchAll(m);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSnapshot(nullptr);
    QCOMPARE(m.rowCount(), 0);
}

void TstKoshaTree::rolledUpValuesMatchSnapshot()
{
    const auto s = testing::makeSnapshot(3000, hotDomainAgent);
    KoshaTreeView view;
    view.setSnapshot(s);
    QSortFilterProxyModel* proxy = view.proxyModel();
    for (int tm = 0; tm < 12; ++tm) {
        const model::GroupStats& g = s->rollups.teams[std::size_t(tm)];
        const QModelIndex queue = shown(view, Scope{Scope::Kind::Team, tm}, Model::Queue);
        QCOMPARE(queue.data(Model::SortRole).toDouble(), double(g.queueDepth));
        QCOMPARE(queue.data().toString(), Model::formatValue(Model::Queue, g.queueDepth));
        QCOMPARE(shown(view, Scope{Scope::Kind::Team, tm}, Model::Agents).data().toString(), QString::number(g.agents));
        QCOMPARE(shown(view, Scope{Scope::Kind::Team, tm}, Model::Throughput).data(Model::SortRole).toDouble(), double(g.throughput));
    }
    const model::GroupStats& hot = s->rollups.domains[17];
    const QModelIndex p99 = shown(view, Scope{Scope::Kind::Domain, 17}, Model::LatencyP99);
    QCOMPARE(p99.data(Model::SortRole).toDouble(), double(hot.latencyP99));
    QCOMPARE(p99.data().toString(), Model::formatValue(Model::LatencyP99, hot.latencyP99));
    QCOMPARE(shown(view, Scope{Scope::Kind::Domain, 17}, Model::Busy).data().toString(), QString::number(hot.busy));
    QCOMPARE(shown(view, Scope{Scope::Kind::Prime, 3}, Model::Utilisation).data(Model::SortRole).toDouble(),
             100.0 * double(s->rollups.primes[3].utilisation));
    const QModelIndex agentQueue = shown(view, Scope{Scope::Kind::Agent, 1234}, Model::Queue);
    QCOMPARE(agentQueue.data().toString(), QString::number(1234 % 7));
    QVERIFY(proxy->rowCount() == 12);
    // Names are shown under their parent without the parent's prefix, full in the tooltip.
    QCOMPARE(shown(view, Scope{Scope::Kind::Domain, 17}).data().toString(), QStringLiteral("d2"));
    QVERIFY(shown(view, Scope{Scope::Kind::Domain, 17}).data(Qt::ToolTipRole).toString().contains(QStringLiteral("team0.p3.d2")));
}

void TstKoshaTree::sortsNumerically()
{
    // Team queue sums chosen so that text order (10, 100, 2, 9) differs from numeric order.
    const int queues[12] = {9, 10, 100, 2, 30, 1, 0, 11, 5, 99, 20, 3};
    const auto base = testing::makeSnapshot(3000);
    const auto s = edited(base, 2, [&](model::AgentColumns& a) {
        std::fill(a.queueDepth.begin(), a.queueDepth.end(), 0u);
        for (int tm = 0; tm < 12; ++tm)
            a.queueDepth[std::size_t(tm * 250)] = std::uint32_t(queues[tm]);
    });
    KoshaTreeView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(s);
    QHeaderView* header = view.treeView()->header();
    const QPoint click(header->sectionViewportPosition(Model::Queue) + header->sectionSize(Model::Queue) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, click);
    QCOMPARE(view.proxyModel()->sortColumn(), int(Model::Queue));

    auto column = [&] {
        QStringList texts;
        for (int r = 0; r < view.proxyModel()->rowCount(); ++r)
            texts << view.proxyModel()->index(r, Model::Queue).data().toString();
        return texts;
    };
    const Qt::SortOrder first = view.proxyModel()->sortOrder();
    QStringList expected{"0", "1", "2", "3", "5", "9", "10", "11", "20", "30", "99", "100"};
    if (first == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(column(), expected);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, click);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(column(), expected);

    // Agent rows fetched while sorted arrive in order too.
    view.treeView()->sortByColumn(Model::LatencyP99, Qt::DescendingOrder);
    QTreeView* tree = view.treeView();
    const QModelIndex team = view.proxyModel()->index(0, 0);
    tree->expand(team);
    const QModelIndex prime = view.proxyModel()->index(0, 0, team);
    tree->expand(prime);
    const QModelIndex domain = view.proxyModel()->index(0, 0, prime);
    tree->expand(domain);
    QVERIFY(view.proxyModel()->rowCount(domain) >= 8);
    for (int r = 1; r < view.proxyModel()->rowCount(domain); ++r)
        QVERIFY(view.proxyModel()->index(r - 1, Model::LatencyP99, domain).data(Model::SortRole).toDouble()
                >= view.proxyModel()->index(r, Model::LatencyP99, domain).data(Model::SortRole).toDouble());

    // Names sort naturally: team2 before team10.
    view.treeView()->sortByColumn(Model::Name, Qt::AscendingOrder);
    QCOMPARE(view.proxyModel()->index(2, 0).data().toString(), QStringLiteral("team2"));
    QCOMPARE(view.proxyModel()->index(10, 0).data().toString(), QStringLiteral("team10"));
}

void TstKoshaTree::selectingRowSelectsScope()
{
    SelectionModel selection;
    KoshaTreeView view;
    view.setSelectionModel(&selection);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(testing::makeSnapshot(3000));
    QTreeView* tree = view.treeView();
    const QModelIndex domain = shown(view, Scope{Scope::Kind::Domain, 38});   // team1.p1.d3
    QVERIFY(domain.isValid());
    tree->expand(domain.parent().parent());
    tree->expand(domain.parent());
    tree->scrollTo(domain);
    const QRect r = tree->visualRect(domain);
    QVERIFY(tree->viewport()->rect().contains(r.center()));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
    QCOMPARE(selection.current(), (Scope{Scope::Kind::Domain, 38}));

    // Keyboard moves the selection too: Down goes to the next domain row.
    QTest::keyClick(tree->viewport(), Qt::Key_Down);
    QCOMPARE(selection.current(), (Scope{Scope::Kind::Domain, 39}));
}

void TstKoshaTree::outsideSelectionRevealsRow()
{
    SelectionModel selection;
    KoshaTreeView view;
    view.setSelectionModel(&selection);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(testing::makeSnapshot(3000));
    QTreeView* tree = view.treeView();

    selection.select(Scope{Scope::Kind::Agent, 2345});
    const QModelIndex agent = shown(view, Scope{Scope::Kind::Agent, 2345});
    const QModelIndexList rows = tree->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(), agent);
    QCOMPARE(tree->currentIndex().row(), agent.row());
    QVERIFY(tree->isExpanded(agent.parent()));
    QVERIFY(tree->isExpanded(agent.parent().parent()));
    QVERIFY(tree->isExpanded(agent.parent().parent().parent()));
    QVERIFY(tree->viewport()->rect().intersects(tree->visualRect(agent)));   // scrolled to it
    QCOMPARE(selection.current(), (Scope{Scope::Kind::Agent, 2345}));       // no echo back

    selection.select(Scope{Scope::Kind::Team, 4});
    QCOMPARE(tree->selectionModel()->selectedRows().value(0), shown(view, Scope{Scope::Kind::Team, 4}));
    selection.select(Scope::fleet());
    QVERIFY(tree->selectionModel()->selectedRows().isEmpty());
}

void TstKoshaTree::newSnapshotKeepsExpansionAndScroll()
{
    SelectionModel selection;
    KoshaTreeView view;
    view.setSelectionModel(&selection);
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto first = testing::makeSnapshot(3000);
    view.setSnapshot(first);
    QTreeView* tree = view.treeView();
    selection.select(Scope{Scope::Kind::Agent, 1500});
    const QModelIndex team = shown(view, Scope{Scope::Kind::Team, 3});
    tree->expand(team);
    tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum() / 2);
    const int scroll = tree->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    QSignalSpy resets(view.treeModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(view.treeModel(), &QAbstractItemModel::dataChanged);
    const auto second = edited(first, 2, [](model::AgentColumns& a) {
        a.queueDepth[1500] = 77;
        a.latencyP99Ms[10] = 999;
    });
    view.setSnapshot(second);
    QTRY_COMPARE(shown(view, Scope{Scope::Kind::Agent, 1500}, Model::Queue).data().toString(), QStringLiteral("77"));
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() > 0);
    QVERIFY(changes.count() <= 4 * 2);   // one range per changed parent, per level
    QCOMPARE(shown(view, Scope{Scope::Kind::Team, 6}, Model::Queue).data(Model::SortRole).toDouble(),
             double(second->rollups.teams[6].queueDepth));
    QVERIFY(tree->isExpanded(team));
    QVERIFY(tree->isExpanded(shown(view, Scope{Scope::Kind::Domain, 180})));   // the selected agent's domain
    QCOMPARE(tree->verticalScrollBar()->value(), scroll);
    QCOMPARE(tree->selectionModel()->selectedRows().value(0), shown(view, Scope{Scope::Kind::Agent, 1500}));

    // Same serial again: nothing to do.
    QTest::qWait(KoshaTreeView::kRefreshMs + 50);
    changes.clear();
    view.setSnapshot(edited(second, 2, [](model::AgentColumns&) {}));
    QCOMPARE(view.treeModel()->snapshot()->serial, 2u);
    QCOMPARE(changes.count(), 0);

    // Sorted by a live column: the order follows the values, still without a reset.
    tree->sortByColumn(Model::LatencyP99, Qt::DescendingOrder);
    view.setSnapshot(edited(second, 3, [](model::AgentColumns& a) {
        for (std::size_t i = 0; i < 250; ++i)
            a.latencyP99Ms[i + 2750] = 4000;   // team 11
    }));
    QTRY_COMPARE_WITH_TIMEOUT(view.proxyModel()->index(0, 0).data().toString(), QStringLiteral("team11"), 3000);
    QCOMPARE(resets.count(), 0);
    QVERIFY(tree->isExpanded(shown(view, Scope{Scope::Kind::Team, 3})));
    QCOMPARE(tree->selectionModel()->selectedRows().value(0), shown(view, Scope{Scope::Kind::Agent, 1500}));
}

void TstKoshaTree::newTopologyResets()
{
    Model m;
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    m.setSnapshot(testing::makeSnapshot(3000));
    m.setSnapshot(testing::makeSnapshot(600, {}, 4, 3, 2));
    QCOMPARE(resets.count(), 2);
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.rowCount(m.index(0, 0)), 3);
}

void TstKoshaTree::filterShowsMatchesWithParents()
{
    KoshaTreeView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(testing::makeSnapshot(3000));
    QTest::keyClicks(view.filterEdit(), QStringLiteral("team7.p4.d1"));
    QSortFilterProxyModel* proxy = view.proxyModel();
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex team = proxy->index(0, 0);
    QCOMPARE(team.data().toString(), QStringLiteral("team7"));
    QCOMPARE(proxy->rowCount(team), 1);
    const QModelIndex domain = proxy->index(0, 0, proxy->index(0, 0, team));
    QCOMPARE(domain.data(Model::FullNameRole).toString(), QStringLiteral("team7.p4.d1"));
    QVERIFY(view.treeView()->isExpanded(domain.parent()));
    view.treeView()->expand(domain);
    QCOMPARE(proxy->rowCount(domain), view.treeModel()->snapshot()->rollups.domains[231].agents);   // opened: its agents

    // An agent's name finds its domain, opened on the way to it.
    view.filterEdit()->clear();
    QTest::keyClicks(view.filterEdit(), QStringLiteral("a1234"));
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex agent = view.proxyModel()->mapFromSource(view.treeModel()->indexFor(Scope{Scope::Kind::Agent, 1234}));
    QVERIFY(agent.isValid());
    QCOMPARE(proxy->rowCount(agent.parent()), 1);
    QVERIFY(view.treeView()->isExpanded(agent.parent()));
    view.filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), 12);
}

void TstKoshaTree::liveUpdateIsCheap()
{
    // Every agent's values change every frame, as in a live feed; the view is open and painted.
    SelectionModel selection;
    KoshaTreeView view;
    view.setSelectionModel(&selection);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto base = testing::makeSnapshot(3000);
    view.setSnapshot(base);
    std::vector<model::SnapshotPtr> frames;
    for (int f = 0; f < 30; ++f)
        frames.push_back(edited(base, std::uint64_t(10 + f), [f](model::AgentColumns& a) {
            for (std::size_t i = 0; i < a.size(); ++i) {
                a.throughput[i] = 1.0f + float((i + std::size_t(f)) % 17) * 0.1f;
                a.queueDepth[i] = std::uint32_t((i * 3 + std::size_t(f)) % 11);
            }
        }));

    // 30 snapshots in a burst: the first shows at once, the last within one refresh period.
    QTest::qWait(KoshaTreeView::kRefreshMs + 20);
    QSignalSpy changes(view.treeModel(), &QAbstractItemModel::dataChanged);
    for (const auto& frame : frames)
        view.setSnapshot(frame);
    QCOMPARE(view.treeModel()->snapshot(), frames.front());
    QTRY_COMPARE(view.treeModel()->snapshot(), frames.back());
    QVERIFY(changes.count() <= 2 * 85);   // two refreshes of 1 + 12 + 72 ranges

    // The cost of one refresh, as watched: a team and two domains open, sorted by a live column.
    auto measure = [&](const char* what) {
        QElapsedTimer timer;
        timer.start();
        for (const auto& frame : frames) {
            view.treeModel()->setSnapshot(frame);
            view.treeView()->viewport()->repaint();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6 / double(frames.size());
        qInfo("tree refresh + paint, all 3,000 agents changed, %s: %.2f ms", what, ms);
        std::reverse(frames.begin(), frames.end());
        return ms;
    };
    view.treeView()->expand(shown(view, Scope{Scope::Kind::Team, 4}));
    selection.select(Scope{Scope::Kind::Agent, 1200});
    selection.select(Scope{Scope::Kind::Agent, 1300});
    view.treeView()->sortByColumn(Model::Throughput, Qt::DescendingOrder);
    const double watched = measure("a team and two domains open, sorted");
    // Worst case: every agent row fetched and shown.
    fetchAll(*view.treeModel());
    view.treeView()->expandAll();
    const double all = measure("all 3,435 rows open, sorted");
    QVERIFY(watched < 50.0);   // 4 refreshes a second stay well under a fifth of one core
    QVERIFY(all < 100.0);
    QCOMPARE(selection.current(), (Scope{Scope::Kind::Agent, 1300}));
}

void TstKoshaTree::screenshot()
{
    SelectionModel selection;
    KoshaTreeView view;
    view.setSelectionModel(&selection);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto base = testing::makeSnapshot(3000, hotDomainAgent);
    view.setSnapshot(edited(base, 2, [](model::AgentColumns& a) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            a.throughput[i] = 0.5f + float(i % 11) * 0.3f;
            a.errorRate[i] = i % 97 == 0 ? 0.4f : 0.0f;
            if (i % 53 == 0)
                a.state[i] = omega::v1::AGENT_STATE_WAITING;
            if (i % 331 == 0)
                a.state[i] = omega::v1::AGENT_STATE_FAILED;
        }
    }));
    QTreeView* tree = view.treeView();
    tree->expand(shown(view, Scope{Scope::Kind::Team, 1}));
    selection.select(Scope{Scope::Kind::Agent, 145});   // in the hot domain, team0.p3.d2
    tree->scrollToTop();
    QTest::qWait(50);   // let layouts settle before the grab
    const QString path = testing::saveScreenshot(view, QStringLiteral("kosha-tree"));
    QVERIFY(QFileInfo::exists(path));
}

QTEST_MAIN(TstKoshaTree)
#include "tst_kosha_tree.moc"
