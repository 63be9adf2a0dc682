// Over 600 lines on purpose: one Qt Test class of simulator cases that share scenarios and
// helpers; each case is one slot.
// Fleet simulator and scenario files (backend/sim): hierarchy, conservation, the reference physics
// against the analytic model, quota and throttling, faults, telemetry shape and the control knobs.

#include "sim/fleet_simulator.h"
#include "sim/scenario.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace omega::sim;

namespace {

constexpr std::int64_t kSecond = 1'000'000;

QString scenarioDir()
{
    return qEnvironmentVariable("OMEGA_SOURCE_DIR", QStringLiteral(OMEGA_SOURCE_DIR_FALLBACK))
           + QStringLiteral("/resources/scenarios");
}

Scenario loadScenario(const QString& file)
{
    QString error;
    auto s = Scenario::loadFile(scenarioDir() + QLatin1Char('/') + file, &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

omega::v1::Config change(const KnobConfig& k)
{
    omega::v1::Config c;
    c.set_local_limit(k.localLimit);
    c.set_cloud_limit(k.cloudLimit);
    c.set_cloud_batch(k.cloudBatch);
    c.set_bulk_local_share(float(k.bulkLocalShare));
    return c;
}

KnobConfig knobs(std::uint32_t local, std::uint32_t cloud, std::uint32_t batch, double share = 0)
{
    KnobConfig k;
    k.localLimit = local;
    k.cloudLimit = cloud;
    k.cloudBatch = batch;
    k.bulkLocalShare = share;
    return k;
}

bool conserved(const FleetTotals& t)
{
    return t.tasksArrived == t.tasksCompleted + t.tasksFailed + t.tasksInFlight;
}

// Drives a simulator the way the publisher does: 10 ticks and pool states per simulated second.
struct Driver {
    FleetSimulator sim;
    omega::v1::Tick tick;
    omega::v1::Pools pools;
    bool conservedEverywhere = true;

    explicit Driver(Scenario s) : sim(std::move(s)) {}

    void apply(const KnobConfig& k)
    {
        QString error;
        if (!sim.applyConfig(change(k), sim.config().version, &error))
            qFatal("applyConfig refused: %s", qPrintable(error));
    }
    void runFor(double seconds)
    {
        const std::int64_t step = std::llround(sim.scenario().tickIntervalMs * 1000.0);
        const std::int64_t end = sim.nowUs() + std::llround(seconds * kSecond);
        while (sim.nowUs() < end) {
            sim.advanceTo(std::min(end, sim.nowUs() + step));
            sim.fillTick(tick);
            sim.fillPools(pools);
            conservedEverywhere = conservedEverywhere && conserved(sim.totals());
        }
    }
    // Tasks/s completed over `seconds` after `warmup` seconds.
    double throughput(double warmup, double seconds)
    {
        runFor(warmup);
        const std::uint64_t before = sim.totals().tasksCompleted;
        runFor(seconds);
        return double(sim.totals().tasksCompleted - before) / seconds;
    }
};

double measure(const KnobConfig& k, double warmup, double seconds, FleetTotals* totals = nullptr,
               Scenario s = Scenario::referenceDefault())
{
    Driver d(std::move(s));
    d.apply(k);
    const double x = d.throughput(warmup, seconds);
    if (totals)
        *totals = d.sim.totals();
    return x;
}

} // namespace

class TstSimulator : public QObject {
    Q_OBJECT

private slots:
    void hierarchyReference();
    void hierarchyConfigurableAndDeterministic();
    void conservationWithCrashes();
    void baselineMatchesAnalyticModel();
    void interiorOptimumAndBound();
    void cloudQuotaCapsThroughput();
    void scenarioRoundTrip();
    void scenarioErrorsNameTheKey_data();
    void scenarioErrorsNameTheKey();
    void everyScenarioFileLoads();
    void tickAndPoolShape();
    void applyConfigValidation();
    void shrinkingLimitLetsWorkFinish();
    void faultEventsAndTelemetryDrops();
    void faultPhysics();
    void runsFasterThanRealTime();
};

void TstSimulator::hierarchyReference()
{
    FleetSimulator sim(Scenario::referenceDefault());
    omega::v1::Topology topo;
    sim.fillTopology(topo);
    QCOMPARE(topo.teams_size(), 12);
    QCOMPARE(topo.primes_size(), 72);
    QCOMPARE(topo.domains_size(), 363);
    QCOMPARE(topo.agent_names_size(), 3000);
    QCOMPARE(topo.agent_domain_size(), 3000);
    QCOMPARE(topo.pools_size(), 2);

    // Every team has a prime, every prime a domain, every domain an agent; names are unique.
    QVector<int> primesPerTeam(12), domainsPerPrime(72), agentsPerDomain(363);
    for (const auto& p : topo.primes()) {
        QVERIFY(p.team() < 12u);
        ++primesPerTeam[int(p.team())];
    }
    for (const auto& d : topo.domains()) {
        QVERIFY(d.prime() < 72u);
        ++domainsPerPrime[int(d.prime())];
    }
    for (std::uint32_t d : topo.agent_domain()) {
        QVERIFY(d < 363u);
        ++agentsPerDomain[int(d)];
    }
    for (int n : primesPerTeam)
        QVERIFY(n >= 1);
    for (int n : domainsPerPrime)
        QVERIFY(n >= 1);
    for (int n : agentsPerDomain)
        QVERIFY(n >= 1);
    // Uneven split: some domains clearly bigger than others.
    QVERIFY(*std::max_element(agentsPerDomain.begin(), agentsPerDomain.end())
            >= 2 * *std::min_element(agentsPerDomain.begin(), agentsPerDomain.end()));

    QSet<QString> names;
    for (const auto& t : topo.teams())
        names.insert(QString::fromStdString(t.name()));
    for (const auto& p : topo.primes())
        names.insert(QString::fromStdString(p.name()));
    for (const auto& d : topo.domains())
        names.insert(QString::fromStdString(d.name()));
    for (const auto& a : topo.agent_names())
        names.insert(QString::fromStdString(a));
    QCOMPARE(names.size(), 12 + 72 + 363 + 3000);
    QCOMPARE(QString::fromStdString(topo.teams(0).name()), QStringLiteral("Atlas"));
    QCOMPARE(QString::fromStdString(topo.agent_names(0)), QStringLiteral("atlas.p01.d1.a001"));
    // An agent's name starts with its domain's, a domain's with its prime's.
    for (int a = 0; a < topo.agent_names_size(); a += 97) {
        const auto& dom = topo.domains(int(topo.agent_domain(a)));
        QVERIFY(topo.agent_names(a).rfind(dom.name() + ".a", 0) == 0);
        QVERIFY(dom.name().rfind(topo.primes(int(dom.prime())).name() + ".d", 0) == 0);
    }
}

void TstSimulator::hierarchyConfigurableAndDeterministic()
{
    Scenario s = Scenario::referenceDefault();
    s.teams = 5;
    s.primes = 10;
    s.domains = 20;
    s.agents = 200;
    {
        FleetSimulator sim(s);
        omega::v1::Topology topo;
        sim.fillTopology(topo);
        QCOMPARE(topo.teams_size(), 5);
        QCOMPARE(topo.primes_size(), 10);
        QCOMPARE(topo.domains_size(), 20);
        QCOMPARE(topo.agent_names_size(), 200);
        sim.advanceTo(5 * kSecond);
        omega::v1::Tick tick;
        sim.fillTick(tick);
        QCOMPARE(tick.agent_count(), 200u);
        QVERIFY(sim.totals().tasksCompleted > 0);
    }
    // More teams than the name list: suffixed, still unique.
    s.teams = 30;
    s.primes = 40;
    s.domains = 60;
    s.agents = 100;
    {
        FleetSimulator sim(s);
        omega::v1::Topology topo;
        sim.fillTopology(topo);
        QSet<std::string> teams;
        for (const auto& t : topo.teams())
            teams.insert(t.name());
        QCOMPARE(teams.size(), 30);
        QCOMPARE(topo.teams(12).name(), std::string("Atlas2"));
    }

    // Same seed: the same fleet, the same run, byte for byte.
    auto runBytes = [](std::uint64_t seed) {
        Scenario r = Scenario::referenceDefault();
        r.seed = seed;
        Driver d(r);
        d.apply(knobs(8, 40, 2));
        d.runFor(20);
        omega::v1::Topology topo;
        d.sim.fillTopology(topo);
        return std::make_pair(topo.SerializeAsString(), d.tick.SerializeAsString());
    };
    const auto a = runBytes(7);
    const auto b = runBytes(7);
    const auto c = runBytes(8);
    QVERIFY(a.first == b.first);
    QVERIFY(a.second == b.second);
    QVERIFY(a.first != c.first);     // another seed splits the hierarchy differently
    QVERIFY(a.second != c.second);
}

void TstSimulator::conservationWithCrashes()
{
    Scenario s = Scenario::referenceDefault();
    // Crash most of two small koshas, one of them twice over (overlapping faults), plus a whole kosha
    // for good; run at a tuned configuration so many stages are in service when the crash hits.
    FaultSpec f;
    f.kind = FaultSpec::Kind::AgentCrash;
    f.target = QStringLiteral("borealis.p01.d3");
    f.count = 6;
    f.startS = 20;
    f.durationS = 30;
    s.faults << f;
    f.startS = 35;
    f.durationS = 30;
    f.count = 8;
    s.faults << f;
    f.target = QStringLiteral("borealis.p04.d1");
    f.count = 100;   // more than the kosha has: all of it
    f.startS = 40;
    f.durationS = 0;
    s.faults << f;

    Driver d(s);
    d.apply(knobs(22, 128, 2));
    const std::uint64_t inFlight = std::uint64_t(s.teams) * std::uint64_t(s.tasksInFlightPerTeam);
    omega::v1::Topology topo;
    d.sim.fillTopology(topo);
    auto failedAgents = [&]() {
        int n = 0;
        for (char c : d.tick.state())
            n += c == char(omega::v1::AGENT_STATE_FAILED);
        return n;
    };
    int checks = 0;
    std::uint32_t crashedCompletedAt40 = 0;
    int crashedAgent = -1;
    for (int step = 0; step < 800; ++step) {   // 80 s
        d.runFor(0.1);
        const FleetTotals t = d.sim.totals();
        QVERIFY2(conserved(t), "arrived != completed + failed + in flight");
        QCOMPARE(t.tasksInFlight, inFlight);   // a failed or completed task is replaced at once
        QCOMPARE(d.tick.tasks_arrived(), t.tasksArrived);
        QCOMPARE(d.tick.tasks_in_flight(), t.tasksInFlight);
        ++checks;
        const double now = d.sim.nowUs() / double(kSecond);
        if (std::abs(now - 10.0) < 1e-6)
            QCOMPARE(failedAgents(), 0);
        if (std::abs(now - 25.0) < 1e-6)
            QCOMPARE(failedAgents(), 6);
        if (std::abs(now - 45.0) < 1e-6) {
            const int whole = int(std::count_if(topo.agent_domain().begin(), topo.agent_domain().end(), [&](std::uint32_t dom) {
                return topo.domains(int(dom)).name() == "borealis.p04.d1";
            }));
            QCOMPARE(failedAgents(), 8 + whole);
            for (int a = 0; a < topo.agent_names_size(); ++a)
                if (d.tick.state()[a] == char(omega::v1::AGENT_STATE_FAILED)) {
                    crashedAgent = a;
                    crashedCompletedAt40 = d.tick.completed(a);
                    QCOMPARE(d.tick.in_flight(a), 0u);
                    QCOMPARE(d.tick.queue_depth(a), 0u);
                }
        }
        if (std::abs(now - 60.0) < 1e-6) {
            QVERIFY(crashedAgent >= 0);
            QCOMPARE(d.tick.completed(crashedAgent), crashedCompletedAt40);   // no work reaches a crashed agent
        }
        if (std::abs(now - 70.0) < 1e-6)
            QCOMPARE(failedAgents() > 0 && failedAgents() < 8, true);   // only the permanent crash is left
    }
    QCOMPARE(checks, 800);
    QVERIFY(d.sim.totals().tasksFailed > 0);
    QVERIFY(d.conservedEverywhere);
    // Failed stages are charged to the crashed agents.
    std::uint64_t failedStages = 0;
    for (std::uint32_t x : d.tick.failed())
        failedStages += x;
    QVERIFY(failedStages > 0);
}

void TstSimulator::baselineMatchesAnalyticModel()
{
    Driver d(Scenario::referenceDefault());
    const double analytic = d.sim.analyticThroughput(d.sim.config());
    QVERIFY2(analytic > 7.9 && analytic < 8.2, qPrintable(QString::number(analytic)));
    const double measured = d.throughput(20, 120);
    qInfo("baseline: measured %.2f tasks/s, analytic %.2f tasks/s", measured, analytic);
    QVERIFY2(std::abs(measured - analytic) <= 0.10 * analytic, qPrintable(QString::number(measured)));
    // Cloud-bound: the cloud pool is full and has a queue, the local pool has room.
    const auto& cloud = d.pools.pools(1);
    QCOMPARE(cloud.name(), std::string("cloud"));
    QCOMPARE(cloud.in_use(), 10u);
    QVERIFY(cloud.waiting() > 100u);
    QCOMPARE(d.sim.totals().cloudThrottled, 0u);
}

void TstSimulator::interiorOptimumAndBound()
{
    const double x1 = measure(knobs(1, 200, 4), 10, 30);
    const double x8 = measure(knobs(8, 200, 4), 10, 30);
    const double x22 = measure(knobs(22, 200, 4), 10, 30);
    const double x64 = measure(knobs(64, 200, 4), 10, 30);
    qInfo("local 1: %.1f, 8: %.1f, 22: %.1f, 64: %.1f tasks/s", x1, x8, x22, x64);
    QVERIFY(x22 > x8);
    QVERIFY(x8 > x1);
    QVERIFY2(x64 < 0.85 * x22, "beyond the USL peak throughput must fall again");
    QVERIFY(std::abs(x1 - 20.0) < 2.0);   // X(1) = 20 stages/s, one stage per task

    FleetSimulator sim(Scenario::referenceDefault());
    const double bound = sim.theoreticalBoundTasksPerS();
    const KnobConfig best = sim.boundConfig();
    const double baseline = sim.analyticThroughput(sim.config());
    qInfo("bound %.1f tasks/s at local %u cloud %u batch %u share %.2f; %.1fx the baseline",
          bound, best.localLimit, best.cloudLimit, best.cloudBatch, best.bulkLocalShare, bound / baseline);
    QVERIFY(bound > 140 && bound < 155);
    QVERIFY(best.localLimit >= 20 && best.localLimit <= 24);
    QVERIFY(best.cloudBatch >= 2);
    QCOMPARE(sim.analyticThroughput(best), bound);
    QVERIFY(bound / baseline >= 10);

    // Nothing in the bounds beats the bound (spot check off the search grid).
    for (std::uint32_t local : {1u, 16u, 22u, 23u, 40u, 256u})
        for (std::uint32_t batch : {1u, 2u, 3u, 8u, 64u})
            for (double share : {0.0, 0.13, 0.5, 1.0})
                QVERIFY(sim.analyticThroughput(knobs(local, 1024, batch, share)) <= bound * (1 + 1e-3));

    const double measured = measure(best, 10, 60);
    const double measuredBaseline = measure(sim.config(), 20, 60);
    qInfo("measured at the bound config: %.1f tasks/s (%.0f %% of the bound, %.1fx the measured baseline)",
          measured, 100 * measured / bound, measured / measuredBaseline);
    QVERIFY(measured >= 0.85 * bound);
    QVERIFY(measured / measuredBaseline >= 10);
}

void TstSimulator::cloudQuotaCapsThroughput()
{
    // Batch 1: the quota (400 calls/s) caps the fleet at 100 tasks/s; quota x latency = 124 slots.
    FleetTotals atLittle, farAbove;
    const double xLittle = measure(knobs(22, 124, 1), 10, 40, &atLittle);
    const double xFar = measure(knobs(22, 1000, 1), 10, 40, &farAbove);
    qInfo("cloud 124: %.1f tasks/s, %llu 429s; cloud 1000: %.1f tasks/s, %llu 429s", xLittle,
          (unsigned long long)atLittle.cloudThrottled, xFar, (unsigned long long)farAbove.cloudThrottled);
    QVERIFY(farAbove.cloudThrottled > 10000);
    QVERIFY(farAbove.cloudThrottled > 10 * atLittle.cloudThrottled);
    QVERIFY2(xFar <= 1.05 * xLittle, "slots beyond quota x latency must not help");
    QVERIFY(xFar <= 105);
    QVERIFY(xLittle >= 90);
    // Successful calls stay within the quota.
    QVERIFY(double(farAbove.cloudCalls) / 50.0 <= 400 * 1.05);

    FleetSimulator sim(Scenario::referenceDefault());
    QVERIFY(std::abs(sim.analyticThroughput(knobs(22, 1000, 1)) - 100.0) < 0.5);
    QCOMPARE(sim.analyticThroughput(knobs(22, 1000, 1)), sim.analyticThroughput(knobs(22, 124, 1)));
}

void TstSimulator::scenarioRoundTrip()
{
    const Scenario ref = Scenario::referenceDefault();
    QString error;
    auto back = Scenario::fromJson(ref.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == ref);

    Scenario s = ref;
    s.name = QStringLiteral("custom");
    s.seed = 0xFFFFFFFFFFFFFFF1ULL;   // beyond a JSON number: written as a string
    s.teams = 3;
    s.primes = 5;
    s.domains = 9;
    s.agents = 50;
    s.localServiceMs = 12.5;
    s.uslKappa = 0.0001;
    s.cloudQuotaPerS = 123.4;
    s.baseline = knobs(3, 7, 2, 0.25);
    s.bounds.maxCloudBatch = 16;
    FaultSpec f;
    f.kind = FaultSpec::Kind::CloudThrottleStorm;
    f.startS = 5;
    f.durationS = 2.5;
    f.factor = 0.2;
    s.faults << f;
    f.kind = FaultSpec::Kind::SlowTeam;
    f.target = QStringLiteral("Borealis");
    f.factor = 3;
    s.faults << f;
    back = Scenario::fromJson(s.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == s);

    // Absent keys keep the reference values.
    back = Scenario::fromJson(R"({"name": "tiny", "agents": 4000})", &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->agents, 4000);
    QCOMPARE(back->localServiceMs, 50.0);
    QCOMPARE(back->baseline, ref.baseline);
}

void TstSimulator::scenarioErrorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{\"teams\": 12,") << QStringLiteral("JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("object");
    QTest::newRow("unknown key") << QByteArray(R"({"localServiceMS": 50})") << QStringLiteral("'localServiceMS'");
    QTest::newRow("wrong type") << QByteArray(R"({"teams": "twelve"})") << QStringLiteral("'teams'");
    QTest::newRow("not an integer") << QByteArray(R"({"agents": 30.5})") << QStringLiteral("'agents'");
    QTest::newRow("negative time") << QByteArray(R"({"localServiceMs": -5})") << QStringLiteral("'localServiceMs'");
    QTest::newRow("too few primes") << QByteArray(R"({"teams": 12, "primes": 6})") << QStringLiteral("'primes'");
    QTest::newRow("baseline above bounds") << QByteArray(R"({"baseline": {"localLimit": 999}})")
                                           << QStringLiteral("'baseline.localLimit'");
    QTest::newRow("unknown baseline key") << QByteArray(R"({"baseline": {"cloudLimt": 3}})")
                                          << QStringLiteral("'baseline.cloudLimt'");
    QTest::newRow("bad share") << QByteArray(R"({"baseline": {"bulkLocalShare": 1.5}})")
                               << QStringLiteral("'baseline.bulkLocalShare'");
    QTest::newRow("faults not array") << QByteArray(R"({"faults": {}})") << QStringLiteral("'faults'");
    QTest::newRow("fault kind") << QByteArray(R"({"faults": [{"kind": "meteor"}]})") << QStringLiteral("'faults[0].kind'");
    QTest::newRow("hot kosha without target") << QByteArray(R"({"faults": [{"kind": "hotKosha", "factor": 3}]})")
                                              << QStringLiteral("'faults[0].target'");
    QTest::newRow("unknown target") << QByteArray(R"({"faults": [{"kind": "cloudThrottleStorm", "factor": 0.5},
                                                               {"kind": "hotKosha", "target": "atlas.p99.d1", "factor": 3}]})")
                                    << QStringLiteral("'faults[1].target'");
    QTest::newRow("unknown team") << QByteArray(R"({"faults": [{"kind": "slowTeam", "target": "atlas.p01.d1"}]})")
                                  << QStringLiteral("'faults[0].target'");
    QTest::newRow("slow agent naming a domain") << QByteArray(R"({"faults": [{"kind": "slowAgent", "target": "atlas.p01.d1", "factor": 4}]})")
                                                << QStringLiteral("is not an agent");
    QTest::newRow("slow agent without target") << QByteArray(R"({"faults": [{"kind": "slowAgent", "factor": 4}]})")
                                               << QStringLiteral("needs an agent name");
    QTest::newRow("crash without count") << QByteArray(R"({"faults": [{"kind": "agentCrash", "target": "atlas.p01.d1"}]})")
                                         << QStringLiteral("'faults[0].count'");
    QTest::newRow("drop share") << QByteArray(R"({"faults": [{"kind": "telemetryDrops", "factor": 2}]})")
                                << QStringLiteral("'faults[0].factor'");
    QTest::newRow("zero factor") << QByteArray(R"({"faults": [{"kind": "capacityChange", "factor": 0}]})")
                                 << QStringLiteral("'faults[0].factor'");
    QTest::newRow("empty task") << QByteArray(R"({"localStagesPerTask": 0, "bulkItemsPerTask": 0})")
                                << QStringLiteral("'bulkItemsPerTask'");
    QTest::newRow("instant retry") << QByteArray(R"({"throttleReplyMs": 0, "retryBackoffMs": 0})")
                                   << QStringLiteral("'retryBackoffMs'");
}

