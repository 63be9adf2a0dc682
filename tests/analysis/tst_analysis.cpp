// The analysis engine: each analysis on known inputs, the engine's jobs on a real pipeline, and
// end to end on the simulator's reference scenario.

#include "analysis/engine.h"
#include "sim/sim_server.h"
#include "transport/telemetry_subscriber.h"
#include "widgets/pipeline_fleet.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace omega;
using analysis::Quantity;
using analysis::Finding;
using analysis::FindingKind;
using analysis::ScopeKind;

namespace {

model::PoolView pool(const char* name, std::uint32_t limit, std::uint32_t inUse, std::uint32_t waiting, double donePerS,
                     float p50Ms)
{
    model::PoolView p;
    p.name = name;
    p.limit = limit;
    p.inUse = inUse;
    p.waiting = waiting;
    p.completedPerS = donePerS;
    p.latencyP50Ms = p50Ms;
    return p;
}

std::vector<model::SeriesPoint> series(const std::vector<double>& values, std::int64_t stepUs = 1'000'000)
{
    std::vector<model::SeriesPoint> out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto v = static_cast<float>(values[i]);
        out.push_back({static_cast<std::int64_t>(i) * stepUs, v, v, v, 10});
    }
    return out;
}

const Finding* findScope(const std::vector<Finding>& fs, FindingKind kind, const QString& scope)
{
    for (const Finding& f : fs)
        if (f.kind == kind && f.scopeName == scope)
            return &f;
    return nullptr;
}

int countKind(const std::vector<Finding>& fs, FindingKind kind, ScopeKind scope)
{
    return static_cast<int>(std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.kind == kind && f.scope.kind == scope; }));
}

