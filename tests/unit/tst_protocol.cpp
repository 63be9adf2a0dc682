// Protocol v1: round trips of every topic, and refusal of malformed, foreign or inconsistent input.

#include "protocol/codec.h"
#include "test_fleet.h"

#include <QTest>
#include <random>

using namespace omega;
using protocol::DecodeError;

class TestProtocol : public QObject {
    Q_OBJECT
private slots:
    void topicNames()
    {
        for (auto t : {protocol::Topic::Topo, protocol::Topic::Tick, protocol::Topic::Pool, protocol::Topic::Event})
            QCOMPARE(protocol::topicFromFrame(protocol::topicName(t)), t);
        QCOMPARE(protocol::topicFromFrame("ticks"), protocol::Topic::Unknown);
        QCOMPARE(protocol::topicFromFrame(""), protocol::Topic::Unknown);
    }

    void tickRoundTrip()
    {
        const auto tick = testing::makeTick(3000, 42, 1'500'000, 17, 99);
        const std::string wire = testing::bytes(tick);
        // 12 packed columns of 4 bytes (state: 1 byte) for 3,000 agents: about 135 KB.
        QVERIFY(wire.size() > 3000 * (11 * 4 + 1));
        QVERIFY(wire.size() < 3000 * (11 * 4 + 1) + 1024);
        v1::Tick out;
        QCOMPARE(protocol::decodeTick(wire.data(), wire.size(), out), DecodeError::None);
        QCOMPARE(out.header().sequence(), 42u);
        QCOMPARE(out.header().sim_time_us(), 1'500'000);
        QCOMPARE(out.header().publisher_id(), std::string("test-pub"));
        QCOMPARE(out.header().config_version(), 3u);
        QCOMPARE(out.agent_count(), 3000u);
        QCOMPARE(out.completed(2999), 17u);
        QCOMPARE(out.latency_p99_ms(5), 25.0f);
        QCOMPARE(static_cast<int>(out.state()[0]), static_cast<int>(v1::AGENT_STATE_BUSY));
        QCOMPARE(out.tasks_completed(), 99u);
        QCOMPARE(out.task_latency_p99_ms(), 1500.0f);
    }

    void topologyRoundTrip()
    {
        const auto topo = testing::makeTopology(10, 5);
        const std::string wire = testing::bytes(topo);
        v1::Topology out;
        QCOMPARE(protocol::decodeTopology(wire.data(), wire.size(), out), DecodeError::None);
        QCOMPARE(out.topology_version(), 5u);
        QCOMPARE(out.agent_names_size(), 10);
        QCOMPARE(out.agent_domain(7), 3u);
        QCOMPARE(out.primes(2).team(), 1u);
        QCOMPARE(out.pools(1).kind(), v1::POOL_KIND_CLOUD);
    }

    void poolsAndEventsRoundTrip()
    {
        v1::Pools pools;
        protocol::fillHeader(*pools.mutable_header(), "p", 1, 9, 0, 100, 2);
        auto* cloud = pools.add_pools();
        cloud->set_name("cloud");
        cloud->set_limit(10);
        cloud->set_throttled(123);
        std::string wire = testing::bytes(pools);
        v1::Pools outPools;
        QCOMPARE(protocol::decodePools(wire.data(), wire.size(), outPools), DecodeError::None);
        QCOMPARE(outPools.pools(0).throttled(), 123u);

        v1::Event ev;
        protocol::fillHeader(*ev.mutable_header(), "p", 1, 1, 0, 100, 2);
        ev.set_kind("fault.start");
        ev.set_scope("domain:atlas.p01.d1");
        ev.set_severity(v1::SEVERITY_WARNING);
        wire = testing::bytes(ev);
        v1::Event outEv;
        QCOMPARE(protocol::decodeEvent(wire.data(), wire.size(), outEv), DecodeError::None);
        QCOMPARE(outEv.scope(), std::string("domain:atlas.p01.d1"));
    }

    void garbageIsRefused()
    {
        std::mt19937 rng(3);
        int refused = 0;
        for (int i = 0; i < 200; ++i) {
            std::string junk(static_cast<std::size_t>(rng() % 400 + 1), '\0');
            for (char& c : junk)
                c = static_cast<char>(rng());
            v1::Tick out;
            // Random bytes may parse as an empty-ish message, but never as a valid v1 tick with a header.
            if (protocol::decodeTick(junk.data(), junk.size(), out) != DecodeError::None)
                ++refused;
        }
        QCOMPARE(refused, 200);
    }

    void truncatedTickIsRefused()
    {
        const std::string wire = testing::bytes(testing::makeTick(100, 1, 0, 1));
        v1::Tick out;
        QCOMPARE(protocol::decodeTick(wire.data(), wire.size() / 2, out), DecodeError::Unparsable);
    }

    void wrongVersionIsRefused()
    {
        auto tick = testing::makeTick(10, 1, 0, 1);
        tick.mutable_header()->set_protocol_version(2);
        const std::string wire = testing::bytes(tick);
        v1::Tick out;
        QCOMPARE(protocol::decodeTick(wire.data(), wire.size(), out), DecodeError::WrongVersion);
    }

    void missingHeaderIsRefused()
    {
        auto tick = testing::makeTick(10, 1, 0, 1);
        tick.clear_header();
        const std::string wire = testing::bytes(tick);
        v1::Tick out;
        QCOMPARE(protocol::decodeTick(wire.data(), wire.size(), out), DecodeError::Inconsistent);
    }

    void shortColumnIsRefused()
    {
        auto tick = testing::makeTick(10, 1, 0, 1);
        tick.mutable_latency_p99_ms()->RemoveLast();
        const std::string wire = testing::bytes(tick);
        v1::Tick out;
        QCOMPARE(protocol::decodeTick(wire.data(), wire.size(), out), DecodeError::Inconsistent);
        auto tick2 = testing::makeTick(10, 1, 0, 1);
        tick2.set_agent_count(11);
        const std::string wire2 = testing::bytes(tick2);
        QCOMPARE(protocol::decodeTick(wire2.data(), wire2.size(), out), DecodeError::Inconsistent);
    }

    void topologyWithDanglingIndexIsRefused()
    {
        auto topo = testing::makeTopology(8);
        topo.set_agent_domain(3, 99);
        std::string wire = testing::bytes(topo);
        v1::Topology out;
        QCOMPARE(protocol::decodeTopology(wire.data(), wire.size(), out), DecodeError::Inconsistent);
        auto topo2 = testing::makeTopology(8);
        topo2.mutable_primes(0)->set_team(12);
        wire = testing::bytes(topo2);
        QCOMPARE(protocol::decodeTopology(wire.data(), wire.size(), out), DecodeError::Inconsistent);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