void TstSimulator::scenarioErrorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    const auto s = Scenario::fromJson(json, &error);
    QVERIFY(!s.has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));

    // A file names itself in front of the message.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    QVERIFY(!Scenario::loadFile(path, &error).has_value());
    QVERIFY(error.startsWith(path));
    QVERIFY(error.contains(mentions));
}

void TstSimulator::everyScenarioFileLoads()
{
    const QStringList files = QDir(scenarioDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const char* expected : {"reference", "hot-kosha", "slow-team", "throttle-storm", "agent-crash",
                                 "telemetry-drops", "capacity-change"})
        QVERIFY2(files.contains(QString::fromLatin1(expected) + QStringLiteral(".json")), expected);
    for (const QString& f : files) {
        QString error;
        const auto s = Scenario::loadFile(scenarioDir() + QLatin1Char('/') + f, &error);
        QVERIFY2(s.has_value(), qPrintable(error));
        QCOMPARE(s->name + QStringLiteral(".json"), f);
        // A few seconds of each run, with its faults' start moved forward.
        Scenario early = *s;
        for (FaultSpec& fault : early.faults)
            fault.startS = 1;
        Driver d(early);
        d.runFor(3);
        QVERIFY(d.conservedEverywhere);
        QVERIFY(d.sim.totals().tasksCompleted > 0);
    }
    Scenario ref = loadScenario(QStringLiteral("reference.json"));
    QVERIFY(ref == Scenario::referenceDefault());
    const struct {
        const char* file;
        FaultSpec::Kind kind;
    } faults[] = {{"hot-kosha.json", FaultSpec::Kind::HotKosha},
                  {"slow-team.json", FaultSpec::Kind::SlowTeam},
                  {"throttle-storm.json", FaultSpec::Kind::CloudThrottleStorm},
                  {"agent-crash.json", FaultSpec::Kind::AgentCrash},
                  {"telemetry-drops.json", FaultSpec::Kind::TelemetryDrops},
                  {"capacity-change.json", FaultSpec::Kind::CapacityChange},
                  {"slow-agent.json", FaultSpec::Kind::SlowAgent}};
    for (const auto& x : faults) {
        const Scenario s = loadScenario(QString::fromLatin1(x.file));
        QCOMPARE(s.faults.size(), 1);
        QVERIFY(s.faults[0].kind == x.kind);
        Scenario physics = s;   // otherwise the reference
        physics.faults.clear();
        physics.name = ref.name;
        QVERIFY2(physics == ref, x.file);
    }
}

