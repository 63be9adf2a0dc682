// The ingest pipeline on hand-made frames: topology first, rates, gaps, restarts, bad input.

#include "model/ingest_pipeline.h"
#include "test_fleet.h"

#include <QTest>

using namespace omega;
using protocol::DecodeError;

namespace {
constexpr int kAgents = 40;

void feed(model::IngestPipeline& p, const char* topic, const google::protobuf::MessageLite& msg, std::int64_t wallUs)
{
    const std::string wire = msg.SerializeAsString();
    p.ingest(topic, wire.data(), wire.size(), wallUs);
}
} // namespace

class TestPipeline : public QObject {
    Q_OBJECT
private slots:
    void ticksWaitForTopology()
    {
        model::IngestPipeline p;
        QVERIFY(p.waitingForTopology());
        feed(p, "tick", testing::makeTick(kAgents, 1, 100'000, 1), 1'000'000);
        p.publishNow(2'000'000);
        QCOMPARE(p.latest()->stats.ticksWithoutTopology, 1u);
        QCOMPARE(p.latest()->stats.ticksApplied, 0u);
        QVERIFY(!p.latest()->topology);

        feed(p, "topo", testing::makeTopology(kAgents), 2'000'000);
        QVERIFY(!p.waitingForTopology());
        feed(p, "tick", testing::makeTick(kAgents, 2, 200'000, 2), 2'100'000);
        p.publishNow(3'000'000);
        const auto s = p.latest();
        QCOMPARE(s->stats.ticksApplied, 1u);
        QCOMPARE(s->topology->agentCount(), kAgents);
        QCOMPARE(s->agents.size(), std::size_t(kAgents));
        QCOMPARE(s->agents.completed[5], 2u);
        // Hierarchy is derived: agent 7 -> domain 3 -> prime 2 -> team 1 ("blue").
        QCOMPARE(s->topology->agentDomain[7], 3u);
        QCOMPARE(s->topology->agentPrime[7], 2u);
        QCOMPARE(s->topology->teams[int(s->topology->agentTeam[7])], QStringLiteral("blue"));
        QCOMPARE(s->totals.busyAgents, kAgents / 2);
        QCOMPARE(s->totals.idleAgents, kAgents / 2);
        QCOMPARE(s->stats.agentSamples, std::uint64_t(kAgents));
    }

    void ratesFollowCounters()
    {
        model::IngestPipeline p;
        feed(p, "topo", testing::makeTopology(kAgents), 0);
        // Every agent completes 1 stage per 100 ms tick (10 stages/s); 2 tasks complete per tick (20/s).
        for (int i = 1; i <= 100; ++i)
            feed(p, "tick", testing::makeTick(kAgents, std::uint64_t(i), i * 100'000, std::uint32_t(i), std::uint64_t(2 * i)),
                 i * 1000);
        p.publishNow(1'000'000);
        const auto s = p.latest();
        QVERIFY2(qAbs(s->totals.tasksPerS - 20.0) < 0.01, qPrintable(QString::number(s->totals.tasksPerS)));
        // The smoothed per-agent rate has converged on 10 stages/s after 10 s (5 time constants).
        QVERIFY2(qAbs(s->agents.throughput[3] - 10.0f) < 0.1f, qPrintable(QString::number(s->agents.throughput[3])));
        QVERIFY(qAbs(s->totals.stagesPerS - 10.0 * kAgents) < 5.0);
        // p99 over the agents' p99s (20 + index): 58 ms, from ~3 %-wide histogram buckets.
        QVERIFY2(qAbs(s->totals.stageLatencyP99Ms - 58.0) / 58.0 < 0.035, qPrintable(QString::number(s->totals.stageLatencyP99Ms)));
        QCOMPARE(s->simTimeUs, std::int64_t(10'000'000));
        QCOMPARE(s->configVersion, 3u);
        // Each tick's p99 is of that tick alone: nothing of the 100 ticks before is left over.
        {
            auto hot = testing::makeTick(kAgents, 101, 10'100'000, 101, 202);
            for (int a = 0; a < kAgents; ++a)
                hot.set_latency_p99_ms(a, 1000.0f + 10.0f * static_cast<float>(a));
            feed(p, "tick", hot, 101'000);
            p.publishNow(2'000'000);
            const double p99 = p.latest()->totals.stageLatencyP99Ms;
            QVERIFY2(qAbs(p99 - 1380.0) / 1380.0 < 0.035, qPrintable(QString::number(p99)));
        }

        const auto series = p.fleetSeries(model::FleetSeries::TasksPerS, model::Resolution::OneSecond, 0, INT64_MAX);
        QVERIFY(series.size() >= 10);
        QVERIFY(qAbs(series[5].mean - 20.0f) < 0.01f);
    }

    void countersThatWrapStillGiveRates()
    {
        model::IngestPipeline p;
        feed(p, "topo", testing::makeTopology(kAgents), 0);
        const std::uint32_t nearTop = 0xFFFFFFFFu - 20;
        for (int i = 1; i <= 100; ++i)
            feed(p, "tick", testing::makeTick(kAgents, std::uint64_t(i), i * 100'000, nearTop + std::uint32_t(i)), i * 1000);
        p.publishNow(1'000'000);
        QVERIFY(qAbs(p.latest()->agents.throughput[0] - 10.0f) < 0.1f);
    }

    void gapsAndDuplicatesAreCounted()
    {
        model::IngestPipeline p;
        feed(p, "topo", testing::makeTopology(kAgents), 0);
        for (std::uint64_t seq : {1, 2, 3, 7, 8, 8, 5, 9})
            feed(p, "tick", testing::makeTick(kAgents, seq, std::int64_t(seq) * 100'000, std::uint32_t(seq)), 1000);
        p.publishNow(1'000'000);
        const auto& st = p.latest()->stats;
        QCOMPARE(st.sequence.missedMessages, 3u);
        QCOMPARE(st.sequence.gapEvents, 1u);
        QCOMPARE(st.sequence.duplicates, 2u);
        QCOMPARE(st.ticksApplied, 6u);
    }

    void restartResetsCounters()
    {
        model::IngestPipeline p;
        feed(p, "topo", testing::makeTopology(kAgents), 0);
        for (int i = 1; i <= 20; ++i)
            feed(p, "tick", testing::makeTick(kAgents, std::uint64_t(i), i * 100'000, 1000 + std::uint32_t(i), 500), 1000);
        // Same publisher, new epoch, counters from zero: not a gap. It may describe another fleet,
        // so its ticks wait for its keyframe.
        feed(p, "tick", testing::makeTick(kAgents, 1, 100'000, 1, 0, 1, 8), 2000);
        QVERIFY(p.waitingForTopology());
        auto topo = testing::makeTopology(kAgents);
        topo.mutable_header()->set_epoch(8);
        feed(p, "topo", topo, 2000);
        for (int i = 2; i <= 5; ++i)
            feed(p, "tick", testing::makeTick(kAgents, std::uint64_t(i), i * 100'000, std::uint32_t(i), 0, 1, 8), 2000);
        p.publishNow(1'000'000);
        const auto s = p.latest();
        QCOMPARE(s->stats.sequence.restarts, 1u);
        QCOMPARE(s->stats.sequence.missedMessages, 0u);
        QCOMPARE(s->stats.sequence.duplicates, 0u);
        QCOMPARE(s->stats.epoch, 8u);
        QCOMPARE(s->stats.ticksWithoutTopology, 1u);
        QCOMPARE(s->stats.ticksApplied, 24u);
        // No huge negative-turned-positive rate from counters that went back to zero.
        QVERIFY(s->agents.throughput[0] >= 0.0f && s->agents.throughput[0] < 11.0f);
        QCOMPARE(s->totals.tasksCompleted, 0u);
    }

    void badInputIsCountedNeverFatal()
    {
        model::IngestPipeline p;
        feed(p, "topo", testing::makeTopology(kAgents), 0);
        const std::string junk = "\x0a\xff\xff\xff\xff\x0f garbage";
        p.ingest("tick", junk.data(), junk.size(), 1);
        p.ingest("weather", junk.data(), junk.size(), 1);
        p.ingest("", nullptr, 0, 1);
        p.ingestBadFraming(3, 1);
        auto wrong = testing::makeTick(kAgents, 1, 100'000, 1);
        wrong.mutable_header()->set_protocol_version(9);
        feed(p, "tick", wrong, 1);
        auto shortTick = testing::makeTick(kAgents, 2, 100'000, 1);
        shortTick.mutable_completed()->RemoveLast();
        feed(p, "tick", shortTick, 1);
        feed(p, "tick", testing::makeTick(kAgents + 1, 3, 100'000, 1), 1);   // wrong agent count: waits for topo
        feed(p, "tick", testing::makeTick(kAgents, 4, 200'000, 1), 1);
        p.publishNow(1'000'000);
        const auto& st = p.latest()->stats;
        QCOMPARE(st.rejected[std::size_t(DecodeError::Unparsable)], 1u);
        QCOMPARE(st.rejected[std::size_t(DecodeError::UnknownTopic)], 2u);
        QCOMPARE(st.rejected[std::size_t(DecodeError::BadFraming)], 1u);
        QCOMPARE(st.rejected[std::size_t(DecodeError::WrongVersion)], 1u);
        QCOMPARE(st.rejected[std::size_t(DecodeError::Inconsistent)], 1u);
        QCOMPARE(st.rejectedTotal, 6u);
        QCOMPARE(st.ticksWithoutTopology, 1u);
        QCOMPARE(st.ticksApplied, 1u);
        QVERIFY(!st.lastRejection.empty());
    }

    void snapshotsAreThrottledAndImmutable()
    {
        model::IngestPipeline p;
        int published = 0;
        p.setSnapshotListener([&](const model::SnapshotPtr&) { ++published; });
        feed(p, "topo", testing::makeTopology(kAgents), 1'000'000);
        feed(p, "tick", testing::makeTick(kAgents, 1, 100'000, 1), 1'001'000);
        feed(p, "tick", testing::makeTick(kAgents, 2, 200'000, 2), 1'002'000);   // within 33 ms: no new snapshot
        QCOMPARE(published, 1);   // the one taken when the topology arrived
        const auto first = p.latest();
        feed(p, "tick", testing::makeTick(kAgents, 3, 300'000, 3), 1'040'000);
        QCOMPARE(published, 2);
        QCOMPARE(first->agents.completed[0], 0u);   // an old snapshot does not change
        QCOMPARE(p.latest()->agents.completed[0], 3u);
        QVERIFY(p.latest()->serial > first->serial);
    }

    void eventsAreKept()
    {
        model::IngestPipeline p;
        v1::Event ev;
        protocol::fillHeader(*ev.mutable_header(), "test-pub", 7, 1, 0, 5'000'000, 1);
        ev.set_kind("fault.start");
        ev.set_scope("domain:d1");
        ev.set_text("hot kosha");
        feed(p, "event", ev, 1);
        p.publishNow(1'000'000);
        QCOMPARE(p.latest()->recentEvents.size(), std::size_t(1));
        QCOMPARE(p.latest()->recentEvents[0].scope, std::string("domain:d1"));
    }

    void wideTopologyHasABoundedHistory()
    {
        // A valid but wide hierarchy: n teams, n primes, n domains, n agents, one child each.
        // Before the budget, n = 3,000 took 1.67 GB of group history (fuzz finding, docs/fuzzing.md);
        // now each level holds at most 64 MB.
        const int n = 3000;
        v1::Topology t = testing::makeTopology(0);
        t.clear_teams();
        t.clear_primes();
        t.clear_domains();
        for (int i = 0; i < n; ++i) {
            t.add_teams()->set_name(std::string("t").append(std::to_string(i)));
            auto* prime = t.add_primes();
            prime->set_name(std::string("p").append(std::to_string(i)));
            prime->set_team(static_cast<unsigned>(i));
            auto* domain = t.add_domains();
            domain->set_name(std::string("d").append(std::to_string(i)));
            domain->set_prime(static_cast<unsigned>(i));
            t.add_agent_names(std::string("a").append(std::to_string(i)));
            t.add_agent_domain(static_cast<unsigned>(i));
        }
        model::IngestPipeline small;
        feed(small, "topo", testing::makeTopology(8), 1);
        model::IngestPipeline wide;
        feed(wide, "topo", t, 1);
        wide.publishNow(1'000'000);
        QVERIFY(wide.latest() && wide.latest()->topology);
        QCOMPARE(wide.latest()->topology->domainCount(), n);
        const double extraMb = static_cast<double>(wide.storeMemoryBytes() - small.storeMemoryBytes()) / 1e6;
        QVERIFY2(extraMb <= 3 * 64 * 1.05, qPrintable(QStringLiteral("%1 MB of group history").arg(extraMb)));
        // A tick of that shape still lands in the (shorter) group history.
        feed(wide, "tick", testing::makeTick(n, 1, 1'000'000, 1), 2);
        wide.publishNow(2'000'000);
        QCOMPARE(wide.latest()->stats.ticksApplied, std::uint64_t{1});
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
