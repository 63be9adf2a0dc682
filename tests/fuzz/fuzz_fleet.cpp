#include "fuzz_fleet.h"

#include "protocol/codec.h"
#include "session/payload_codec.h"
#include "sim/fleet_simulator.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <cmath>
#include <limits>

namespace omega::fuzz {

namespace {
using protocol::fillHeader;

std::string withHeader(auto& msg, std::uint64_t sequence, std::int64_t simUs, std::uint64_t configVersion)
{
    // Wall time fixed: seeds must not change from one run of the seed writer to the next.
    fillHeader(*msg.mutable_header(), kFuzzPublisher, kFuzzEpoch, sequence, 1'700'000'000'000'000 + simUs, simUs,
               configVersion);
    return msg.SerializeAsString();
}

QByteArray bytesOf(const std::string& s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

template <typename Message>
Message parsed(const std::string& bytes)
{
    Message m;
    m.ParseFromString(bytes);
    return m;
}

template <typename Message>
QByteArray serialized(const Message& m)
{
    return bytesOf(m.SerializeAsString());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<Seed> tickSeeds()
{
    const SmallFleet& fleet = smallFleet();
    std::vector<Seed> seeds;
    seeds.push_back({"valid-tick-1", bytesOf(fleet.ticks[0])});
    seeds.push_back({"valid-tick-3", bytesOf(fleet.ticks[2])});
    auto tick = parsed<omega::v1::Tick>(fleet.ticks[0]);
    auto nan = tick;
    nan.set_latency_p99_ms(2, std::numeric_limits<float>::quiet_NaN());
    seeds.push_back({"bad-tick-nan-latency", serialized(nan)});
    auto negative = tick;
    negative.set_cpu_share(0, -0.5f);
    seeds.push_back({"bad-tick-negative-share", serialized(negative)});
    auto shortColumn = tick;
    shortColumn.mutable_completed()->RemoveLast();
    seeds.push_back({"bad-tick-short-column", serialized(shortColumn)});
    auto noAgents = tick;
    noAgents.set_agent_count(0);
    seeds.push_back({"bad-tick-zero-agents", serialized(noAgents)});
    auto version = tick;
    version.mutable_header()->set_protocol_version(2);
    seeds.push_back({"bad-tick-version-2", serialized(version)});
    seeds.push_back({"bad-tick-truncated", bytesOf(fleet.ticks[0]).left(fleet.ticks[0].size() / 2)});
    return seeds;
}

std::vector<Seed> topologySeeds()
{
    const SmallFleet& fleet = smallFleet();
    std::vector<Seed> seeds;
    seeds.push_back({"valid-topology", bytesOf(fleet.topology)});
    const auto topo = parsed<omega::v1::Topology>(fleet.topology);
    auto dangling = topo;
    dangling.mutable_domains(1)->set_prime(99);
    seeds.push_back({"bad-topology-dangling-parent", serialized(dangling)});
    auto duplicate = topo;
    duplicate.set_agent_names(1, duplicate.agent_names(0));
    seeds.push_back({"bad-topology-duplicate-agent", serialized(duplicate)});
    auto empty = topo;
    empty.clear_agent_names();
    empty.clear_agent_domain();
    seeds.push_back({"bad-topology-zero-agents", serialized(empty)});
    auto longName = topo;
    longName.mutable_teams(0)->set_name(std::string(protocol::kMaxNameBytes + 1, 't'));
    seeds.push_back({"bad-topology-long-name", serialized(longName)});
    // Valid and wide: n teams, n primes, n domains, n agents, one child each (60 KB). Before the
    // group history had a budget this one asked for ~780 MB (docs/fuzzing.md, finding 2).
    auto wide = topo;
    wide.clear_teams();
    wide.clear_primes();
    wide.clear_domains();
    wide.clear_agent_names();
    wide.clear_agent_domain();
    for (unsigned i = 0; i < 1500; ++i) {
        wide.add_teams()->set_name(std::string("t").append(std::to_string(i)));
        auto* prime = wide.add_primes();
        prime->set_name(std::string("p").append(std::to_string(i)));
        prime->set_team(i);
        auto* domain = wide.add_domains();
        domain->set_name(std::string("d").append(std::to_string(i)));
        domain->set_prime(i);
        wide.add_agent_names(std::string("a").append(std::to_string(i)));
        wide.add_agent_domain(i);
    }
    seeds.push_back({"valid-topology-wide", serialized(wide)});
    return seeds;
}

std::vector<Seed> poolSeeds()
{
    const SmallFleet& fleet = smallFleet();
    std::vector<Seed> seeds;
    seeds.push_back({"valid-pools-1", bytesOf(fleet.pools[0])});
    seeds.push_back({"valid-pools-3", bytesOf(fleet.pools[2])});
    const auto pools = parsed<omega::v1::Pools>(fleet.pools[0]);
    auto inf = pools;
    inf.mutable_pools(0)->set_latency_p99_ms(std::numeric_limits<float>::infinity());
    seeds.push_back({"bad-pools-inf-latency", serialized(inf)});
    auto negative = pools;
    negative.mutable_pools(1)->set_utilisation(-1.0f);
    seeds.push_back({"bad-pools-negative-utilisation", serialized(negative)});
    auto duplicate = pools;
    duplicate.mutable_pools(1)->set_name(duplicate.pools(0).name());
    seeds.push_back({"bad-pools-duplicate-name", serialized(duplicate)});
    auto share = pools;
    share.mutable_config()->set_bulk_local_share(2.0f);
    seeds.push_back({"bad-pools-share-2", serialized(share)});
    return seeds;
}

std::vector<Seed> eventSeeds()
{
    const SmallFleet& fleet = smallFleet();
    std::vector<Seed> seeds;
    for (std::size_t i = 0; i < fleet.events.size() && i < 2; ++i)
        seeds.push_back({"valid-event-" + std::to_string(i + 1), bytesOf(fleet.events[i])});
    const auto event = parsed<omega::v1::Event>(fleet.events[0]);
    auto longText = event;
    longText.set_text(std::string(protocol::kMaxEventTextBytes + 1, 'x'));
    seeds.push_back({"bad-event-long-text", serialized(longText)});
    auto noHeader = event;
    noHeader.clear_header();
    seeds.push_back({"bad-event-no-header", serialized(noHeader)});
    auto version = event;
    version.mutable_header()->set_protocol_version(0);
    seeds.push_back({"bad-event-version-0", serialized(version)});
    return seeds;
}

std::vector<Seed> controlSeeds()
{
    std::vector<Seed> seeds;
    auto request = [](const char* id) {
        omega::v1::ControlRequest r;
        r.set_protocol_version(protocol::kProtocolVersion);
        r.set_command_id(id);
        return r;
    };
    auto get = request("get-1");
    get.mutable_get_config();
    seeds.push_back({"valid-get-config", serialized(get)});
    auto scenario = request("scenario-1");
    scenario.mutable_get_scenario();
    seeds.push_back({"valid-get-scenario", serialized(scenario)});
    auto topo = request("topo-1");
    topo.mutable_request_topology();
    seeds.push_back({"valid-request-topology", serialized(topo)});
    auto apply = request("apply-1");
    apply.mutable_apply_config()->set_expected_version(1);
    apply.mutable_apply_config()->mutable_change()->set_cloud_limit(40);
    apply.mutable_apply_config()->mutable_change()->set_cloud_batch(4);
    apply.mutable_apply_config()->mutable_change()->set_local_limit(8);
    apply.mutable_apply_config()->mutable_change()->set_bulk_local_share(0.25f);
    seeds.push_back({"valid-apply-config", serialized(apply)});

    auto zeroLimit = apply;
    zeroLimit.mutable_apply_config()->mutable_change()->set_cloud_limit(0);
    seeds.push_back({"bad-apply-cloud-limit-0", serialized(zeroLimit)});
    auto staleVersion = apply;
    staleVersion.mutable_apply_config()->set_expected_version(7);
    seeds.push_back({"bad-apply-stale-version", serialized(staleVersion)});
    auto nanShare = apply;
    nanShare.mutable_apply_config()->mutable_change()->set_bulk_local_share(std::numeric_limits<float>::quiet_NaN());
    seeds.push_back({"bad-apply-nan-share", serialized(nanShare)});
    auto noChange = request("apply-2");
    noChange.mutable_apply_config()->set_expected_version(1);
    seeds.push_back({"bad-apply-without-change", serialized(noChange)});
    seeds.push_back({"bad-no-command", serialized(request("none-1"))});
    seeds.push_back({"bad-not-protobuf", QByteArray("\xff\xff\xff\xff\x0f garbage", 14)});
    auto noId = get;
    noId.clear_command_id();
    seeds.push_back({"bad-empty-command-id", serialized(noId)});
    auto longId = get;
    longId.set_command_id(std::string(200, 'x'));
    seeds.push_back({"bad-long-command-id", serialized(longId)});
    auto version2 = get;
    version2.set_protocol_version(2);
    seeds.push_back({"bad-protocol-version-2", serialized(version2)});
    return seeds;
}

std::vector<Seed> sessionFrameSeeds()
{
    const SmallFleet& fleet = smallFleet();
    std::vector<Seed> seeds;
    const QByteArray tick = bytesOf(fleet.ticks[0]);
    const QByteArray topo = bytesOf(fleet.topology);
    const auto size = [](const QByteArray& b) { return static_cast<std::int32_t>(b.size()); };
    session::PayloadCompressor compressor;
    session::Codec codec = session::Codec::Raw;
    const QByteArray zstdTick = compressor.compress(tick, &codec);
    const int tickCodec = static_cast<int>(codec);
    const QByteArray zlibTopo = qCompress(topo);
    seeds.push_back({"valid-zstd-tick", sessionFrameBytes(tickCodec, 1, size(tick), zstdTick)});
    seeds.push_back({"valid-raw-topology", sessionFrameBytes(0, 0, size(topo), topo)});
    seeds.push_back({"valid-zlib-topology", sessionFrameBytes(1, 0, size(topo), zlibTopo)});
    seeds.push_back({"valid-raw-pools", sessionFrameBytes(0, 2, size(bytesOf(fleet.pools[0])), bytesOf(fleet.pools[0]))});
    seeds.push_back({"valid-raw-event", sessionFrameBytes(0, 3, size(bytesOf(fleet.events[0])), bytesOf(fleet.events[0]))});

    seeds.push_back({"bad-zstd-wrong-size", sessionFrameBytes(tickCodec, 1, size(tick) + 1, zstdTick)});
    QByteArray flipped = zstdTick;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
    seeds.push_back({"bad-zstd-flipped-bit", sessionFrameBytes(tickCodec, 1, size(tick), flipped)});
    seeds.push_back({"bad-zstd-huge-size", sessionFrameBytes(tickCodec, 1, std::numeric_limits<std::int32_t>::max(), zstdTick)});
    seeds.push_back({"bad-zlib-truncated", sessionFrameBytes(1, 0, size(topo), zlibTopo.left(zlibTopo.size() / 2))});
    seeds.push_back({"bad-unknown-codec", sessionFrameBytes(9, 1, size(tick), tick)});
    seeds.push_back({"bad-raw-size-mismatch", sessionFrameBytes(0, 1, size(tick) - 1, tick)});
    seeds.push_back({"bad-unknown-topic", sessionFrameBytes(0, 7, size(tick), tick)});
    return seeds;
}

std::vector<Seed> scenarioSeeds(const QString& sourceDir)
{
    std::vector<Seed> seeds;
    seeds.push_back({"valid-small", smallScenario().toJson()});
    sim::Scenario faults = smallScenario();
    faults.faults.push_back({sim::FaultSpec::Kind::CloudThrottleStorm, 0.1, 0.2, QString(), 3.0, 0});
    faults.faults.push_back({sim::FaultSpec::Kind::TelemetryDrops, 0.2, 0, QString(), 0.5, 0});
    faults.faults.push_back({sim::FaultSpec::Kind::CapacityChange, 0.1, 0, QString(), 0.5, 0});
    seeds.push_back({"valid-small-faults", faults.toJson()});
    const QDir examples(sourceDir + QStringLiteral("/resources/scenarios"));
    for (const QString& name : examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        seeds.push_back({"valid-example-" + QFileInfo(name).completeBaseName().toStdString(),
                         readFile(examples.filePath(name))});
    seeds.push_back({"bad-fewer-agents-than-domains", R"({"domains": 10, "agents": 5, "primes": 3, "teams": 2})"});
    seeds.push_back({"bad-unknown-key", R"({"agentz": 10})"});
    seeds.push_back({"bad-not-json", "{\"name\": \"x\","});
    seeds.push_back({"bad-zero-service", R"({"localServiceMs": 0})"});
    seeds.push_back({"bad-missing-target", R"({"faults": [{"kind": "hotKosha", "factor": 2}]})"});
    seeds.push_back({"bad-unknown-target", R"({"faults": [{"kind": "slowTeam", "target": "nobody", "factor": 2}]})"});
    return seeds;
}

std::vector<Seed> ruleSeeds(const QString& sourceDir)
{
    std::vector<Seed> seeds;
    seeds.push_back({"valid-default-rules", readFile(sourceDir + QStringLiteral("/resources/alerts/default-rules.json"))});
    seeds.push_back({"valid-one-threshold",
                     R"({"rules": [{"name": "Slow", "scope": "agent", "metric": "latency_p99", "threshold": 100, "for": "500ms"}]})"});
    seeds.push_back({"valid-rate-grouped",
                     R"({"rules": [{"name": "Q", "type": "rate", "scope": "domain", "metric": "queue_depth", "threshold": 1,)"
                     R"( "window": "2s", "group_by": "team", "labels": {"team": "ops"}}]})"});
    seeds.push_back({"bad-for-1e30", R"({"rules": [{"name": "A", "metric": "tasks_per_s", "threshold": 1, "for": 1e30}]})"});
    seeds.push_back({"bad-for-huge-hours",
                     R"({"rules": [{"name": "A", "metric": "tasks_per_s", "threshold": 1, "for": "99999999999999999999h"}]})"});
    seeds.push_back({"bad-pool-gpu",
                     R"({"rules": [{"name": "P", "scope": "pool", "pool": "gpu", "metric": "in_use", "threshold": 1}]})"});
    seeds.push_back({"bad-duplicate-name",
                     R"({"rules": [{"name": "A", "metric": "tasks_per_s", "threshold": 1}, {"name": "A", "metric": "tasks_per_s", "threshold": 2}]})"});
    seeds.push_back({"bad-not-json", "{\"rules\": ["});
    seeds.push_back({"bad-burn-slo-1", R"({"rules": [{"name": "B", "type": "burn", "slo": 1, "window": "60s"}]})"});
    return seeds;
}
} // namespace

sim::Scenario smallScenario()
{
    sim::Scenario s;
    s.name = QStringLiteral("fuzz-small");
    s.seed = 7;
    s.teams = 2;
    s.primes = 3;
    s.domains = 4;
    s.agents = 8;
    s.tasksInFlightPerTeam = 4;
    return s;
}

const SmallFleet& smallFleet()
{
    static const SmallFleet fleet = [] {
        SmallFleet f;
        sim::FleetSimulator sim(smallScenario());
        const auto interval = static_cast<std::int64_t>(smallScenario().tickIntervalMs * 1000.0);
        omega::v1::Topology topo;
        sim.fillTopology(topo);
        f.topology = withHeader(topo, 1, 0, sim.config().version);
        std::uint64_t eventSequence = 0;
        for (std::uint64_t i = 1; i <= 4; ++i) {
            if (i == 3) {   // a config change, so there is a "config.applied" event
                omega::v1::Config change;
                change.set_cloud_limit(12);
                sim.applyConfig(change, sim.config().version, nullptr);
            }
            sim.advanceTo(static_cast<std::int64_t>(i) * interval);
            omega::v1::Tick tick;
            sim.fillTick(tick);
            f.ticks.push_back(withHeader(tick, i, sim.nowUs(), sim.config().version));
            omega::v1::Pools pools;
            sim.fillPools(pools);
            f.pools.push_back(withHeader(pools, i, sim.nowUs(), sim.config().version));
            for (auto& event : sim.takeEvents())
                f.events.push_back(withHeader(event, ++eventSequence, sim.nowUs(), sim.config().version));
        }
        return f;
    }();
    return fleet;
}

QByteArray sessionFrameBytes(int codec, int topic, std::int32_t size, const QByteArray& body)
{
    QByteArray out;
    out.append(static_cast<char>(codec));
    out.append(static_cast<char>(topic));
    const auto u = static_cast<std::uint32_t>(size);
    for (int shift = 0; shift < 32; shift += 8)
        out.append(static_cast<char>((u >> shift) & 0xff));
    out.append(body);
    return out;
}

std::vector<Seed> seedsFor(std::string_view target, const QString& sourceDir)
{
    if (target == "tick") return tickSeeds();
    if (target == "topology") return topologySeeds();
    if (target == "pools") return poolSeeds();
    if (target == "event") return eventSeeds();
    if (target == "control_request") return controlSeeds();
    if (target == "session_frame") return sessionFrameSeeds();
    if (target == "scenario_json") return scenarioSeeds(sourceDir);
    if (target == "alert_rules_json") return ruleSeeds(sourceDir);
    return {};
}

} // namespace omega::fuzz