void TstSimulator::tickAndPoolShape()
{
    Driver d(Scenario::referenceDefault());
    d.apply(knobs(22, 128, 2));
    d.runFor(15);
    const omega::v1::Tick& t = d.tick;
    const int n = 3000;
    QCOMPARE(t.agent_count(), 3000u);
    QCOMPARE(t.topology_version(), 1u);
    QCOMPARE(t.interval_us(), 100000u);
    QCOMPARE(int(t.state().size()), n);
    QCOMPARE(t.queue_depth_size(), n);
    QCOMPARE(t.in_flight_size(), n);
    QCOMPARE(t.completed_size(), n);
    QCOMPARE(t.failed_size(), n);
    QCOMPARE(t.latency_p50_ms_size(), n);
    QCOMPARE(t.latency_p99_ms_size(), n);
    QCOMPARE(t.local_calls_size(), n);
    QCOMPARE(t.cloud_calls_size(), n);
    QCOMPARE(t.cpu_share_size(), n);
    QCOMPARE(t.throttled_size(), n);
    QCOMPARE(t.utilisation_size(), n);
    QVERIFY(!t.has_header());

    std::uint64_t completed = 0, inFlight = 0, queued = 0;
    double cpu = 0;
    int busy = 0, waiting = 0;
    for (int a = 0; a < n; ++a) {
        completed += t.completed(a);
        inFlight += t.in_flight(a);
        queued += t.queue_depth(a);
        cpu += t.cpu_share(a);
        QVERIFY(t.utilisation(a) >= 0.f && t.utilisation(a) <= 1.f);
        QVERIFY(t.latency_p50_ms(a) <= t.latency_p99_ms(a));
        const char st = t.state()[a];
        QVERIFY(st >= char(omega::v1::AGENT_STATE_IDLE) && st <= char(omega::v1::AGENT_STATE_FAILED));
        QCOMPARE(st == char(omega::v1::AGENT_STATE_BUSY), t.in_flight(a) > 0);
        if (st == char(omega::v1::AGENT_STATE_WAITING))
            QVERIFY(t.queue_depth(a) > 0 && t.in_flight(a) == 0);
        busy += st == char(omega::v1::AGENT_STATE_BUSY);
        waiting += st == char(omega::v1::AGENT_STATE_WAITING);
    }
    QCOMPARE(completed, d.sim.totals().stagesCompleted);
    QVERIFY(std::abs(cpu - 1.0) < 1e-3);   // shares of the (busy) local pool
    QVERIFY(busy >= 22);
    QVERIFY(waiting > 0);

    QCOMPARE(d.pools.pools_size(), 2);
    const auto& local = d.pools.pools(0);
    const auto& cloud = d.pools.pools(1);
    QCOMPARE(local.name(), std::string("local"));
    QCOMPARE(local.kind(), omega::v1::POOL_KIND_LOCAL);
    QCOMPARE(cloud.name(), std::string("cloud"));
    QCOMPARE(cloud.kind(), omega::v1::POOL_KIND_CLOUD);
    QCOMPARE(local.limit(), 22u);
    QCOMPARE(local.in_use(), 22u);
    QCOMPARE(local.batch_size(), 1u);
    QCOMPARE(cloud.limit(), 128u);
    QCOMPARE(cloud.batch_size(), 2u);
    QVERIFY(local.utilisation() > 0.95f);
    QVERIFY(cloud.utilisation() > 0.3f && cloud.utilisation() < 1.0f);
    // Service at n = 22 is about 50 ms x 2.97; cloud calls of 2 items about 320 ms.
    QVERIFY(local.latency_p50_ms() > 110 && local.latency_p50_ms() < 180);
    QVERIFY(cloud.latency_p50_ms() > 250 && cloud.latency_p50_ms() < 400);
    QVERIFY(local.latency_p99_ms() > local.latency_p50_ms());
    QVERIFY(local.completed() > 0 && cloud.completed() > 0);
    QVERIFY(inFlight >= local.in_use());   // local stages plus cloud items in calls
    QCOMPARE(queued, std::uint64_t(local.waiting() + cloud.waiting()));
}

