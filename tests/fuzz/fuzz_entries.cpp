#include "fuzz_entries.h"


#include "fuzz_fleet.h"

#include "alerts/evaluator.h"
#include "alerts/rule.h"
#include "analysis/evidence.h"
#include "model/ingest_pipeline.h"
#include "protocol/codec.h"
#include "session/payload_codec.h"
#include "sim/control_handler.h"
#include "sim/fleet_simulator.h"

#include <QJsonDocument>

#include <array>
#include <cstdio>
#include <cstdlib>

namespace omega::fuzz {

namespace {
using protocol::DecodeError;
using protocol::Topic;

constexpr std::int64_t kTickUs = 100'000;

// A broken invariant is a finding like a crash: print why and abort so the fuzzer keeps the input.
void require(bool condition, const char* what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

// One rule of each kind and scope the evaluator knows, so a hostile fleet state reaches all of them.
const alerts::RuleSet& fixtureRules()
{
    static const alerts::RuleSet rules = [] {
        const QByteArray json = R"({"rules": [
          {"name": "FleetP99", "scope": "fleet", "metric": "task_latency_p99", "threshold": 100, "clear": 50},
          {"name": "Burn", "type": "burn", "scope": "fleet", "window": "1s", "factor": 2},
          {"name": "Silent", "type": "absence", "scope": "fleet", "window": "1s"},
          {"name": "Stuck", "type": "absence", "scope": "agent", "window": "200ms", "group_by": "team"},
          {"name": "Throttled", "scope": "pool", "metric": "throttled_per_s", "threshold": 1},
          {"name": "Waiting", "type": "rate", "scope": "pool", "metric": "waiting", "threshold": 1, "window": "200ms"},
          {"name": "HotDomain", "scope": "domain", "metric": "latency_p99", "relative": true, "threshold": 1.5},
          {"name": "SlowAgent", "scope": "agent", "metric": "latency_p99", "relative": true, "threshold": 2,
           "group_by": "domain"},
          {"name": "Queue", "type": "rate", "scope": "team", "metric": "queue_depth", "threshold": 0.5, "window": "300ms"},
          {"name": "Down", "scope": "prime", "metric": "failed_agents", "threshold": 0.5, "for": "100ms"}
        ]})";
        QString error;
        auto parsed = alerts::RuleSet::parse(json, QStringLiteral("fuzz-rules"), &error);
        require(parsed.has_value(), "the fixture rules parse");
        return *parsed;
    }();
    return rules;
}

// The live ingest path (pipeline + alert evaluator) on a synthetic receive clock. Building one
// costs more than a fuzz input (its stores are sized for an hour of history), so one per process
// is restarted before every input, as a replay seek restarts it: each input starts from what a
// seek leaves (no topology, sequence or alert state; message counters and resolved alerts stay).
class Ingest {
public:
    static Ingest& restarted(const alerts::RuleSet& rules = fixtureRules())
    {
        static Ingest ingest;
        ingest.m_pipeline.restart();
        ingest.m_evaluator.setRules(rules);
        ingest.m_base = ingest.stats();
        return ingest;
    }

    void feed(Topic topic, const void* data, std::size_t size)
    {
        feed(protocol::topicName(topic), data, size);
    }
    void feed(std::string_view topicFrame, const void* data, std::size_t size)
    {
        m_nowUs += kTickUs;
        m_pipeline.ingest(topicFrame, data, size, m_nowUs);
    }
    void feed(Topic topic, const std::string& bytes) { feed(topic, bytes.data(), bytes.size()); }

    // Counters since the restart (the pipeline's own keep counting across restarts).
    std::uint64_t accepted(Topic topic)
    {
        const auto i = static_cast<std::size_t>(topic);
        return stats().messages[i] - m_base.messages[i];
    }
    std::uint64_t acceptedAll()
    {
        std::uint64_t n = 0;
        for (const Topic t : {Topic::Topo, Topic::Tick, Topic::Pool, Topic::Event})
            n += accepted(t);
        return n;
    }
    std::uint64_t ticksApplied() { return stats().ticksApplied - m_base.ticksApplied; }
    std::size_t storeBytes() const { return m_pipeline.storeMemoryBytes(); }
    std::uint64_t ticksWithoutTopology() { return stats().ticksWithoutTopology - m_base.ticksWithoutTopology; }

