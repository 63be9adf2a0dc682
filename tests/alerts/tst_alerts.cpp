// Alert rules in the spirit of `promtool test rules`: input series -> expected alerts at given times.
// The evaluator runs as the observer of a real ingest pipeline fed with protocol messages.

#include "alerts/evaluator.h"
#include "model/ingest_pipeline.h"
#include "unit/test_fleet.h"

#include <QTest>
#include <functional>

using namespace omega;
using alerts::Alert;

namespace {
constexpr int kAgents = 40;   // agent a sits in domain a % 4 (test_fleet.h)
constexpr std::int64_t kTickUs = 100'000;

alerts::RuleSet rules(const char* json)
{
    QString error;
    auto set = alerts::RuleSet::parse(QByteArray(json), QStringLiteral("test"), &error);
    if (!set)
        qFatal("%s", qPrintable(error));
    return *set;
}

// Feeds ticks at 10 Hz; `shape` edits each tick (time in seconds) before it is sent.
struct Feed {
    model::IngestPipeline pipeline;
    alerts::Evaluator evaluator;
    std::uint64_t seq = 0;
    std::uint32_t completed = 0;
    std::int64_t simUs = 0;
    std::uint64_t epoch = 7;

    explicit Feed(const char* json) : evaluator(rules(json))
    {
        pipeline.setObserver(&evaluator);
        const std::string topo = testing::makeTopology(kAgents).SerializeAsString();
        pipeline.ingest("topo", topo.data(), topo.size(), protocol::wallClockUs());
    }
    // Runs until simulated time `untilS` (inclusive).
    void runTo(double untilS, const std::function<void(double, v1::Tick&)>& shape = {})
    {
        while (simUs + kTickUs <= static_cast<std::int64_t>(untilS * 1e6 + 0.5)) {
            simUs += kTickUs;
            completed += 1;
            auto tick = testing::makeTick(kAgents, ++seq, simUs, completed, 0, 1, epoch);
            for (int a = 0; a < kAgents; ++a)
                tick.set_latency_p99_ms(a, 100.0f);
            if (shape)
                shape(static_cast<double>(simUs) / 1e6, tick);
            const std::string wire = tick.SerializeAsString();
            pipeline.ingest("tick", wire.data(), wire.size(), protocol::wallClockUs());
        }
    }
    std::vector<Alert> firing() const { return evaluator.view()->firing; }
    const Alert* find(const QString& rule) const
    {
        static thread_local std::vector<Alert> keep;
        keep = firing();
        for (const Alert& a : keep)
            if (a.rule == rule)
                return &a;
        return nullptr;
    }
};
} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private slots:
    void forDurationBoundary()
    {
        Feed f(R"({"rules": [{"name": "AgentSlow", "scope": "agent", "metric": "latency_p99", "op": ">",
                              "threshold": 1000, "for": "1s", "severity": "critical"}]})");
        auto hot = [](double t, v1::Tick& tick) { if (t >= 1.0) tick.set_latency_p99_ms(3, 5000.0f); };
        f.runTo(1.9, hot);   // pending since 1.0 s: 0.9 s held
        QVERIFY(!f.find(QStringLiteral("AgentSlow")));
        f.runTo(2.0, hot);   // held exactly 1 s: fires
        const Alert* a = f.find(QStringLiteral("AgentSlow"));
        QVERIFY(a);
        QCOMPARE(a->scope, QStringLiteral("agent:agent-3"));
        QCOMPARE(a->severity, alerts::Severity::Critical);
        QCOMPARE(a->firedSimUs, std::int64_t(2'000'000));
        QCOMPARE(a->value, 5000.0);
        QVERIFY(a->latencyMs() >= 0.0 && a->latencyMs() < 100.0);
        // A blip shorter than `for` never fires.
        Feed g(R"({"rules": [{"name": "AgentSlow", "scope": "agent", "metric": "latency_p99", "threshold": 1000, "for": "1s"}]})");
        g.runTo(5.0, [](double t, v1::Tick& tick) { if (t >= 1.0 && t < 1.95) tick.set_latency_p99_ms(3, 5000.0f); });
        QVERIFY(g.firing().empty());
    }

    void hysteresisHoldsUntilTheClearLevel()
    {
        Feed f(R"({"rules": [{"name": "FleetP99", "scope": "fleet", "metric": "task_latency_p99", "op": ">",
                              "threshold": 2000, "clear": 1500}]})");
        float level = 2500;
        auto shape = [&](double, v1::Tick& tick) { tick.set_task_latency_p99_ms(level); };
        f.runTo(1.0, shape);
        QVERIFY(f.find(QStringLiteral("FleetP99")));
        const auto id = f.find(QStringLiteral("FleetP99"))->id;
        level = 1800;   // below the threshold, above the clear level: still firing, same alert
        f.runTo(2.0, shape);
        QVERIFY(f.find(QStringLiteral("FleetP99")));
        QCOMPARE(f.find(QStringLiteral("FleetP99"))->id, id);
        level = 1400;
        f.runTo(2.1, shape);
        QVERIFY(!f.find(QStringLiteral("FleetP99")));
        const auto resolved = f.evaluator.view()->resolved;
        QCOMPARE(resolved->size(), std::size_t(1));
        QCOMPARE(resolved->front().resolvedSimUs, std::int64_t(2'100'000));
    }

    void hotKoshaIsOneAlertWithItsMembers()
    {
        Feed f(R"({"rules": [{"name": "HotAgents", "scope": "agent", "metric": "queue_depth", "op": ">",
                              "threshold": 20, "group_by": "domain"}]})");
        f.runTo(1.0, [](double, v1::Tick& tick) {
            for (int a = 1; a < 32; a += 4)   // 8 agents of domain 1
                tick.set_queue_depth(a, 50);
        });
        const auto firing = f.firing();
        QCOMPARE(firing.size(), std::size_t(1));
        QCOMPARE(firing[0].scope, QStringLiteral("domain:d1"));
        QCOMPARE(firing[0].members.size(), std::size_t(8));
        QCOMPARE(firing[0].value, 50.0);
    }

    void rateOfChange()
    {
        Feed f(R"({"rules": [{"name": "QueueGrowing", "type": "rate", "scope": "domain", "metric": "queue_depth",
                              "op": ">", "threshold": 50, "window": "2s"}]})");
        // Domain 0's queue grows by 10 stages per agent per second (10 agents: 100/s).
        f.runTo(3.0, [](double t, v1::Tick& tick) {
            for (int a = 0; a < kAgents; a += 4)
                tick.set_queue_depth(a, static_cast<std::uint32_t>(10 * t));
        });
        const Alert* a = f.find(QStringLiteral("QueueGrowing"));
        QVERIFY(a);
        QCOMPARE(a->scope, QStringLiteral("domain:d0"));
        QVERIFY2(qAbs(a->value - 100.0) < 5.0, qPrintable(QString::number(a->value)));
        // A queue that stays high but flat does not fire.
        Feed flat(R"({"rules": [{"name": "QueueGrowing", "type": "rate", "scope": "domain", "metric": "queue_depth",
                                 "threshold": 50, "window": "2s"}]})");
        flat.runTo(3.0, [](double, v1::Tick& tick) { tick.set_queue_depth(0, 500); });
        QVERIFY(flat.firing().empty());
    }

    void rateOverALongWindowKeepsFewSamples()
    {
        // 600 ticks per window: the rule keeps a sample every window/64, the slope stays right.
        Feed f(R"({"rules": [{"name": "QueueClimb", "type": "rate", "scope": "agent", "metric": "queue_depth",
                              "op": ">", "threshold": 8, "window": "60s"}]})");
        auto ramp = [](double t, v1::Tick& tick) {
            tick.set_queue_depth(2, static_cast<std::uint32_t>(10 * std::min(t, 100.0) + 0.5));
        };
        f.runTo(99.0, ramp);
        const Alert* a = f.find(QStringLiteral("QueueClimb"));
        QVERIFY(a);
        QCOMPARE(a->scope, QStringLiteral("agent:agent-2"));
        QVERIFY2(qAbs(a->value - 10.0) < 0.05, qPrintable(QString::number(a->value)));
        // Flat from 100 s: the slope over [t - 60 s, t] is 10 * (160 - t) / 60, at most 8 from t = 112 s,
        // and the reference may be up to window/64 older than t - 60 s.
        f.runTo(111.0, ramp);
        QVERIFY(f.find(QStringLiteral("QueueClimb")));
        f.runTo(113.0, ramp);
        QVERIFY(!f.find(QStringLiteral("QueueClimb")));
        QCOMPARE(f.evaluator.view()->resolved->size(), std::size_t(1));
    }

    void relativeRuleWithoutPeersStaysQuiet()
    {
        // Every queue empty: no peer median to compare with, so "below the peers" cannot fire.
        Feed f(R"({"rules": [{"name": "QueueBelowPeers", "scope": "agent", "metric": "queue_depth", "relative": true,
                              "op": "<", "threshold": 0.5}]})");
        auto empty = [](double, v1::Tick& tick) {
            for (int a = 0; a < kAgents; ++a)
                tick.set_queue_depth(a, 0);
        };
        f.runTo(2.0, empty);
        QVERIFY(f.firing().empty());
        // With peers that have work, the agent far below them does fire.
        f.runTo(3.0, [](double, v1::Tick& tick) {
            for (int a = 0; a < kAgents; ++a)
                tick.set_queue_depth(a, a == 9 ? 1 : 10);
        });
        const Alert* a = f.find(QStringLiteral("QueueBelowPeers"));
        QVERIFY(a);
        QCOMPARE(a->scope, QStringLiteral("agent:agent-9"));
    }

    void stuckAgentAndSilentPublisher()
    {
        Feed f(R"({"rules": [{"name": "AgentStuck", "type": "absence", "scope": "agent", "window": "3s"},
                             {"name": "FeedSilent", "type": "absence", "scope": "fleet", "window": "2s", "severity": "critical"}]})");
        // Agent 5 has queued work (5 % 3 = 2) but its completed counter freezes at t = 1 s.
        auto frozen = [](double t, v1::Tick& tick) { if (t >= 1.0) tick.set_completed(5, 10); };
        f.runTo(3.9, frozen);
        QVERIFY(!f.find(QStringLiteral("AgentStuck")));
        f.runTo(4.1, frozen);
        QVERIFY(f.find(QStringLiteral("AgentStuck")));
        QCOMPARE(f.find(QStringLiteral("AgentStuck"))->scope, QStringLiteral("agent:agent-5"));
        f.runTo(4.5);   // progress again
        QVERIFY(!f.find(QStringLiteral("AgentStuck")));

        // The feed goes quiet: judged on the wall clock while the source idles.
        const auto last = protocol::wallClockUs();
        f.evaluator.onIdle(last + 1'000'000, last);
        QVERIFY(!f.find(QStringLiteral("FeedSilent")));
        f.evaluator.onIdle(last + 2'500'000, last);
        QVERIFY(f.find(QStringLiteral("FeedSilent")));
        QCOMPARE(f.find(QStringLiteral("FeedSilent"))->severity, alerts::Severity::Critical);
        f.runTo(4.6);   // a tick arrives: resolved
        QVERIFY(!f.find(QStringLiteral("FeedSilent")));
    }

    // Every alert carries simulated time, also one raised while the feed is silent (judged on the
    // wall clock): it was stamped with the wall clock (~1.8e9 s) and recorded so in session files.
    void silentFeedAlertCarriesSimulatedTime()
    {
        Feed f(R"({"rules": [{"name": "FeedSilent", "type": "absence", "scope": "fleet", "window": "2s"}]})");
        std::vector<Alert> heard;   // what the runtime writes into a recording
        f.evaluator.setListener([&](const Alert& a) { heard.push_back(a); });
        f.runTo(7.3);
        const auto last = protocol::wallClockUs();
        f.evaluator.onIdle(last + 2'500'000, last);
        const Alert* a = f.find(QStringLiteral("FeedSilent"));
        QVERIFY(a);
        QCOMPARE(a->firedSimUs, std::int64_t(7'300'000));   // the fleet time of the last tick
        QCOMPARE(a->sampleWallUs, last + 2'000'000);
        QCOMPARE(a->raisedWallUs > 0, true);
        f.evaluator.onIdle(last + 9'000'000, last);   // still silent: the same alert, same time
        QCOMPARE(f.firing().size(), std::size_t(1));
        QCOMPARE(f.firing().front().firedSimUs, std::int64_t(7'300'000));
        f.runTo(7.4);
        QVERIFY(!f.find(QStringLiteral("FeedSilent")));
        QCOMPARE(heard.size(), std::size_t(2));
        QVERIFY(heard[0].firing);
        QCOMPARE(heard[0].firedSimUs, std::int64_t(7'300'000));
        QVERIFY(!heard[1].firing);
        QCOMPARE(heard[1].resolvedSimUs, std::int64_t(7'400'000));
        // Silent again, then resolved by the idle check itself: fleet time throughout.
        const auto last2 = last + 10'000'000;   // the idle check's clock only moves forward
        f.evaluator.onIdle(last2 + 3'000'000, last2);
        QVERIFY(f.find(QStringLiteral("FeedSilent")));
        f.evaluator.onIdle(last2 + 3'200'000, last2 + 3'100'000);
        QVERIFY(!f.find(QStringLiteral("FeedSilent")));
        QCOMPARE(heard.size(), std::size_t(4));
        for (const Alert& h : heard)
            QVERIFY2((h.firing ? h.firedSimUs : h.resolvedSimUs) <= 7'400'000,
                     qPrintable(QString::number(h.firing ? h.firedSimUs : h.resolvedSimUs)));
    }

    void errorBudgetBurn()
    {
        Feed f(R"({"rules": [{"name": "Burn", "type": "burn", "scope": "fleet", "slo": 0.99, "factor": 10, "window": "4s"}]})");
        std::uint64_t done = 0, failed = 0;
        // 100 tasks/s; 5 % fail: burns at 5x the 1 % budget, below the factor of 10.
        auto shape = [&](double, v1::Tick& tick) {
            tick.set_tasks_completed(done);
            tick.set_tasks_failed(failed);
        };
        for (int i = 0; i < 60; ++i) {
            done += 9 + (i % 2);
            failed += (i % 2);
            f.runTo(0.1 * (i + 1), shape);
        }
        QVERIFY(!f.find(QStringLiteral("Burn")));
        for (int i = 60; i < 100; ++i) {   // now 20 % fail: 20x
            done += 8;
            failed += 2;
            f.runTo(0.1 * (i + 1), shape);
        }
        const Alert* a = f.find(QStringLiteral("Burn"));
        QVERIFY(a);
        QVERIFY(a->value > 0.1);
    }

    void publisherRestartClearsStateWithoutFalseAlerts()
    {
        Feed f(R"({"rules": [{"name": "AgentSlow", "scope": "agent", "metric": "latency_p99", "threshold": 1000},
                             {"name": "Throughput", "type": "rate", "scope": "agent", "metric": "throughput", "op": "<", "threshold": -100, "window": "1s"}]})");
        f.runTo(1.0, [](double, v1::Tick& tick) { tick.set_latency_p99_ms(2, 5000.0f); });
        QVERIFY(f.find(QStringLiteral("AgentSlow")));
        // New epoch: counters from zero, sim time from zero, a new topology.
        f.epoch = 8;
        f.seq = 0;
        f.simUs = 0;
        f.completed = 0;
        auto topo = testing::makeTopology(kAgents);
        topo.mutable_header()->set_epoch(8);
        f.runTo(0.1);   // tick of the new epoch arrives first
        QVERIFY(f.firing().empty());
        const std::string wire = topo.SerializeAsString();
        f.pipeline.ingest("topo", wire.data(), wire.size(), protocol::wallClockUs());
        f.runTo(2.0);
        QVERIFY(f.firing().empty());
    }

    void flappingIsHeld()
    {
        Feed f(R"({"rules": [{"name": "Flappy", "scope": "fleet", "metric": "task_latency_p99", "threshold": 2000}]})");
        // On for 0.2 s, off for 0.2 s, repeatedly.
        f.runTo(4.0, [](double t, v1::Tick& tick) {
            tick.set_task_latency_p99_ms(static_cast<int>(t * 10 + 0.5) % 4 < 2 ? 3000.0f : 100.0f);
        });
        const auto* a = f.find(QStringLiteral("Flappy"));
        QVERIFY(a);
        QVERIFY(a->flapping);
        const auto id = a->id;
        // While flapping, quiet spells shorter than the hold keep the same alert.
        f.runTo(30.0, [](double, v1::Tick& tick) { tick.set_task_latency_p99_ms(100.0f); });
        QVERIFY(f.find(QStringLiteral("Flappy")));
        QCOMPARE(f.find(QStringLiteral("Flappy"))->id, id);
        f.runTo(70.0, [](double, v1::Tick& tick) { tick.set_task_latency_p99_ms(100.0f); });
        QVERIFY(!f.find(QStringLiteral("Flappy")));
        QVERIFY(f.evaluator.view()->raised < 5);   // not one alert per flap
    }

    void silenceAndAcknowledge()
    {
        Feed f(R"({"rules": [{"name": "AgentSlow", "scope": "agent", "metric": "latency_p99", "threshold": 1000}]})");
        auto hot = [](double, v1::Tick& tick) { tick.set_latency_p99_ms(1, 5000.0f); tick.set_latency_p99_ms(2, 5000.0f); };
        f.runTo(1.0, hot);
        QCOMPARE(f.firing().size(), std::size_t(2));
        f.evaluator.silence({QStringLiteral("AgentSlow"), QStringLiteral("agent:agent-1"), protocol::wallClockUs() + 60'000'000});
        const auto ackId = f.firing().back().id;
        f.evaluator.acknowledge(ackId);
        f.runTo(1.1, hot);
        for (const Alert& a : f.firing()) {
            QCOMPARE(a.silenced, a.scope == QStringLiteral("agent:agent-1"));
            QCOMPARE(a.acknowledged, a.id == ackId);
        }
    }

    void badRulesNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\"rules\": [\n  {\"name\": \"A\",\n   \"threshold\": 3,,\n}]}") << "test: line 3";
        QTest::newRow("op") << QByteArray("{\"rules\": [\n {\"name\": \"A\", \"scope\": \"fleet\", \"metric\": \"tasks_per_s\", \"threshold\": 1},\n {\"name\": \"B\", \"scope\": \"fleet\",\n  \"metric\": \"tasks_per_s\", \"op\": \">=\", \"threshold\": 1}]}")
                            << "line 3, rule 'B', field 'op'";
        QTest::newRow("metric") << QByteArray("{\"rules\": [{\"name\": \"A\", \"scope\": \"pool\", \"metric\": \"tasks_per_s\", \"threshold\": 1}]}")
                                << "field 'metric': 'tasks_per_s' is not a metric of scope pool";
        QTest::newRow("duration") << QByteArray("{\"rules\": [{\"name\": \"A\", \"scope\": \"fleet\", \"metric\": \"tasks_per_s\", \"threshold\": 1, \"for\": \"5 parsecs\"}]}")
                                  << "field 'for'";
        QTest::newRow("hysteresis") << QByteArray("{\"rules\": [{\"name\": \"A\", \"scope\": \"fleet\", \"metric\": \"tasks_per_s\", \"threshold\": 1, \"clear\": 2}]}")
                                    << "field 'clear'";
        QTest::newRow("unknown") << QByteArray("{\"rules\": [{\"name\": \"A\", \"scope\": \"fleet\", \"metric\": \"tasks_per_s\", \"threshold\": 1, \"treshold\": 2}]}")
                                 << "field 'treshold': unknown field";
        QTest::newRow("group") << QByteArray("{\"rules\": [{\"name\": \"A\", \"scope\": \"team\", \"metric\": \"queue_depth\", \"threshold\": 1, \"group_by\": \"domain\"}]}")
                               << "field 'group_by'";
        // Durations beyond 30 days, including ones that overflowed int64 before (and fired at once).
        QTest::newRow("for 1e30") << QByteArray("{\"rules\": [{\"name\": \"A\", \"metric\": \"tasks_per_s\", \"threshold\": 1, \"for\": 1e30}]}")
                                  << "rule 'A', field 'for': longer than the longest duration allowed (30 days)";
        QTest::newRow("for 1e20 h") << QByteArray("{\"rules\": [{\"name\": \"A\", \"metric\": \"tasks_per_s\", \"threshold\": 1, \"for\": \"99999999999999999999h\"}]}")
                                    << "rule 'A', field 'for': longer than the longest duration allowed (30 days)";
        QTest::newRow("window 721h") << QByteArray("{\"rules\": [{\"name\": \"A\", \"type\": \"rate\", \"metric\": \"tasks_per_s\", \"threshold\": 1, \"window\": \"721h\"}]}")
                                     << "rule 'A', field 'window': longer than the longest duration allowed";
        QTest::newRow("for negative") << QByteArray("{\"rules\": [{\"name\": \"A\", \"metric\": \"tasks_per_s\", \"threshold\": 1, \"for\": -5}]}")
                                      << "rule 'A', field 'for': expected a duration of 0 or more";
        // Pools the rule grammar knows: local and cloud, on pool-scope rules only.
        QTest::newRow("pool gpu") << QByteArray("{\"rules\": [{\"name\": \"A\", \"scope\": \"pool\", \"pool\": \"gpu\", \"metric\": \"waiting\", \"threshold\": 1}]}")
                                  << "rule 'A', field 'pool': expected local or cloud";
        QTest::newRow("pool on fleet") << QByteArray("{\"rules\": [{\"name\": \"A\", \"pool\": \"cloud\", \"metric\": \"tasks_per_s\", \"threshold\": 1}]}")
                                       << "rule 'A', field 'pool': only rules with scope pool name a pool";
        QTest::newRow("duplicate") << QByteArray("{\"rules\": [{\"name\": \"A\", \"metric\": \"tasks_per_s\", \"threshold\": 1}, {\"name\": \"A\", \"metric\": \"tasks_per_s\", \"threshold\": 1}]}")
                                   << "rule 'A', field 'name'";
    }

    void badRulesNameLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!alerts::RuleSet::parse(json, QStringLiteral("test"), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void longestDurationsAreKeptExactly()
    {
        const auto set = rules(R"({"rules": [
            {"name": "A", "metric": "tasks_per_s", "threshold": 1, "for": "720h"},
            {"name": "B", "metric": "tasks_per_s", "threshold": 1, "for": 2592000},
            {"name": "C", "type": "rate", "metric": "tasks_per_s", "threshold": 1, "window": "43200m", "for": "250ms"},
            {"name": "D", "scope": "pool", "pool": "local", "metric": "waiting", "threshold": 1}]})");
        QCOMPARE(set.rules.size(), std::size_t(4));
        QCOMPARE(set.rules[0].forUs, alerts::kMaxDurationUs);
        QCOMPARE(set.rules[1].forUs, alerts::kMaxDurationUs);
        QCOMPARE(set.rules[2].windowUs, alerts::kMaxDurationUs);
        QCOMPARE(set.rules[2].forUs, std::int64_t(250'000));
        QCOMPARE(set.rules[3].pool, QStringLiteral("local"));
    }

    void longForDoesNotFireEarly()
    {
        // The longest allowed `for` holds: a condition true for 10 s stays pending.
        Feed f(R"({"rules": [{"name": "AgentSlow", "scope": "agent", "metric": "latency_p99", "threshold": 1000, "for": "720h"}]})");
        f.runTo(10.0, [](double t, v1::Tick& tick) { if (t >= 1.0) tick.set_latency_p99_ms(3, 5000.0f); });
        QVERIFY(f.firing().empty());
    }

    void defaultRulesLoad()
    {
        QString error;
        const QString path = qEnvironmentVariable("OMEGA_SOURCE_DIR") + QStringLiteral("/resources/alerts/default-rules.json");
        const auto set = alerts::RuleSet::load(path, &error);
        QVERIFY2(set, qPrintable(error));
        QVERIFY(set->rules.size() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