void TstSimulator::applyConfigValidation()
{
    FleetSimulator sim(Scenario::referenceDefault());
    QCOMPARE(sim.config().version, 1u);
    QString error;
    omega::v1::Config c;
    c.set_local_limit(4);
    QVERIFY(!sim.applyConfig(c, 7, &error));
    QVERIFY2(error.contains(QStringLiteral("version")) && error.contains(QStringLiteral("7")), qPrintable(error));
    QCOMPARE(sim.config().version, 1u);
    QCOMPARE(sim.config().localLimit, 1u);

    struct Bad {
        const char* field;
        omega::v1::Config cfg;
    };
    std::vector<Bad> bad;
    bad.push_back({"local_limit", {}});
    bad.back().cfg.set_local_limit(0);
    bad.push_back({"local_limit", {}});
    bad.back().cfg.set_local_limit(257);
    bad.push_back({"cloud_limit", {}});
    bad.back().cfg.set_cloud_limit(0);
    bad.push_back({"cloud_limit", {}});
    bad.back().cfg.set_cloud_limit(1025);
    bad.push_back({"cloud_batch", {}});
    bad.back().cfg.set_cloud_batch(65);
    bad.push_back({"bulk_local_share", {}});
    bad.back().cfg.set_bulk_local_share(1.5f);
    bad.push_back({"bulk_local_share", {}});
    bad.back().cfg.set_bulk_local_share(std::numeric_limits<float>::quiet_NaN());
    for (Bad& b : bad) {
        b.cfg.set_local_limit(b.cfg.has_local_limit() ? b.cfg.local_limit() : 2);   // valid fields alongside are not applied
        QVERIFY(!sim.applyConfig(b.cfg, 1, &error));
        QVERIFY2(error.contains(QLatin1String(b.field)), qPrintable(error));
        QCOMPARE(sim.config().version, 1u);
        QCOMPARE(sim.config().localLimit, 1u);
    }
    QVERIFY(sim.takeEvents().empty());

    omega::v1::Config ok;
    ok.set_cloud_batch(4);
    ok.set_bulk_local_share(0.25f);
    QVERIFY(sim.applyConfig(ok, 1, &error));
    QCOMPARE(sim.config().version, 2u);
    QCOMPARE(sim.config().cloudBatch, 4u);
    QCOMPARE(sim.config().cloudLimit, 10u);   // absent field: unchanged
    QCOMPARE(sim.config().bulkLocalShare, 0.25);
    const auto events = sim.takeEvents();
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].kind(), std::string("config.applied"));
    QCOMPARE(events[0].scope(), std::string("fleet"));
    QCOMPARE(events[0].severity(), omega::v1::SEVERITY_INFO);
    QVERIFY(!events[0].has_header());
    QVERIFY(!sim.applyConfig(ok, 1, &error));   // the old version is stale now
}