    // What the GUI and the analysis read after a frame: snapshot, series, alerts.
    void readEverything()
    {
        m_pipeline.publishNow(m_nowUs);
        const model::SnapshotPtr s = m_pipeline.latest();
        require(s != nullptr, "a snapshot is published");
        if (s->topology)
            require(s->agents.size() == static_cast<std::size_t>(s->topology->agentCount()),
                    "agent columns match the topology");
        (void)m_pipeline.fleetSeries(model::FleetSeries::TasksPerS, model::Resolution::Raw, 0, m_nowUs * 2);
        (void)m_pipeline.groupMatrix(model::ScopeKind::Domain, model::Metric::LatencyP99, model::Resolution::OneSecond, 0,
                                     m_nowUs * 2);
        (void)m_pipeline.watchedAgentSeries(model::Metric::Throughput, model::Resolution::Raw, 0, m_nowUs * 2);
        (void)m_pipeline.operatingSamples(0, nullptr);
        m_evaluator.onIdle(m_nowUs + 5'000'000, m_nowUs);   // a silent feed: absence rules
        (void)m_evaluator.view();
    }

private:
    Ingest() : m_pipeline(options()), m_evaluator(fixtureRules())
    {
        m_pipeline.setObserver(&m_evaluator);
        m_pipeline.setMeasureLatency(false);
        m_pipeline.setWatchedAgent(1);
    }
    ~Ingest() { m_pipeline.setObserver(nullptr); }

    static model::IngestPipeline::Options options()
    {
        model::IngestPipeline::Options o;
        o.snapshotIntervalUs = 0;
        o.fleetCapacity.rows = {64, 64, 16, 16};
        return o;
    }
    model::IngestStats stats()
    {
        m_pipeline.publishNow(m_nowUs);
        return m_pipeline.latest()->stats;
    }

    model::IngestPipeline m_pipeline;
    alerts::Evaluator m_evaluator;
    model::IngestStats m_base;
    std::int64_t m_nowUs = 1'700'000'000'000'000;
};

// One telemetry payload after the small fleet's topology, then the fleet's next valid frames, so
// what a hostile frame left behind (counters, hierarchy, sequence) meets normal traffic.
int ingestAfterTopology(Topic topic, const std::uint8_t* data, std::size_t size)
{
    const SmallFleet& fleet = smallFleet();
    Ingest& in = Ingest::restarted();
    in.feed(Topic::Topo, fleet.topology);
    require(in.accepted(Topic::Topo) == 1, "the fixture topology is accepted");
    const std::uint64_t before = in.accepted(topic);
    in.feed(topic, data, size);
    const bool accepted = in.accepted(topic) > before;
    if (topic == Topic::Tick)
        require(!accepted || in.ticksApplied() == 1 || in.ticksWithoutTopology() == 1,
                "an accepted tick is applied or waits for its topology");
    in.feed(Topic::Tick, fleet.ticks[1]);
    in.feed(Topic::Pool, fleet.pools[1]);
    in.feed(Topic::Tick, fleet.ticks[2]);
    in.readEverything();
    return accepted ? kAccepted : kRefused;
}

// A tick of the topology's shape with plain values: every accepted hierarchy must take one.
std::string tickFor(const omega::v1::Topology& topo)
{
    omega::v1::Tick t;
    protocol::fillHeader(*t.mutable_header(), topo.header().publisher_id(), topo.header().epoch(), 1, 0, kTickUs, 1);
    const int n = topo.agent_names_size();
    t.set_topology_version(topo.topology_version());
    t.set_agent_count(static_cast<std::uint32_t>(n));
    t.set_interval_us(kTickUs);
    std::string state(static_cast<std::size_t>(n), static_cast<char>(omega::v1::AGENT_STATE_BUSY));
    t.set_state(state);
    for (int a = 0; a < n; ++a) {
        const auto u = static_cast<std::uint32_t>(a);
        t.add_queue_depth(u % 3);
        t.add_in_flight(1);
        t.add_completed(u * 7);
        t.add_failed(u % 2);
        t.add_latency_p50_ms(10.0f + static_cast<float>(a));
        t.add_latency_p99_ms(20.0f + static_cast<float>(a));
        t.add_local_calls(u);
        t.add_cloud_calls(u * 6);
        t.add_cpu_share(0.5f);
        t.add_throttled(0);
        t.add_utilisation(1.0f);
    }
    t.set_tasks_arrived(10);
    t.set_tasks_completed(5);
    t.set_tasks_in_flight(5);
    return t.SerializeAsString();
}

