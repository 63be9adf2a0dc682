// Roll-ups from agents to domain kosha, prime kosha and team, and their histories in the store.

#include "model/ingest_pipeline.h"
#include "model/rollup.h"
#include "test_fleet.h"

#include <QTest>
#include <cmath>

using namespace omega;
using model::ScopeKind;
using model::Metric;

class TestRollup : public QObject {
    Q_OBJECT
private slots:
    void sumsAndMeansRollUp()
    {
        // 40 agents; agent a sits in domain a % 4; domains 0,1 -> primes 0,1 (team red), 2,3 -> prime 2 (blue).
        const auto topo = model::Topology::fromProto(testing::makeTopology(40));
        model::AgentColumns a;
        a.resize(40);
        for (std::size_t i = 0; i < 40; ++i) {
            a.queueDepth[i] = static_cast<std::uint32_t>(i);
            a.throughput[i] = 1.0f;
            a.utilisation[i] = (i % 4 == 3) ? 1.0f : 0.0f;
            a.latencyP99Ms[i] = (i % 4 == 2) ? 100.0f : 0.0f;   // only domain 2 ran work
            a.state[i] = (i % 2 == 0) ? omega::v1::AGENT_STATE_BUSY : omega::v1::AGENT_STATE_IDLE;
        }
        a.latencyP99Ms[2] = 300.0f;
        const auto r = model::computeRollups(*topo, a);
        QCOMPARE(r.domains.size(), std::size_t(4));
        QCOMPARE(r.primes.size(), std::size_t(3));
        QCOMPARE(r.teams.size(), std::size_t(2));
        QCOMPARE(r.domains[1].agents, 10);
        QCOMPARE(r.domains[1].queueDepth, 1.0f + 5 + 9 + 13 + 17 + 21 + 25 + 29 + 33 + 37);
        QCOMPARE(r.domains[3].utilisation, 1.0f);
        QCOMPARE(r.domains[2].latencyP99, (300.0f + 9 * 100.0f) / 10);
        QCOMPARE(r.domains[2].latencyP99Max, 300.0f);
        QCOMPARE(r.primes[2].agents, 20);
        QCOMPARE(r.primes[2].utilisation, 0.5f);
        QCOMPARE(r.primes[2].latencyP99, (300.0f + 9 * 100.0f) / 10);   // mean over members that ran work
        QCOMPARE(r.teams[0].agents, 20);
        QCOMPARE(r.teams[1].throughput, 20.0f);
        QCOMPARE(r.teams[0].busy + r.teams[1].busy, 20);
        QCOMPARE(model::groupValue(r.teams[0], Metric::Utilisation), 0.0f);
        QCOMPARE(model::groupValue(r.domains[0], Metric::State), 100.0f);   // domain 0 = even agents, all busy
        QCOMPARE(model::agentValue(a, Metric::QueueDepth, 7), 7.0f);
    }

    void groupHistoriesAreStored()
    {
        model::IngestPipeline p;
        const std::string topo = testing::makeTopology(40).SerializeAsString();
        p.ingest("topo", topo.data(), topo.size(), 0);
        for (int i = 1; i <= 50; ++i) {
            const std::string tick = testing::makeTick(40, std::uint64_t(i), i * 100'000, std::uint32_t(i)).SerializeAsString();
            p.ingest("tick", tick.data(), tick.size(), i);
        }
        p.publishNow(1'000'000);
        const auto s = p.latest();
        QCOMPARE(s->rollups.domains.size(), std::size_t(4));
        // makeTick: queue depth = a % 3; domain 0 holds agents 0,4,...,36.
        float expected = 0;
        for (int a = 0; a < 40; a += 4)
            expected += float(a % 3);
        QCOMPARE(s->rollups.domains[0].queueDepth, expected);
        const auto series = p.groupSeries(ScopeKind::Domain, 0, Metric::QueueDepth, model::Resolution::OneSecond, 0, INT64_MAX);
        QCOMPARE(series.size(), std::size_t(6));   // seconds 0..5 (the last one open)
        QCOMPARE(series[2].mean, expected);
        const auto matrix = p.groupMatrix(ScopeKind::Prime, Metric::QueueDepth, model::Resolution::OneSecond, 0, INT64_MAX);
        QCOMPARE(matrix.times.size(), std::size_t(6));
        QCOMPARE(matrix.values.size(), std::size_t(3 * 6));
        QCOMPARE(matrix.values[2 * 6 + 1], s->rollups.primes[2].queueDepth);
        QVERIFY(p.watchedAgentSeries(Metric::QueueDepth, model::Resolution::Raw, 0, INT64_MAX).empty());
        p.setWatchedAgent(5);
        for (int i = 51; i <= 60; ++i) {
            const std::string tick = testing::makeTick(40, std::uint64_t(i), i * 100'000, std::uint32_t(i)).SerializeAsString();
            p.ingest("tick", tick.data(), tick.size(), i);
        }
        const auto agent = p.watchedAgentSeries(Metric::QueueDepth, model::Resolution::Raw, 0, INT64_MAX);
        QCOMPARE(agent.size(), std::size_t(10));   // recorded from the moment it was chosen
        QCOMPARE(agent.back().mean, float(5 % 3));
        QVERIFY(p.groupSeries(ScopeKind::Team, 5, Metric::QueueDepth, model::Resolution::OneSecond, 0, INT64_MAX).empty());
    }
};

QTEST_GUILESS_MAIN(TestRollup)
#include "tst_rollup.moc"