void TstSimulator::shrinkingLimitLetsWorkFinish()
{
    Driver d(Scenario::referenceDefault());
    d.apply(knobs(64, 128, 2));
    d.runFor(5);
    QCOMPARE(d.pools.pools(0).in_use(), 64u);
    const std::uint64_t failedBefore = d.sim.totals().tasksFailed;
    d.apply(knobs(1, 128, 2));
    d.sim.fillPools(d.pools);
    QCOMPARE(d.pools.pools(0).limit(), 1u);
    QCOMPARE(d.pools.pools(0).in_use(), 64u);   // running stages keep their slots
    d.runFor(3);
    QCOMPARE(d.pools.pools(0).in_use(), 1u);
    QCOMPARE(d.sim.totals().tasksFailed, failedBefore);
    QVERIFY(d.conservedEverywhere);
}

void TstSimulator::faultEventsAndTelemetryDrops()
{
    Driver d(loadScenario(QStringLiteral("telemetry-drops.json")));   // 20 % from 60 s to 180 s
    int before = 0, during = 0, duringTicks = 0, after = 0;
    for (int i = 0; i < 2200; ++i) {
        d.sim.advanceTo(d.sim.nowUs() + 100000);
        const bool drop = d.sim.dropTelemetryNow();
        const double t = d.sim.nowUs() / double(kSecond);
        if (t < 60)
            before += drop;
        else if (t < 180) {
            during += drop;
            ++duringTicks;
        } else
            after += drop;
    }
    QCOMPARE(before, 0);
    QCOMPARE(after, 0);
    const double share = double(during) / duringTicks;
    QVERIFY2(share > 0.15 && share < 0.25, qPrintable(QString::number(share)));
    const auto events = d.sim.takeEvents();
    QCOMPARE(events.size(), std::size_t(2));
    QCOMPARE(events[0].kind(), std::string("fault.start"));
    QCOMPARE(events[0].scope(), std::string("fleet"));
    QCOMPARE(events[0].severity(), omega::v1::SEVERITY_WARNING);
    QCOMPARE(events[1].kind(), std::string("fault.end"));
    QVERIFY(!events[0].text().empty());

    const struct {
        const char* file;
        const char* scope;
    } scopes[] = {{"hot-kosha.json", "domain:borealis.p02.d1"},
                  {"slow-team.json", "team:Draco"},
                  {"throttle-storm.json", "pool:cloud"},
                  {"agent-crash.json", "domain:borealis.p01.d3"},
                  {"capacity-change.json", "pool:local"},
                  {"slow-agent.json", "agent:borealis.p03.d2.a002"}};
    for (const auto& s : scopes) {
        FleetSimulator sim(loadScenario(QString::fromLatin1(s.file)));
        sim.advanceTo(61 * kSecond);
        const auto ev = sim.takeEvents();
        QCOMPARE(ev.size(), std::size_t(1));
        QCOMPARE(ev[0].kind(), std::string("fault.start"));
        QCOMPARE(ev[0].scope(), std::string(s.scope));
    }
}