// 6 teams x 3 primes x 4 domains x 5 agents; domain d's agents are [5d, 5d + 5).
constexpr int kTeams = 6, kPrimes = 3, kDomains = 4, kAgentsPerDomain = 5;
int domainOf(int agent) { return agent / kAgentsPerDomain; }
int teamOf(int agent) { return domainOf(agent) / (kPrimes * kDomains); }

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private slots:
    void saturatedPoolWaitFromLittlesLaw()
    {
        model::FleetSnapshot s;
        s.simTimeUs = 5'000'000;
        s.pools = {pool("local", 1, 0, 0, 12.0, 40.0f),          // idle: nothing to say
                   pool("cloud", 10, 10, 600, 30.0, 300.0f),     // full, 600 calls queued
                   pool("batch", 4, 4, 0, 10.0, 100.0f)};        // full but nobody waits
        const auto found = analysis::poolSaturation(s);
        QCOMPARE(found.size(), std::size_t(1));
        const Finding& f = found[0];
        QCOMPARE(f.scopeName, QStringLiteral("cloud"));
        QCOMPARE(f.scope.index, 1);
        // W = L / lambda = 600 / 30 per second = 20 s of queueing against 0.3 s of service.
        QCOMPARE(f.value(Quantity::QueueWaitMs), 20000.0);
        QCOMPARE(f.value(Quantity::LittlesLawInService), 9.0);
        QCOMPARE(f.severity, 3);
        QVERIFY(qAbs(f.score - 20.0 / 20.3) < 1e-9);
        QCOMPARE(f.confidence, 0.9);
        // Nothing finished yet: reported, but with little confidence.
        s.pools = {pool("cloud", 10, 10, 5, 0.0, 0.0f)};
        const auto early = analysis::poolSaturation(s);
        QCOMPARE(early.size(), std::size_t(1));
        QVERIFY(early[0].confidence < 0.5);
        QCOMPARE(early[0].value(Quantity::QueueWaitMs, -1.0), -1.0);
    }

    void hotDomainIsNamedAndSlowTeamFoldsItsDomains()
    {
        testing::Fleet fleet(kTeams, kPrimes, kDomains, kAgentsPerDomain);
        // Domain 7 (in team 0) runs hot for the whole window.
        fleet.feed(40, 1'000'000, [](int agent, std::int64_t) { return domainOf(agent) == 7 ? 1.0f : 0.0f; });
        auto input = analysis::gatherInput(fleet.pipeline, fleet.pipeline.latest());
        QVERIFY(!input.domainLatency.times.empty());
        auto found = analysis::latencyOutliers(input);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].scope.kind, ScopeKind::Domain);
        QCOMPARE(found[0].scope.index, 7);
        QCOMPARE(found[0].scopeName, fleet.pipeline.latest()->topology->domains.at(7));
        QVERIFY(found[0].value(Quantity::Ratio) > 10.0);
        QVERIFY(found[0].value(Quantity::RobustZ) >= 5.0);
        QVERIFY(found[0].confidence > 0.8);

        // Every agent of team 2 hot: one team finding, none for its 12 domains.
        testing::Fleet slow(kTeams, kPrimes, kDomains, kAgentsPerDomain);
        slow.feed(40, 1'000'000, [](int agent, std::int64_t) { return teamOf(agent) == 2 ? 1.0f : 0.0f; });
        found = analysis::latencyOutliers(analysis::gatherInput(slow.pipeline, slow.pipeline.latest()));
        QCOMPARE(countKind(found, FindingKind::Outlier, ScopeKind::Team), 1);
        QCOMPARE(countKind(found, FindingKind::Outlier, ScopeKind::Domain), 0);
        QCOMPARE(found[0].scope.index, 2);

        // An even fleet: nobody is an outlier.
        testing::Fleet even(kTeams, kPrimes, kDomains, kAgentsPerDomain);
        even.feed(40, 1'000'000, [](int, std::int64_t) { return 0.0f; });
        QVERIFY(analysis::latencyOutliers(analysis::gatherInput(even.pipeline, even.pipeline.latest())).empty());
    }

    void changePointIsAStepNotATrend()
    {
        std::mt19937 rng(3);
        std::normal_distribution<double> noise(0.0, 0.3);
        std::vector<double> step;
        for (int i = 0; i < 150; ++i)
            step.push_back((i < 90 ? 10.0 : 5.0) + noise(rng));
        const auto found = analysis::changePoints(series(step), QStringLiteral("tasks_per_s"));
        QCOMPARE(found.size(), std::size_t(1));
        const Finding& f = found[0];
        QCOMPARE(f.atSimUs, std::int64_t(90'000'000));
        QVERIFY(qAbs(f.value(Quantity::Before) - 10.0) < 0.2);
        QVERIFY(qAbs(f.value(Quantity::After) - 5.0) < 0.2);
        QCOMPARE(f.severity, 2);   // throughput fell
        // A steady climb has no step in it, and neither has noise.
        std::vector<double> ramp, flat;
        for (int i = 0; i < 150; ++i) {
            ramp.push_back(0.2 * i + noise(rng));
            flat.push_back(10.0 + noise(rng));
        }
        QVERIFY(analysis::changePoints(series(ramp), QStringLiteral("task_latency_p99")).empty());
        QVERIFY(analysis::changePoints(series(flat), QStringLiteral("tasks_per_s")).empty());
        // The warm-up at the start of a feed is not a change.
        std::vector<double> start;
        for (int i = 0; i < 150; ++i)
            start.push_back((i < 10 ? 0.5 * i : 10.0) + noise(rng));
        QVERIFY(analysis::changePoints(series(start), QStringLiteral("tasks_per_s")).empty());
    }

    void engineRunsJobsOnNewSnapshotsOnly()
    {
        testing::Fleet fleet(kTeams, kPrimes, kDomains, kAgentsPerDomain);
        fleet.feed(20, 1'000'000, [](int agent, std::int64_t) { return domainOf(agent) == 3 ? 1.0f : 0.0f; });
        analysis::AnalysisEngine::Options o;
        o.intervalMs = 20;
        analysis::AnalysisEngine engine(fleet.pipeline, o);
        std::atomic<int> heard{0};
        engine.setListener([&](const analysis::AnalysisReportPtr&) { ++heard; });
        engine.start();
        QVERIFY(QTest::qWaitFor([&] { return engine.latest() != nullptr; }, 3000));
        auto first = engine.latest();
        QCOMPARE(first->job, std::uint64_t(1));
        QCOMPARE(first->snapshotSerial, fleet.pipeline.latest()->serial);
        QVERIFY(findScope(first->findings, FindingKind::Outlier, fleet.pipeline.latest()->topology->domains.at(3)));
        QVERIFY(first->cycleMs > 0);
        QTest::qWait(200);   // ten intervals, same snapshot: no new job
        QCOMPARE(engine.latest()->job, std::uint64_t(1));
        fleet.feed(1, 1'000'000, [](int, std::int64_t) { return 0.0f; });
        QVERIFY(QTest::qWaitFor([&] { return engine.latest()->job == 2; }, 3000));
        engine.requestNow();   // unchanged snapshot, but asked for: a new report
        QVERIFY(QTest::qWaitFor([&] { return engine.latest()->job >= 3; }, 3000));
        engine.stop();
        QCOMPARE(heard.load(), static_cast<int>(engine.cyclesRun()));
    }

    void referenceScenarioEndToEnd()
    {
        // Simulator -> ZeroMQ -> pipeline -> analysis thread. The reference baseline (local 1,
        // cloud 10) keeps its pools full with work queued: the engine must say so with the wait
        // Little's law gives from the simulator's own pool figures, and blame no kosha or team.
        sim::SimulatorServer::Options so;
        so.telemetryEndpoint = so.controlEndpoint = "tcp://127.0.0.1:*";
        so.speed = 25;
        so.durationS = 60;
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), so);
        QString error;
        QVERIFY2(server.bind(&error), qPrintable(error));
        model::IngestPipeline pipeline;
        transport::TelemetrySubscriber::Options to;
        to.endpoint = server.telemetryEndpoint();
        to.controlEndpoint = server.controlEndpoint();
        transport::TelemetrySubscriber sub(pipeline, to);
        sub.start();
        analysis::AnalysisEngine::Options ao;
        ao.intervalMs = 100;
        analysis::AnalysisEngine engine(pipeline, ao);
        std::mutex mutex;
        std::vector<analysis::AnalysisReportPtr> reports;
        engine.setListener([&](const analysis::AnalysisReportPtr& r) {
            std::lock_guard lock(mutex);
            reports.push_back(r);
        });
        engine.start();
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return server.status().finished; }, 30000));
        QTest::qWait(300);
        engine.stop();
        sub.stop();
        std::lock_guard lock(mutex);
        QVERIFY2(reports.size() >= 10, qPrintable(QString::number(reports.size())));
        int saturated = 0, blamed = 0;
        for (const auto& r : reports) {
            QVERIFY(r->cycleMs < 1000);
            for (const Finding& f : r->findings) {
                blamed += f.kind == FindingKind::Outlier;
                if (f.kind != FindingKind::Saturation)
                    continue;
                ++saturated;
                QVERIFY(f.value(Quantity::InUse) >= f.value(Quantity::Limit));
                QVERIFY(f.value(Quantity::Waiting) > 0);
                const double lambda = f.value(Quantity::CompletedPerS);
                if (lambda > 0)
                    QCOMPARE(f.value(Quantity::QueueWaitMs), 1000.0 * f.value(Quantity::Waiting) / lambda);
            }
        }
        QVERIFY(saturated > 0);
        QCOMPARE(blamed, 0);
        // The last report names the cloud pool, whose 10 slots hold hundreds of waiting calls.
        const auto& last = reports.back()->findings;
        const Finding* cloud = findScope(last, FindingKind::Saturation, QStringLiteral("cloud"));
        QVERIFY(cloud);
        QVERIFY2(cloud->value(Quantity::Waiting) > 100, qPrintable(QString::number(cloud->value(Quantity::Waiting))));
        QCOMPARE(cloud->severity, 3);
        qInfo("last report: %zu findings, cycle %.2f ms; cloud waits %.0f ms per call (%.0f queued, %.1f calls/s)",
              last.size(), reports.back()->cycleMs, cloud->value(Quantity::QueueWaitMs),
              cloud->value(Quantity::Waiting), cloud->value(Quantity::CompletedPerS));
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
