// End to end over real ZeroMQ on tcp loopback: simulator -> PUB -> SUB thread -> ingest pipeline,
// plus the control channel, late joiners, dropped telemetry and a publisher restart.

#include "model/ingest_pipeline.h"
#include "sim/sim_server.h"
#include "transport/control_client.h"
#include "transport/telemetry_subscriber.h"
#include "../unit/test_fleet.h"

#include <QElapsedTimer>
#include <QTest>
#include <zmq.hpp>

#include <algorithm>

using namespace omega;

namespace {
const std::string kAnyPort = "tcp://127.0.0.1:*";

sim::SimulatorServer::Options serverOptions(double speed, double durationS = 0)
{
    sim::SimulatorServer::Options o;
    o.telemetryEndpoint = kAnyPort;
    o.controlEndpoint = kAnyPort;
    o.speed = speed;
    o.durationS = durationS;
    return o;
}

transport::TelemetrySubscriber::Options subscriberOptions(const sim::SimulatorServer& server)
{
    transport::TelemetrySubscriber::Options o;
    o.endpoint = server.telemetryEndpoint();
    o.controlEndpoint = server.controlEndpoint();
    return o;
}

bool hasFullTopology(const model::IngestPipeline& p, int agents)
{
    const auto s = p.latest();
    return s && s->topology && s->topology->agentCount() == agents && s->stats.ticksApplied > 0;
}
} // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT
private slots:
    void fleetArrivesWholeWithinTwoSeconds()
    {
        const auto scenario = sim::Scenario::referenceDefault();
        sim::SimulatorServer server(scenario, serverOptions(1.0));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        model::IngestPipeline pipeline;
        transport::TelemetrySubscriber sub(pipeline, subscriberOptions(server));
        QElapsedTimer clock;
        clock.start();
        sub.start();
        QVERIFY(QTest::qWaitFor([&] { return hasFullTopology(pipeline, 3000); }, 2000));
        qInfo("whole fleet in the model after %lld ms", static_cast<long long>(clock.elapsed()));
        QCOMPARE(sub.state(), transport::LinkState::Live);

        // The hierarchy matches what the simulator itself describes.
        sim::FleetSimulator reference(scenario);
        v1::Topology expected;
        reference.fillTopology(expected);
        const auto topo = pipeline.latest()->topology;
        QCOMPARE(topo->teamCount(), 12);
        QCOMPARE(topo->primeCount(), 72);
        QCOMPARE(topo->domainCount(), 363);
        for (int a = 0; a < 3000; a += 37) {
            QCOMPARE(topo->agents[a], QString::fromStdString(expected.agent_names(a)));
            QCOMPARE(topo->agentDomain[std::size_t(a)], expected.agent_domain(a));
            const auto prime = expected.domains(int(expected.agent_domain(a))).prime();
            QCOMPARE(topo->agentTeam[std::size_t(a)], expected.primes(int(prime)).team());
        }
        // Every team, prime and domain has agents.
        std::vector<int> perDomain(363), perTeam(12);
        for (int a = 0; a < topo->agentCount(); ++a) {
            ++perDomain[topo->agentDomain[std::size_t(a)]];
            ++perTeam[topo->agentTeam[std::size_t(a)]];
        }
        QVERIFY(*std::min_element(perDomain.begin(), perDomain.end()) > 0);
        QVERIFY(*std::min_element(perTeam.begin(), perTeam.end()) > 0);
    }

    void throughputAgreesWithTheSimulator()
    {
        // 60 simulated seconds as fast as the machine allows.
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), serverOptions(20.0, 60.0));
        QVERIFY(server.bind());
        model::IngestPipeline pipeline;
        transport::TelemetrySubscriber sub(pipeline, subscriberOptions(server));
        sub.start();   // subscribe first so no tick is missed
        QTest::qWait(200);
        QVERIFY(server.start());
        QVERIFY(QTest::qWaitFor([&] { return server.status().finished; }, 30000));
        const auto status = server.status();
        QVERIFY(QTest::qWaitFor([&] {
            const auto s = pipeline.latest();
            return s && s->simTimeUs == status.simTimeUs;
        }, 3000));
        pipeline.publishNow(protocol::wallClockUs());
        const auto s = pipeline.latest();
        QCOMPARE(s->stats.sequence.missedMessages, 0u);
        // The model's count is the simulator's own count, exactly.
        QCOMPARE(s->totals.tasksCompleted, status.totals.tasksCompleted);
        QCOMPARE(s->totals.tasksArrived, status.totals.tasksArrived);
        QCOMPARE(s->totals.tasksInFlight, status.totals.tasksInFlight);
        // And the rate the store saw over the last 30 s matches the simulator's average rate there.
        const auto series = pipeline.fleetSeries(model::FleetSeries::TasksPerS, model::Resolution::OneSecond,
                                                 status.simTimeUs - 30'000'000, status.simTimeUs);
        QVERIFY(series.size() >= 25);
        double sum = 0;
        for (const auto& p : series)
            sum += p.mean;
        const double storeRate = sum / double(series.size());
        const double simRate = double(status.totals.tasksCompleted) / (double(status.simTimeUs) / 1e6);
        qInfo("simulator %.2f tasks/s overall, store %.2f tasks/s over the last 30 s", simRate, storeRate);
        QVERIFY(simRate > 1.0);
        QVERIFY2(qAbs(storeRate - simRate) / simRate < 0.15, qPrintable(QStringLiteral("%1 vs %2").arg(storeRate).arg(simRate)));
        QCOMPARE(s->totals.tasksArrived, s->totals.tasksCompleted + s->totals.tasksFailed + s->totals.tasksInFlight);
        // Little's law on the published task latency: mean time in system = tasks in flight / throughput.
        const double littleMs = double(s->totals.tasksInFlight) / simRate * 1000.0;
        qInfo("task latency p50 %.0f ms, p99 %.0f ms; Little's law mean %.0f ms", s->totals.taskLatencyP50Ms,
              s->totals.taskLatencyP99Ms, littleMs);
        QVERIFY(s->totals.taskLatencyP99Ms >= s->totals.taskLatencyP50Ms);
        QVERIFY2(qAbs(s->totals.taskLatencyP50Ms - littleMs) / littleMs < 0.3, qPrintable(QString::number(s->totals.taskLatencyP50Ms)));
    }

    void lateJoinerIsWholeWithinOneSecond()
    {
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), serverOptions(1.0));
        QVERIFY(server.start());
        QTest::qWait(1500);   // the first topology keyframes are long gone
        model::IngestPipeline pipeline;
        transport::TelemetrySubscriber sub(pipeline, subscriberOptions(server));
        QElapsedTimer clock;
        clock.start();
        sub.start();
        QVERIFY(QTest::qWaitFor([&] { return hasFullTopology(pipeline, 3000); }, 1200));
        qInfo("late joiner whole after %lld ms (%llu topology requests)", static_cast<long long>(clock.elapsed()),
              static_cast<unsigned long long>(sub.topologyRequests()));
    }

    void controlChannelChangesTheFleet()
    {
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), serverOptions(5.0));
        QVERIFY(server.start());
        model::IngestPipeline pipeline;
        transport::TelemetrySubscriber sub(pipeline, subscriberOptions(server));
        sub.start();
        QVERIFY(QTest::qWaitFor([&] { return hasFullTopology(pipeline, 3000); }, 2000));

        transport::ControlClient control(server.controlEndpoint());
        QString error;
        const auto current = control.getConfig(&error);
        QVERIFY2(current && current->ok(), qPrintable(error));
        QCOMPARE(current->config().local_limit(), 1u);
        QCOMPARE(current->config().cloud_limit(), 10u);
        QCOMPARE(current->config().cloud_batch(), 1u);
        const auto version = current->config().version();

        const auto scenario = control.getScenario(&error);
        QVERIFY(scenario && scenario->ok());
        QVERIFY(scenario->scenario().bound_tasks_per_s() > 10 * 8.0 * 0.9);

        v1::Config change;
        change.set_cloud_limit(40);
        change.set_cloud_batch(4);
        // A stale expected version is refused and changes nothing.
        const auto refused = control.applyConfig(change, version + 5, &error);
        QVERIFY(refused && !refused->ok());
        QVERIFY(!refused->error().empty());
        QCOMPARE(refused->config().version(), version);

        const auto applied = control.applyConfig(change, version, &error);
        QVERIFY2(applied && applied->ok(), qPrintable(error));
        QCOMPARE(applied->config().version(), version + 1);
        QCOMPARE(applied->config().cloud_limit(), 40u);
        QCOMPARE(applied->config().local_limit(), 1u);   // untouched

        // Repeating the same command id returns the first reply and applies nothing twice.
        v1::ControlRequest repeat;
        repeat.set_command_id("fixed-id-1");
        repeat.mutable_apply_config()->set_expected_version(version + 1);
        repeat.mutable_apply_config()->mutable_change()->set_local_limit(4);
        const auto first = control.call(repeat);
        const auto second = control.call(repeat);
        QVERIFY(first && second && first->ok() && second->ok());
        QCOMPARE(second->config().version(), first->config().version());
        QCOMPARE(first->config().version(), version + 2);

        // Telemetry reports the new version in force within a second.
        QVERIFY(QTest::qWaitFor([&] { return pipeline.latest()->configVersion == version + 2; }, 1000));
        QVERIFY(QTest::qWaitFor([&] {
            const auto& pools = pipeline.latest()->pools;
            return std::any_of(pools.begin(), pools.end(), [](const model::PoolView& p) {
                return p.kind == model::PoolKind::Cloud && p.limit == 40 && p.batchSize == 4;
            });
        }, 1000));
    }

    void droppedTelemetryShowsAsGaps()
    {
        auto scenario = sim::Scenario::referenceDefault();
        sim::FaultSpec drops;
        drops.kind = sim::FaultSpec::Kind::TelemetryDrops;
        drops.startS = 2;
        drops.durationS = 10;
        drops.factor = 0.2;
        scenario.faults.push_back(drops);
        sim::SimulatorServer server(scenario, serverOptions(10.0, 20.0));
        QVERIFY(server.bind());
        model::IngestPipeline pipeline;
        transport::TelemetrySubscriber sub(pipeline, subscriberOptions(server));
        sub.start();
        QTest::qWait(200);
        QVERIFY(server.start());
        QVERIFY(QTest::qWaitFor([&] { return server.status().finished; }, 20000));
        const auto status = server.status();
        QVERIFY(QTest::qWaitFor([&] { return pipeline.latest() && pipeline.latest()->simTimeUs == status.simTimeUs; }, 3000));
        pipeline.publishNow(protocol::wallClockUs());
        const auto s = pipeline.latest();
        qInfo("simulator dropped %llu ticks; subscriber counted %llu missing messages",
              static_cast<unsigned long long>(status.ticksDropped),
              static_cast<unsigned long long>(s->stats.sequence.missedMessages));
        QVERIFY(status.ticksDropped > 5);
        QCOMPARE(s->stats.sequence.missedMessages, status.ticksDropped);
        QCOMPARE(s->stats.ticksApplied, status.ticksPublished);
    }

    void publisherRestartIsDetected()
    {
        model::IngestPipeline pipeline;
        std::string telemetry, control;
        {
            sim::SimulatorServer first(sim::Scenario::referenceDefault(), serverOptions(5.0));
            QVERIFY(first.start());
            telemetry = first.telemetryEndpoint();
            control = first.controlEndpoint();
            transport::TelemetrySubscriber::Options o;
            o.endpoint = telemetry;
            o.controlEndpoint = control;
            transport::TelemetrySubscriber sub(pipeline, o);
            sub.start();
            QVERIFY(QTest::qWaitFor([&] { return hasFullTopology(pipeline, 3000); }, 2000));
            first.stop();
            QVERIFY(QTest::qWaitFor([&] { return sub.state() == transport::LinkState::Stale; }, 4000));

            auto opts = serverOptions(5.0);
            opts.telemetryEndpoint = telemetry;
            opts.controlEndpoint = control;
            sim::SimulatorServer second(sim::Scenario::referenceDefault(), opts);
            QString error;
            QVERIFY2(second.start(&error), qPrintable(error));
            // The subscriber reconnects on its own and sees a new epoch.
            QVERIFY(QTest::qWaitFor([&] { return pipeline.latest()->stats.sequence.restarts == 1; }, 5000));
            QVERIFY(QTest::qWaitFor([&] { return sub.state() == transport::LinkState::Live; }, 2000));
            const auto before = pipeline.latest()->stats.ticksApplied;
            QVERIFY(QTest::qWaitFor([&] { return pipeline.latest()->stats.ticksApplied > before + 5; }, 2000));
            QCOMPARE(pipeline.latest()->stats.sequence.duplicates, 0u);
        }
    }

    void foreignMessagesAreCountedNotFatal()
    {
        // A publisher that speaks something else, then valid telemetry on the same connection.
        zmq::context_t ctx;
        zmq::socket_t rogue(ctx, zmq::socket_type::pub);
        rogue.set(zmq::sockopt::linger, 0);
        rogue.bind(kAnyPort);
        transport::TelemetrySubscriber::Options o;
        o.endpoint = rogue.get(zmq::sockopt::last_endpoint);
        o.controlEndpoint.clear();
        model::IngestPipeline pipeline;
        transport::TelemetrySubscriber sub(pipeline, o);
        sub.start();
        QTest::qWait(300);   // let the subscription reach the publisher
        for (int i = 0; i < 20; ++i) {
            rogue.send(zmq::str_buffer("tick"), zmq::send_flags::sndmore);
            rogue.send(zmq::str_buffer("not a protobuf at all"), zmq::send_flags::none);
            rogue.send(zmq::str_buffer("weather"), zmq::send_flags::sndmore);
            rogue.send(zmq::str_buffer("sunny"), zmq::send_flags::none);
            rogue.send(zmq::str_buffer("single frame"), zmq::send_flags::none);
        }
        const auto send = [&](std::string_view topic, const google::protobuf::MessageLite& msg) {
            const std::string wire = msg.SerializeAsString();
            rogue.send(zmq::buffer(topic), zmq::send_flags::sndmore);
            rogue.send(zmq::buffer(wire), zmq::send_flags::none);
        };
        send("topo", testing::makeTopology(64));
        for (int i = 1; i <= 5; ++i)
            send("tick", testing::makeTick(64, std::uint64_t(i), i * 100'000, std::uint32_t(i)));
        QVERIFY(QTest::qWaitFor([&] { return pipeline.latest() && pipeline.latest()->stats.ticksApplied == 5; }, 2000));
        const auto& st = pipeline.latest()->stats;
        QCOMPARE(st.rejectedTotal, 60u);
        QCOMPARE(st.rejected[std::size_t(protocol::DecodeError::UnknownTopic)], 20u);
        QCOMPARE(st.rejected[std::size_t(protocol::DecodeError::BadFraming)], 20u);
        QCOMPARE(st.rejected[std::size_t(protocol::DecodeError::Unparsable)]
                     + st.rejected[std::size_t(protocol::DecodeError::Inconsistent)], 20u);
        QCOMPARE(pipeline.latest()->topology->agentCount(), 64);
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_e2e_ingest.moc"