void TstSimulator::faultPhysics()
{
    const KnobConfig tuned = knobs(22, 128, 2);
    auto shifted = [](const char* file) {
        Scenario s = loadScenario(QString::fromLatin1(file));
        s.faults[0].startS = 10;
        s.faults[0].durationS = 0;
        return s;
    };

    // Throttle storm: quota 40 calls/s; batch 2 carries 80 items/s = 20 tasks/s, with 429s.
    {
        Driver d(shifted("throttle-storm.json"));
        d.apply(tuned);
        const double x = d.throughput(20, 30);
        const double analytic = d.sim.analyticThroughput(d.sim.config());
        qInfo("throttle storm: %.1f tasks/s measured, %.1f analytic", x, analytic);
        QVERIFY(std::abs(analytic - 20.0) < 0.5);
        QVERIFY(std::abs(x - analytic) < 0.15 * analytic);
        QVERIFY(d.sim.totals().cloudThrottled > 1000);
        // The bound moves to bigger batches, fewer slots.
        const KnobConfig best = d.sim.boundConfig();
        QVERIFY(best.cloudBatch > 2);
        QVERIFY(d.sim.theoreticalBoundTasksPerS() > 140);
    }
    // Capacity change: local throughput halves.
    {
        Driver d(shifted("capacity-change.json"));
        d.apply(tuned);
        const double x = d.throughput(20, 30);
        const double analytic = d.sim.analyticThroughput(d.sim.config());
        qInfo("capacity change: %.1f tasks/s measured, %.1f analytic", x, analytic);
        QVERIFY(std::abs(analytic - 74.0) < 1.0);
        QVERIFY(std::abs(x - analytic) < 0.1 * analytic);
    }
    // Slow team: the analytic model follows the closed loop (a slow team completes fewer tasks).
    {
        Driver d(shifted("slow-team.json"));
        d.apply(tuned);
        const double x = d.throughput(20, 40);
        const double analytic = d.sim.analyticThroughput(d.sim.config());
        qInfo("slow team: %.1f tasks/s measured, %.1f analytic", x, analytic);
        QVERIFY(analytic < 140);
        QVERIFY(std::abs(x - analytic) < 0.08 * analytic);
    }
    // Hot kosha: its agents' stages are slower than their team mates'.
    {
        Scenario s = shifted("hot-kosha.json");
        Driver d(s);
        d.apply(tuned);
        d.runFor(60);
        omega::v1::Topology topo;
        d.sim.fillTopology(topo);
        double hot = 0, cold = 0;
        int nHot = 0, nCold = 0;
        for (int a = 0; a < topo.agent_names_size(); ++a) {
            const auto& dom = topo.domains(int(topo.agent_domain(a))).name();
            if (dom.rfind("borealis.", 0) != 0 || d.tick.latency_p50_ms(a) <= 0)
                continue;
            if (dom == "borealis.p02.d1") {
                hot += d.tick.latency_p50_ms(a);
                ++nHot;
            } else {
                cold += d.tick.latency_p50_ms(a);
                ++nCold;
            }
        }
        QVERIFY(nHot > 0 && nCold > 0);
        qInfo("hot kosha: p50 %.0f ms vs %.0f ms in the rest of its team", hot / nHot, cold / nCold);
        QVERIFY(hot / nHot > 1.5 * (cold / nCold));
    }
    // Slow agent: its own service (no wait) is about factor x its domain's other agents'.
    {
        Driver d(shifted("slow-agent.json"));
        d.apply(tuned);
        d.runFor(120);
        omega::v1::Topology topo;
        d.sim.fillTopology(topo);
        int slow = -1;
        std::vector<double> others;
        for (int a = 0; a < topo.agent_names_size(); ++a) {
            if (topo.agent_names(a) == "borealis.p03.d2.a002")
                slow = a;
            else if (topo.domains(int(topo.agent_domain(a))).name() == "borealis.p03.d2" && d.tick.service_p50_ms(a) > 0)
                others.push_back(d.tick.service_p50_ms(a));
        }
        QVERIFY(slow >= 0 && !others.empty());
        std::sort(others.begin(), others.end());
        const double mine = d.tick.service_p50_ms(slow), theirs = others[others.size() / 2];
        qInfo("slow agent: service p50 %.0f ms vs %.0f ms for its domain's other agents", mine, theirs);
        QVERIFY(mine > 5 * theirs && mine < 20 * theirs);
    }
}

void TstSimulator::runsFasterThanRealTime()
{
    // The reference fleet at its best configuration (the busiest), 10 ticks/s with pools, serialised.
    Driver d(Scenario::referenceDefault());
    d.apply(d.sim.boundConfig());
    std::string bytes;
    QElapsedTimer timer;
    timer.start();
    const double simulated = 120;
    for (int i = 0; i < int(simulated * 10); ++i) {
        d.runFor(0.1);
        d.tick.SerializeToString(&bytes);
    }
    const double wall = timer.nsecsElapsed() / 1e9;
    const double speed = simulated / wall;
    qInfo("simulator speed: %.0fx real time (%.3f s for %.0f simulated s)", speed, wall, simulated);
#ifdef NDEBUG
    QVERIFY2(speed >= 50, qPrintable(QString::number(speed)));
#endif
}

QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
