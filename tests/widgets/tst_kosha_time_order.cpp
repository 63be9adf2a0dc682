// Kosha x time with a publisher that lists its koshas interleaved across teams (prime 0 of team A,
// prime 0 of team B, ...): rows are grouped by team, so each team is one band named once (they
// used to be named in cycles, "orca heron lynx orca heron ..."), and the data, the hover text and
// a click still belong to the right kosha.

#include "pipeline_fleet.h"
#include "model/ingest_pipeline.h"
#include "widgets/kosha_time_map.h"
#include "widgets/selection.h"

#include <qcustomplot.h>

#include <QTest>

using namespace omega;
using model::ScopeKind;
using widgets::Scope;

namespace {
constexpr int kRounds = 20, kTeams = 3, kDomainsPerPrime = 5;
constexpr int kDomains = kRounds * kTeams * kDomainsPerPrime;   // one agent each
constexpr int kHot = 7;                                         // prime 1 = heron.p0, its third domain
const char* const kTeamNames[kTeams] = {"orca", "heron", "lynx"};

std::string interleavedTopology()
{
    omega::v1::Topology t;
    protocol::fillHeader(*t.mutable_header(), "test-pub", 7, 1, protocol::wallClockUs(), 0, 1);
    t.set_topology_version(1);
    for (const char* team : kTeamNames)
        t.add_teams()->set_name(team);
    for (int round = 0; round < kRounds; ++round)
        for (int tm = 0; tm < kTeams; ++tm) {
            auto* prime = t.add_primes();
            prime->set_name(std::string(kTeamNames[tm]) + ".p" + std::to_string(round));
            prime->set_team(static_cast<unsigned>(tm));
            for (int d = 0; d < kDomainsPerPrime; ++d) {
                auto* dom = t.add_domains();
                dom->set_name(prime->name() + ".d" + std::to_string(d));
                dom->set_prime(static_cast<unsigned>(t.primes_size() - 1));
                t.add_agent_names("agent-" + std::to_string(t.agent_names_size()));
                t.add_agent_domain(static_cast<unsigned>(t.domains_size() - 1));
            }
        }
    for (auto [name, kind] : {std::pair{"local", omega::v1::POOL_KIND_LOCAL}, std::pair{"cloud", omega::v1::POOL_KIND_CLOUD}}) {
        auto* pool = t.add_pools();
        pool->set_name(name);
        pool->set_kind(kind);
    }
    return t.SerializeAsString();
}
} // namespace

class TestKoshaTimeOrder : public QObject {
    Q_OBJECT
    model::IngestPipeline pipeline;
    widgets::SelectionModel selection;
    std::unique_ptr<widgets::KoshaTimeMap> map;

private slots:
    void initTestCase()
    {
        const std::string topo = interleavedTopology();
        pipeline.ingest("topo", topo.data(), topo.size(), 0);
        for (std::uint64_t seq = 1; seq <= 300; ++seq) {
            const std::int64_t simUs = static_cast<std::int64_t>(seq) * 100'000;
            const std::string tick = testing::makeFleetTick(kDomains, seq, simUs, 100'000, [](int a) {
                                         return a == kHot ? 1.0f : 0.0f;
                                     }).SerializeAsString();
            pipeline.ingest("tick", tick.data(), tick.size(), static_cast<std::int64_t>(seq));
        }
        pipeline.publishNow(1'000'000'000);
        QVERIFY(pipeline.latest()->topology);
        QCOMPARE(pipeline.latest()->topology->domainCount(), kDomains);
        map = std::make_unique<widgets::KoshaTimeMap>();
        map->resize(900, 520);
        map->setHistorySource(&pipeline);
        map->setSelectionModel(&selection);
        map->show();
        QVERIFY(QTest::qWaitForWindowExposed(map.get()));
        map->setMetric(model::Metric::QueueDepth);
        map->setLevel(ScopeKind::Domain);
        map->setSnapshot(pipeline.latest());
        map->refreshNow();
        map->plot()->replot();
        QCOMPARE(map->rowCount(), kDomains);
    }

    void teamsAreContiguousBandsNamedOnce()
    {
        const model::Topology& topo = *pipeline.latest()->topology;
        int bands = 1;
        for (int r = 1; r < map->rowCount(); ++r) {
            const auto team = [&](int row) { return topo.primeTeam[topo.domainPrime[static_cast<std::size_t>(map->groupOfRow(row))]]; };
            QVERIFY2(team(r) >= team(r - 1), qPrintable(QStringLiteral("row %1 goes back to an earlier team").arg(r)));
            bands += team(r) != team(r - 1);
        }
        QCOMPARE(bands, kTeams);
        auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(map->plot()->yAxis->ticker());
        QVERIFY(ticker);
        const QStringList labels = ticker->ticks().values();
        QCOMPARE(labels, (QStringList{QStringLiteral("orca"), QStringLiteral("heron"), QStringLiteral("lynx")}));
        const QString dir = qEnvironmentVariable("OMEGA_ARTIFACT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(map->grab().save(dir + QStringLiteral("/kosha-time-interleaved.png")));
    }

    void dataHoverAndClickFollowTheKosha()
    {
        const int row = map->rowOfGroup(kHot);
        QVERIFY(row >= 0 && row != kHot);   // moved: heron's band starts after all of orca's domains
        QCOMPARE(map->groupOfRow(row), kHot);
        const int col = 10;
        QCPColorMapData* d = map->colorMap()->data();
        const double top = map->colorMap()->dataRange().upper;
        QCOMPARE(d->cell(col, row), top);
        QVERIFY(d->cell(col, kHot) < top / 2);   // the row the domain had in the topology's order is cold
        const QString tip = map->toolTipAt(map->cellCenter(col, row));
        QVERIFY2(tip.startsWith(QStringLiteral("heron.p0.d2\n")), qPrintable(tip));
        QTest::mouseClick(map->plot(), Qt::LeftButton, {}, map->cellCenter(col, row));
        QCOMPARE(selection.current().kind, Scope::Kind::Domain);
        QCOMPARE(selection.current().index, kHot);
    }
};

QTEST_MAIN(TestKoshaTimeOrder)
#include "tst_kosha_time_order.moc"