// Publishes the simulator's next interval and checks its own decoder takes every message.
void requireSimulatorOutputValid(sim::FleetSimulator& sim, std::int64_t untilUs)
{
    sim.advanceTo(untilUs);
    omega::v1::Topology topo;
    sim.fillTopology(topo);
    protocol::fillHeader(*topo.mutable_header(), kFuzzPublisher, kFuzzEpoch, 1, 0, sim.nowUs(), sim.config().version);
    omega::v1::Tick tick;
    sim.fillTick(tick);
    protocol::fillHeader(*tick.mutable_header(), kFuzzPublisher, kFuzzEpoch, 1, 0, sim.nowUs(), sim.config().version);
    omega::v1::Pools pools;
    sim.fillPools(pools);
    protocol::fillHeader(*pools.mutable_header(), kFuzzPublisher, kFuzzEpoch, 1, 0, sim.nowUs(), sim.config().version);
    require(protocol::validate(topo) == DecodeError::None, "the simulator's topology is valid");
    require(protocol::validate(tick) == DecodeError::None, "the simulator's tick is valid");
    require(protocol::validate(pools) == DecodeError::None, "the simulator's pool message is valid");
    for (auto& event : sim.takeEvents())
        require(protocol::validate(event) == DecodeError::None, "the simulator's events are valid");
}
} // namespace

int fuzzTick(const std::uint8_t* data, std::size_t size)
{
    return ingestAfterTopology(Topic::Tick, data, size);
}

int fuzzPools(const std::uint8_t* data, std::size_t size)
{
    return ingestAfterTopology(Topic::Pool, data, size);
}

int fuzzEvent(const std::uint8_t* data, std::size_t size)
{
    return ingestAfterTopology(Topic::Event, data, size);
}

// Fleet, agent and operating tables (fixed) plus three group levels of at most 64 MB each.
constexpr std::size_t kMaxStoreBytes = std::size_t{256} << 20;

int fuzzTopology(const std::uint8_t* data, std::size_t size)
{
    Ingest& in = Ingest::restarted();
    in.feed(Topic::Topo, data, size);
    const bool accepted = in.accepted(Topic::Topo) == 1;
    if (accepted) {
        // The hierarchy is now the fleet's: a tick of its shape goes through roll-ups and alerts.
        omega::v1::Topology topo;
        require(protocol::decodeTopology(data, size, topo) == DecodeError::None, "an accepted topology decodes again");
        in.feed(Topic::Tick, tickFor(topo));
        require(in.ticksApplied() == 1, "a tick of an accepted topology's shape is applied");
        // Group history has a budget per level (64 MB); a hostile hierarchy cannot ask for more.
        require(in.storeBytes() <= kMaxStoreBytes, "the history of any valid hierarchy stays within its budget");
    }
    in.readEverything();
    return accepted ? kAccepted : kRefused;
}

int fuzzControlRequest(const std::uint8_t* data, std::size_t size)
{
    // The orchestrator's whole handling of a request (protocol rules, reply memory, roles, the
    // command on the simulator), as the simulator's ROUTER runs it, without the socket.
    sim::FleetSimulator sim(smallScenario());
    const std::int64_t interval = kTickUs;
    sim.advanceTo(interval);
    sim::ControlHandler handler(sim);
    const sim::ControlHandler::Header header{"fuzz", 1, 1.0};
    const std::uint64_t before = sim.config().version;
    const auto first = handler.handle(data, size, security::KeyRole::Operator, header);
    omega::v1::ControlReply reply;
    require(reply.ParseFromString(first.reply), "every request gets a parseable reply");
    require(reply.ok() || !reply.error().empty(), "a refusal says why");
    require(reply.config().has_local_limit() && reply.config().has_cloud_limit() && reply.config().has_cloud_batch(),
            "a reply carries the full configuration");
    require(first.applied == (sim.config().version != before), "the version moves exactly when a change is applied");
    // The same bytes again: the same answer, nothing applied twice.
    const std::uint64_t afterFirst = sim.config().version;
    const auto again = handler.handle(data, size, security::KeyRole::Operator, header);
    require(!again.applied && sim.config().version == afterFirst, "a resend applies nothing");
    const bool remembered = !reply.command_id().empty() && reply.command_id().size() <= sim::ControlHandler::kMaxCommandIdBytes;
    require(!remembered || again.reply == first.reply, "a resend gets the first reply");
    // An observer's key never changes anything.
    sim::FleetSimulator watched(smallScenario());
    watched.advanceTo(interval);
    sim::ControlHandler observer(watched);
    const std::uint64_t watchedBefore = watched.config().version;
    (void)observer.handle(data, size, security::KeyRole::Observer, header);
    require(watched.config().version == watchedBefore, "an observer applies nothing");
    // Whatever was accepted, the simulator's next telemetry must still pass its own decoder.
    requireSimulatorOutputValid(sim, 3 * interval);
    return reply.ok() ? kAccepted : kRefused;
}

