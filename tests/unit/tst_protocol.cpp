// Protocol v1: round trips of every topic, and refusal of malformed, foreign or inconsistent input.

#include "protocol/codec.h"
#include "test_fleet.h"

#include <QElapsedTimer>
#include <QTest>
#include <google/protobuf/unknown_field_set.h>

#include <cmath>
#include <functional>
#include <limits>
#include <random>

using namespace omega;
using protocol::DecodeError;

namespace {
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr float kInf = std::numeric_limits<float>::infinity();

template <typename Message, typename Decode>
DecodeError roundTrip(const Message& msg, Decode decode)
{
    const std::string wire = testing::bytes(msg);
    Message out;
    return decode(wire.data(), wire.size(), out);
}

DecodeError tickWith(const std::function<void(v1::Tick&)>& change)
{
    auto tick = testing::makeTick(10, 1, 0, 1);
    change(tick);
    return roundTrip(tick, protocol::decodeTick);
}

DecodeError topologyWith(const std::function<void(v1::Topology&)>& change)
{
    auto topo = testing::makeTopology(8);
    change(topo);
    return roundTrip(topo, protocol::decodeTopology);
}

v1::Pools makePools()
{
    v1::Pools pools;
    protocol::fillHeader(*pools.mutable_header(), "p", 1, 9, 0, 100, 2);
    for (const char* name : {"local", "cloud"}) {
        auto* p = pools.add_pools();
        p->set_name(name);
        p->set_limit(10);
        p->set_latency_p50_ms(300);
        p->set_latency_p99_ms(900);
        p->set_utilisation(0.5f);
    }
    return pools;
}

v1::Event makeEvent()
{
    v1::Event ev;
    protocol::fillHeader(*ev.mutable_header(), "p", 1, 1, 0, 100, 2);
    ev.set_kind("fault.start");
    ev.set_scope("fleet");
    ev.set_text("cloud throttle storm");
    return ev;
}
} // namespace

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

    // Every float of a tick: NaN and +-infinity are their own reason, a finite value outside its
    // range (negative latency, a share outside 0..1) another; the per-reason counter tells them apart.
    void tickFloatsAreChecked_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<float>("value");
        QTest::addColumn<int>("expected");
        const char* names[] = {"latency_p50_ms",      "latency_p99_ms",      "cpu_share",      "utilisation",
                               "task_latency_p50_ms", "task_latency_p99_ms", "service_p50_ms", "service_p99_ms"};
        for (int f = 0; f < 8; ++f) {
            QTest::addRow("%s NaN", names[f]) << f << kNaN << int(DecodeError::NonFinite);
            QTest::addRow("%s +inf", names[f]) << f << kInf << int(DecodeError::NonFinite);
            QTest::addRow("%s -inf", names[f]) << f << -kInf << int(DecodeError::NonFinite);
            QTest::addRow("%s -1", names[f]) << f << -1.0f << int(DecodeError::OutOfRange);
            QTest::addRow("%s -0", names[f]) << f << -0.0f << int(DecodeError::None);
        }
        QTest::addRow("cpu_share 1.5") << 2 << 1.5f << int(DecodeError::OutOfRange);
        QTest::addRow("utilisation 1.01") << 3 << 1.01f << int(DecodeError::OutOfRange);
        QTest::addRow("cpu_share 1 + rounding") << 2 << 1.0005f << int(DecodeError::None);
        QTest::addRow("utilisation 1") << 3 << 1.0f << int(DecodeError::None);
        QTest::addRow("latency 1e30 ms") << 1 << 1e30f << int(DecodeError::None);
    }
    void tickFloatsAreChecked()
    {
        QFETCH(int, field);
        QFETCH(float, value);
        QFETCH(int, expected);
        const auto got = tickWith([&](v1::Tick& t) {
            switch (field) {
            case 0: t.set_latency_p50_ms(7, value); break;
            case 1: t.set_latency_p99_ms(9, value); break;
            case 2: t.set_cpu_share(0, value); break;
            case 3: t.set_utilisation(5, value); break;
            case 4: t.set_task_latency_p50_ms(value); break;
            case 5: t.set_task_latency_p99_ms(value); break;
            case 6:
            case 7: {
                // The optional 1.1 columns: one value per agent when present.
                auto* column = field == 6 ? t.mutable_service_p50_ms() : t.mutable_service_p99_ms();
                column->Resize(static_cast<int>(t.agent_count()), 50.0f);
                column->Set(4, value);
                break;
            }
            }
        });
        QCOMPARE(int(got), expected);
    }

    void optionalColumnsAreEmptyOrWhole()
    {
        QCOMPARE(tickWith([](v1::Tick& t) { QCOMPARE(t.service_p50_ms_size(), 0); }), DecodeError::None);
        QCOMPARE(tickWith([](v1::Tick& t) {
                     t.mutable_service_p50_ms()->Resize(10, 40.0f);
                     t.mutable_service_p99_ms()->Resize(10, 80.0f);
                 }),
                 DecodeError::None);
        QCOMPARE(tickWith([](v1::Tick& t) { t.mutable_service_p99_ms()->Resize(9, 80.0f); }), DecodeError::Inconsistent);
        QCOMPARE(tickWith([](v1::Tick& t) { t.mutable_service_p50_ms()->Resize(11, 40.0f); }), DecodeError::Inconsistent);
        QCOMPARE(tickWith([](v1::Tick& t) {
                     t.mutable_service_p50_ms()->Resize(10, 40.0f);
                     t.mutable_service_p99_ms()->Resize(1, 80.0f);
                 }),
                 DecodeError::Inconsistent);
    }

    void poolFloatsAreChecked()
    {
        QCOMPARE(roundTrip(makePools(), protocol::decodePools), DecodeError::None);
        auto pools = makePools();
        pools.mutable_pools(1)->set_latency_p99_ms(kNaN);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::NonFinite);
        pools = makePools();
        pools.mutable_pools(0)->set_latency_p50_ms(-kInf);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::NonFinite);
        pools = makePools();
        pools.mutable_pools(0)->set_utilisation(kInf);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::NonFinite);
        pools = makePools();
        pools.mutable_pools(1)->set_utilisation(-0.5f);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::OutOfRange);
        pools = makePools();
        pools.mutable_pools(1)->set_latency_p50_ms(-3);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::OutOfRange);
        // in_use / limit passes 1 for a while after a limit was lowered: allowed.
        pools = makePools();
        pools.mutable_pools(1)->set_utilisation(2.0f);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::None);
        // The knobs in force (optional in 1.1): the routing share is a fraction.
        pools = makePools();
        pools.mutable_config()->set_cloud_limit(40);
        pools.mutable_config()->set_bulk_local_share(0.25f);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::None);
        pools.mutable_config()->set_bulk_local_share(kNaN);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::NonFinite);
        pools.mutable_config()->set_bulk_local_share(-0.1f);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::OutOfRange);
        pools.mutable_config()->set_bulk_local_share(1.5f);
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::OutOfRange);
        // Two pools with one name, or more pools than any orchestrator has.
        pools = makePools();
        pools.mutable_pools(1)->set_name("local");
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::DuplicateName);
        pools = makePools();
        for (int i = 0; i < protocol::kMaxPools; ++i)
            pools.add_pools()->set_name(std::string("extra-").append(std::to_string(i)));
        QCOMPARE(roundTrip(pools, protocol::decodePools), DecodeError::TooLarge);
    }

    void stringsAreCapped()
    {
        const std::string longest(protocol::kMaxNameBytes, 'n');
        const std::string tooLong(protocol::kMaxNameBytes + 1, 'n');
        QCOMPARE(topologyWith([&](v1::Topology& t) { t.set_agent_names(3, longest); }), DecodeError::None);
        QCOMPARE(topologyWith([&](v1::Topology& t) { t.set_agent_names(3, tooLong); }), DecodeError::TooLarge);
        QCOMPARE(topologyWith([&](v1::Topology& t) { t.mutable_teams(1)->set_name(tooLong); }), DecodeError::TooLarge);
        QCOMPARE(topologyWith([&](v1::Topology& t) { t.mutable_primes(2)->set_name(tooLong); }), DecodeError::TooLarge);
        QCOMPARE(topologyWith([&](v1::Topology& t) { t.mutable_domains(0)->set_name(tooLong); }), DecodeError::TooLarge);
        QCOMPARE(topologyWith([&](v1::Topology& t) { t.mutable_pools(0)->set_name(tooLong); }), DecodeError::TooLarge);
        // An 8 MB agent name (the reproducer) is refused, not kept.
        QCOMPARE(topologyWith([&](v1::Topology& t) { t.set_agent_names(0, std::string(8u << 20, 'x')); }),
                 DecodeError::TooLarge);
        // The publisher id of any message.
        QCOMPARE(tickWith([&](v1::Tick& t) { t.mutable_header()->set_publisher_id(tooLong); }), DecodeError::TooLarge);
        QCOMPARE(tickWith([&](v1::Tick& t) { t.mutable_header()->set_publisher_id(longest); }), DecodeError::None);

        auto ev = makeEvent();
        QCOMPARE(roundTrip(ev, protocol::decodeEvent), DecodeError::None);
        ev.set_text(std::string(protocol::kMaxEventTextBytes, 't'));
        QCOMPARE(roundTrip(ev, protocol::decodeEvent), DecodeError::None);
        ev.set_text(std::string(protocol::kMaxEventTextBytes + 1, 't'));
        QCOMPARE(roundTrip(ev, protocol::decodeEvent), DecodeError::TooLarge);
        ev = makeEvent();
        ev.set_text(std::string(8u << 20, 't'));
        QCOMPARE(roundTrip(ev, protocol::decodeEvent), DecodeError::TooLarge);
        ev = makeEvent();
        ev.set_kind(std::string(protocol::kMaxEventKindBytes + 1, 'k'));
        QCOMPARE(roundTrip(ev, protocol::decodeEvent), DecodeError::TooLarge);
        ev = makeEvent();
        ev.set_scope(std::string("agent:").append(longest));
        QCOMPARE(roundTrip(ev, protocol::decodeEvent), DecodeError::None);
        ev.set_scope(std::string(protocol::kMaxEventScopeBytes + 1, 's'));
        QCOMPARE(roundTrip(ev, protocol::decodeEvent), DecodeError::TooLarge);
    }

    void oversizedMessagesAreRefusedBeforeParsing()
    {
        // Any bytes above the limit: refused by size alone (the transport drops them earlier still).
        const std::string big(protocol::kMaxMessageBytes + 1, '\0');
        v1::Tick tick;
        QCOMPARE(protocol::decodeTick(big.data(), big.size(), tick), DecodeError::TooLarge);
        v1::Topology topo;
        QCOMPARE(protocol::decodeTopology(big.data(), big.size(), topo), DecodeError::TooLarge);
        // More agents than the largest valid fleet.
        const auto tooMany = testing::makeTick(int(protocol::kMaxAgents) + 1, 1, 0, 1);
        QCOMPARE(roundTrip(tooMany, protocol::decodeTick), DecodeError::TooLarge);
        // The largest valid fleet's tick and topology (with the longest names) fit within the limit.
        const auto largest = testing::makeTick(int(protocol::kMaxAgents), 1, 0, 1);
        const std::string tickWire = testing::bytes(largest);
        QVERIFY(tickWire.size() < protocol::kMaxMessageBytes);
        QCOMPARE(protocol::decodeTick(tickWire.data(), tickWire.size(), tick), DecodeError::None);
        auto largestTopo = testing::makeTopology(int(protocol::kMaxAgents));
        for (int a = 0; a < largestTopo.agent_names_size(); ++a) {
            std::string name = std::to_string(a);
            name.resize(protocol::kMaxNameBytes, '.');
            largestTopo.set_agent_names(a, name);
        }
        const std::string topoWire = testing::bytes(largestTopo);
        qInfo("largest valid tick %zu bytes, topology %zu bytes, limit %zu", tickWire.size(), topoWire.size(),
              protocol::kMaxMessageBytes);
        QVERIFY(topoWire.size() < protocol::kMaxMessageBytes);
        QCOMPARE(protocol::decodeTopology(topoWire.data(), topoWire.size(), topo), DecodeError::None);
    }

    void fieldCountIsCheckedBeforeParsing()
    {
        // 30 MB of one byte pattern: as protobuf, 15 million unknown two-byte fields (parsing it
        // took about 0.5 s and hundreds of MB). Refused by counting fields on the wire.
        const std::string fields(30u << 20, 'x');
        v1::Tick tick;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(protocol::decodeTick(fields.data(), fields.size(), tick), DecodeError::TooLarge);
        qInfo("30 MB of unknown fields refused in %.2f ms", double(clock.nsecsElapsed()) / 1e6);
        // The same hidden in a group (wire type 3) or inside a known sub-message.
        std::string group = "\x0b";   // field 1, start group
        for (int i = 0; i < 500'000; ++i)
            group += "\x78\x01";
        group += "\x0c";
        QCOMPARE(protocol::decodeTick(group.data(), group.size(), tick), DecodeError::TooLarge);
        v1::Topology topo;
        auto many = testing::makeTopology(8);
        auto* team = many.mutable_teams(0);
        auto* hidden = team->GetReflection()->MutableUnknownFields(team);
        for (int i = 0; i < 500'000; ++i)
            hidden->AddVarint(100, 1);
        const std::string manyWire = testing::bytes(many);
        QCOMPARE(protocol::decodeTopology(manyWire.data(), manyWire.size(), topo), DecodeError::TooLarge);
        // Millions of empty agent names: known fields, still too many.
        auto empties = testing::makeTopology(8);
        for (int i = 0; i < 500'000; ++i)
            empties.add_agent_names();
        QCOMPARE(roundTrip(empties, protocol::decodeTopology), DecodeError::TooLarge);
        // Bytes that are not wire format at all.
        const std::string broken = "\x0a\xff\xff\xff\xff\x0f";
        QCOMPARE(protocol::decodeTick(broken.data(), broken.size(), tick), DecodeError::Unparsable);
        // A few unknown fields (a newer publisher's additions) are fine.
        auto newer = testing::makeTick(10, 1, 0, 1);
        newer.GetReflection()->MutableUnknownFields(&newer)->AddVarint(127, 42);
        newer.GetReflection()->MutableUnknownFields(&newer)->AddLengthDelimited(128, std::string(100'000, 'u'));
        auto* header = newer.mutable_header();
        header->GetReflection()->MutableUnknownFields(header)->AddVarint(99, 7);
        QCOMPARE(roundTrip(newer, protocol::decodeTick), DecodeError::None);
    }

    void libraryLogIsRateLimited()
    {
        // Invalid UTF-8 in a string: libprotobuf refuses the message and logs a line each time.
        auto topo = testing::makeTopology(8);
        std::string wire = testing::bytes(topo);
        const auto at = wire.find("agent-3");
        QVERIFY(at != std::string::npos);
        wire[at] = '\xff';
        const auto before = protocol::libraryLogLinesHeldBack();
        QElapsedTimer clock;
        clock.start();
        v1::Topology out;
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(protocol::decodeTopology(wire.data(), wire.size(), out), DecodeError::Unparsable);
        // At most one line per second was written; the rest were held back and counted.
        const auto written = 1000 - static_cast<long long>(protocol::libraryLogLinesHeldBack() - before);
        QVERIFY2(written <= clock.elapsed() / 1000 + 1, qPrintable(QString::number(written)));
    }

    void topologyStructureIsChecked()
    {
        QCOMPARE(topologyWith([](v1::Topology&) {}), DecodeError::None);
        // Zero agents.
        QCOMPARE(topologyWith([](v1::Topology& t) {
                     t.clear_agent_names();
                     t.clear_agent_domain();
                 }),
                 DecodeError::OutOfRange);
        QCOMPARE(tickWith([](v1::Tick& t) {
                     auto empty = testing::makeTick(0, 1, 0, 1);
                     t = empty;
                 }),
                 DecodeError::OutOfRange);
        // Duplicate names at one level.
        QCOMPARE(topologyWith([](v1::Topology& t) { t.set_agent_names(5, t.agent_names(2)); }), DecodeError::DuplicateName);
        QCOMPARE(topologyWith([](v1::Topology& t) { t.mutable_teams(1)->set_name("red"); }), DecodeError::DuplicateName);
        QCOMPARE(topologyWith([](v1::Topology& t) { t.mutable_primes(2)->set_name("p0"); }), DecodeError::DuplicateName);
        QCOMPARE(topologyWith([](v1::Topology& t) { t.mutable_domains(3)->set_name("d1"); }), DecodeError::DuplicateName);
        QCOMPARE(topologyWith([](v1::Topology& t) { t.mutable_pools(1)->set_name("local"); }), DecodeError::DuplicateName);
        // One name at different levels is fine (a team and its only prime may share a name).
        QCOMPARE(topologyWith([](v1::Topology& t) { t.mutable_primes(2)->set_name("blue"); }), DecodeError::None);
        // Dangling parents at every level.
        QCOMPARE(topologyWith([](v1::Topology& t) { t.mutable_domains(1)->set_prime(3); }), DecodeError::Inconsistent);
        QCOMPARE(topologyWith([](v1::Topology& t) { t.mutable_primes(1)->set_team(2); }), DecodeError::Inconsistent);
        QCOMPARE(topologyWith([](v1::Topology& t) { t.set_agent_domain(7, 4); }), DecodeError::Inconsistent);
        // More groups or pools than the limits.
        QCOMPARE(topologyWith([](v1::Topology& t) {
                     for (int i = 0; i < protocol::kMaxGroupsPerLevel; ++i)
                         t.add_teams()->set_name(std::string("t").append(std::to_string(i)));
                 }),
                 DecodeError::TooLarge);
    }

    void everyReasonIsDescribed()
    {
        for (int e = 0; e < protocol::kDecodeErrorCount; ++e)
            QVERIFY(protocol::describe(static_cast<DecodeError>(e)) != "?");
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