int fuzzSessionFrame(const std::uint8_t* data, std::size_t size)
{
    if (size < kSessionFrameHeaderBytes || size > std::size_t{INT32_MAX})
        return kRefused;
    const int codec = data[0];
    const int topic = data[1];
    const auto storedSize = static_cast<std::int32_t>(static_cast<std::uint32_t>(data[2])
                                                      | static_cast<std::uint32_t>(data[3]) << 8
                                                      | static_cast<std::uint32_t>(data[4]) << 16
                                                      | static_cast<std::uint32_t>(data[5]) << 24);
    const QByteArray body(reinterpret_cast<const char*>(data) + kSessionFrameHeaderBytes,
                          static_cast<qsizetype>(size - kSessionFrameHeaderBytes));
    QByteArray payload;
    if (!session::decompressPayload(codec, storedSize, body, &payload))
        return kRefused;
    require(payload.size() == storedSize, "a decompressed frame has its stored size");
    // As the replayer feeds it: the frame's topic column picks the decoder.
    const Topic t = topic < protocol::kTopicCount ? static_cast<Topic>(topic) : Topic::Unknown;
    Ingest& in = Ingest::restarted();
    if (t != Topic::Topo)   // a recording starts with a keyframe
        in.feed(Topic::Topo, smallFleet().topology);
    const std::uint64_t before = in.acceptedAll();
    in.feed(t, payload.constData(), static_cast<std::size_t>(payload.size()));
    const bool accepted = in.acceptedAll() > before;
    in.feed(Topic::Tick, smallFleet().ticks[1]);
    in.readEverything();
    return accepted ? kAccepted : kRefused;
}

int fuzzScenarioJson(const std::uint8_t* data, std::size_t size)
{
    if (size > std::size_t{INT32_MAX})
        return kRefused;
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto scenario = sim::Scenario::fromJson(json, &error);
    if (!scenario) {
        require(!error.isEmpty(), "a refused scenario says why");
        return kRefused;
    }
    require(sim::Scenario::fromJson(scenario->toJson(), nullptr) == scenario, "a scenario survives toJson/fromJson");
    // Simulating is only affordable per fuzz input for small fleets with little work in flight.
    const std::int64_t work = std::int64_t{scenario->teams} * scenario->tasksInFlightPerTeam
                              * (scenario->localStagesPerTask + scenario->bulkItemsPerTask);
    if (scenario->agents <= 64 && work <= 4096) {
        sim::FleetSimulator sim(*scenario);
        const auto interval = static_cast<std::int64_t>(scenario->tickIntervalMs * 1000.0);
        requireSimulatorOutputValid(sim, interval);
        requireSimulatorOutputValid(sim, 2 * interval);
    }
    return kAccepted;
}

int fuzzAlertRulesJson(const std::uint8_t* data, std::size_t size)
{
    if (size > std::size_t{INT32_MAX})
        return kRefused;
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto rules = alerts::RuleSet::parse(json, QStringLiteral("fuzz.json"), &error);
    if (!rules) {
        require(!error.isEmpty(), "a refused rules file says why");
        return kRefused;
    }
    for (const alerts::Rule& r : rules->rules)
        require(r.forUs >= 0 && r.forUs <= alerts::kMaxDurationUs && r.windowUs >= 0
                    && r.windowUs <= alerts::kMaxDurationUs,
                "rule durations are within 0 .. kMaxDurationUs");
    // The accepted rules watch the small fleet for a few ticks.
    const SmallFleet& fleet = smallFleet();
    Ingest& in = Ingest::restarted(*rules);
    in.feed(Topic::Topo, fleet.topology);
    for (std::size_t i = 0; i < fleet.ticks.size(); ++i) {
        in.feed(Topic::Tick, fleet.ticks[i]);
        in.feed(Topic::Pool, fleet.pools[i]);
    }
    in.readEverything();
    return kAccepted;
}

int fuzzEvidenceJson(const std::uint8_t* data, std::size_t size)
{
    if (size > std::size_t{INT32_MAX})
        return kRefused;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!doc.isObject())
        return kRefused;
    QString error;
    const auto evidence = analysis::Evidence::fromJson(doc.object(), &error);
    if (!evidence) {
        require(!error.isEmpty(), "refused evidence says why");
        return kRefused;
    }
    const auto again = analysis::Evidence::fromJson(QJsonDocument::fromJson(QJsonDocument(evidence->toJson()).toJson()).object(), &error);
    require(again && *again == *evidence, "accepted evidence reads back equal from its own JSON");
    return kAccepted;
}

std::span<const Target> targets()
{
    static constexpr std::array<Target, 9> kTargets = {{
        {"tick", &fuzzTick},
        {"topology", &fuzzTopology},
        {"pools", &fuzzPools},
        {"event", &fuzzEvent},
        {"control_request", &fuzzControlRequest},
        {"session_frame", &fuzzSessionFrame},
        {"scenario_json", &fuzzScenarioJson},
        {"alert_rules_json", &fuzzAlertRulesJson},
        {"evidence_json", &fuzzEvidenceJson},
    }};
    return kTargets;
}

} // namespace omega::fuzz
