// Over 600 lines on purpose: the four measurements (a)-(d) share their tick generation, timing
// and printing; each is its own function.
// Ingest throughput of 3,000-agent ticks (12 columns, ~144 KB each):
//   a) decode only      protocol::decodeTick into a reused message
//   b) model only       IngestPipeline::ingest of pre-serialized ticks, one thread, no sockets
//   c) breakdown        the stages of (b) timed one by one (where a tick's time goes)
//   d) end to end       ZeroMQ tcp loopback, raw SUB vs TelemetrySubscriber -> IngestPipeline,
//                       alternating runs, medians reported with the workbench/raw ratio
// Prints figures only; no pass/fail. Options:
//   --only=decode,model,breakdown,e2e   --ticks=N (model, default 3000)   --seconds=S (e2e, 3)
//   --pairs=P (e2e raw/workbench pairs, 3)   --hwm=N (e2e SNDHWM/RCVHWM, 100000)
//   --side=raw|workbench (e2e: run one side only, e.g. under a profiler)

#include "bench_common.h"

#include "model/fleet_state.h"
#include "model/ingest_pipeline.h"
#include "model/rollup.h"
#include "model/timeseries_store.h"
#include "model/topology.h"
#include "protocol/codec.h"
#include "transport/telemetry_subscriber.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <zmq.hpp>

#include <atomic>
#include <cstring>
#include <functional>
#include <pthread.h>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace omega;
using bench::median;
using bench::nowNs;
using bench::percentile;

namespace {

constexpr int kAgents = 3000;
constexpr int kTeams = 12;
constexpr int kPrimes = 72;
constexpr int kDomains = 363;
constexpr std::int64_t kIntervalUs = 100'000;
constexpr std::uint64_t kEpoch = 42;
const char* const kPublisher = "bench-pub";

// ------------------------------------------------------------------ messages

// The reference hierarchy sizes (12 teams, 72 primes, 363 domains, 3,000 agents), contiguous blocks.
omega::v1::Topology makeTopology(std::uint64_t sequence)
{
    omega::v1::Topology t;
    protocol::fillHeader(*t.mutable_header(), kPublisher, kEpoch, sequence, protocol::wallClockUs(), 0, 1);
    t.set_topology_version(1);
    for (int i = 0; i < kTeams; ++i)
        t.add_teams()->set_name("team-" + std::to_string(i));
    for (int p = 0; p < kPrimes; ++p) {
        auto* prime = t.add_primes();
        prime->set_name("prime-" + std::to_string(p));
        prime->set_team(static_cast<unsigned>(p * kTeams / kPrimes));
    }
    for (int d = 0; d < kDomains; ++d) {
        auto* domain = t.add_domains();
        domain->set_name("domain-" + std::to_string(d));
        domain->set_prime(static_cast<unsigned>(d * kPrimes / kDomains));
    }
    for (int a = 0; a < kAgents; ++a) {
        t.add_agent_names("agent-" + std::to_string(a));
        t.add_agent_domain(static_cast<unsigned>(a * kDomains / kAgents));
    }
    auto* local = t.add_pools();
    local->set_name("local");
    local->set_kind(omega::v1::POOL_KIND_LOCAL);
    auto* cloud = t.add_pools();
    cloud->set_name("cloud");
    cloud->set_kind(omega::v1::POOL_KIND_CLOUD);
    return t;
}

// A header-less tick body with varied values (all 12 columns). `variant` moves the counters on.
omega::v1::Tick makeBody(int variant, std::mt19937& rng)
{
    std::uniform_real_distribution<float> u01(0.0f, 1.0f);
    std::uniform_int_distribution<int> state(1, 4);
    std::uniform_int_distribution<unsigned> small(0, 20);
    std::lognormal_distribution<float> lat(4.0f, 0.8f);
    omega::v1::Tick t;
    t.set_topology_version(1);
    t.set_agent_count(kAgents);
    t.set_interval_us(static_cast<unsigned>(kIntervalUs));
    std::string states(kAgents, '\0');
    for (auto& s : states)
        s = static_cast<char>(state(rng) == 4 && u01(rng) > 0.05f ? 1 : state(rng));
    t.set_state(states);
    const auto v = static_cast<unsigned>(variant);
    for (int a = 0; a < kAgents; ++a) {
        const auto base = static_cast<unsigned>(a) * 7u + v * 3u;
        t.add_queue_depth(small(rng));
        t.add_in_flight(small(rng) % 4);
        t.add_completed(base + small(rng) % 3);
        t.add_failed(base / 97);
        const float p50 = lat(rng);
        t.add_latency_p50_ms(p50);
        t.add_latency_p99_ms(p50 * (1.5f + 3.0f * u01(rng)));
        t.add_local_calls(base / 5);
        t.add_cloud_calls(base - base / 5);
        t.add_cpu_share(u01(rng) / static_cast<float>(kAgents));
        t.add_throttled(base / 50);
        t.add_utilisation(u01(rng));
    }
    t.set_tasks_arrived(1000 + v * 10);
    t.set_tasks_completed(900 + v * 10);
    t.set_tasks_failed(v / 10);
    t.set_tasks_in_flight(100);
    t.set_task_latency_p50_ms(400 + u01(rng) * 50);
    t.set_task_latency_p99_ms(1500 + u01(rng) * 300);
    return t;
}

// Header-only tick; serialized and followed by a body's bytes it parses as one full tick.
std::string headerBytes(std::uint64_t sequence, std::int64_t simUs)
{
    omega::v1::Tick h;
    protocol::fillHeader(*h.mutable_header(), kPublisher, kEpoch, sequence, protocol::wallClockUs(), simUs, 1);
    return h.SerializeAsString();
}

struct Corpus {
    std::string topology;               // serialized, sequence 1
    std::vector<std::string> bodies;    // serialized header-less bodies, varied values
};

Corpus makeCorpus(int variants)
{
    Corpus c;
    c.topology = makeTopology(1).SerializeAsString();
    std::mt19937 rng(12345);
    for (int v = 0; v < variants; ++v)
        c.bodies.push_back(makeBody(v, rng).SerializeAsString());
    return c;
}

void printLine() { std::printf("------------------------------------------------------------------------\n"); }

// ------------------------------------------------------------------ a) decode only

double benchDecode(const Corpus& c, int iterations)
{
    std::vector<std::string> full;
    for (std::size_t v = 0; v < c.bodies.size(); ++v)
        full.push_back(headerBytes(v + 1, static_cast<std::int64_t>(v + 1) * kIntervalUs) + c.bodies[v]);
    omega::v1::Tick out;
    for (int i = 0; i < 200; ++i)
        (void)protocol::decodeTick(full[i % full.size()].data(), full[i % full.size()].size(), out);
    std::vector<double> us;
    us.reserve(static_cast<std::size_t>(iterations));
    int errors = 0;
    for (int i = 0; i < iterations; ++i) {
        const std::string& m = full[static_cast<std::size_t>(i) % full.size()];
        const auto t0 = nowNs();
        errors += protocol::decodeTick(m.data(), m.size(), out) != protocol::DecodeError::None;
        us.push_back(static_cast<double>(nowNs() - t0) / 1e3);
    }
    const double med = median(us);
    printLine();
    std::printf("a) decode only: protocol::decodeTick, %d agents x 12 columns, %zu bytes per tick\n", kAgents,
                full[0].size());
    std::printf("   %d decodes, errors %d\n", iterations, errors);
    std::printf("   us per tick        median %.2f   p10 %.2f   p90 %.2f\n", med, percentile(us, 0.1),
                percentile(us, 0.9));
    std::printf("   agent-samples/s    %.1f M (median)   parse rate %.2f GB/s\n", kAgents / med,
                static_cast<double>(full[0].size()) / med / 1e3);
    return med;
}

// ------------------------------------------------------------------ b) model only

struct ModelResult {
    double medianUs = 0, meanUs = 0;
};

ModelResult benchModel(const Corpus& c, int ticks, model::IngestPipeline& p)
{
    p.ingest("topo", c.topology.data(), c.topology.size(), protocol::wallClockUs());
    if (p.waitingForTopology()) {
        std::printf("b) model only: topology refused\n");
        return {};
    }
    constexpr int kRound = 256;   // ticks serialized ahead per round (~37 MB), then ingested back to back
    std::vector<std::string> round;
    std::vector<double> us;
    us.reserve(static_cast<std::size_t>(ticks));
    std::uint64_t seq = 0;
    std::int64_t totalNs = 0;
    while (static_cast<int>(us.size()) < ticks) {
        round.clear();
        const int n = std::min(kRound, ticks - static_cast<int>(us.size()));
        for (int i = 0; i < n; ++i) {
            ++seq;
            round.push_back(headerBytes(seq, static_cast<std::int64_t>(seq) * kIntervalUs)
                            + c.bodies[seq % c.bodies.size()]);
        }
        for (const std::string& m : round) {
            const auto t0 = nowNs();
            p.ingest("tick", m.data(), m.size(), protocol::wallClockUs());
            const auto dt = nowNs() - t0;
            totalNs += dt;
            us.push_back(static_cast<double>(dt) / 1e3);
        }
    }
    p.publishNow(protocol::wallClockUs());
    const auto s = p.latest();
    ModelResult r;
    r.medianUs = median(us);
    r.meanUs = static_cast<double>(totalNs) / 1e3 / static_cast<double>(ticks);
    printLine();
    std::printf("b) model only: IngestPipeline::ingest (decode + sequence + FleetState + roll-ups + store +\n"
                "   snapshot at <= 30 Hz), one thread, no sockets, %d ticks (%.0f s simulated)\n",
                ticks, ticks * kIntervalUs / 1e6);
    std::printf("   applied %llu, rejected %llu, gaps %llu\n", static_cast<unsigned long long>(s->stats.ticksApplied),
                static_cast<unsigned long long>(s->stats.rejectedTotal),
                static_cast<unsigned long long>(s->stats.sequence.missedMessages));
    std::printf("   us per tick        median %.1f   mean %.1f   p10 %.1f   p90 %.1f   p99 %.1f\n", r.medianUs,
                r.meanUs, percentile(us, 0.1), percentile(us, 0.9), percentile(us, 0.99));
    std::printf("   ticks/s            %.0f (from the mean)\n", 1e6 / r.meanUs);
    std::printf("   agent-samples/s    %.2f M (from the mean)   %.2f M (from the median)\n", kAgents / r.meanUs,
                kAgents / r.medianUs);
    std::printf("   store memory       %.1f MB\n", static_cast<double>(p.storeMemoryBytes()) / 1e6);
    return r;
}

// ------------------------------------------------------------------ c) breakdown of (b)

// Same capacities as the pipeline's group tables (ingest_pipeline.cpp).
model::TableCapacity groupCapacity(model::ScopeKind level)
{
    model::TableCapacity c;
    if (level == model::ScopeKind::Domain)
        c.rows = {0, 600, 360, 240};
    else
        c.rows = {600, 900, 360, 240};
    return c;
}

template <typename F>
double medianUs(int iterations, F&& f)
{
    std::vector<double> us;
    us.reserve(static_cast<std::size_t>(iterations));
    for (int i = 0; i < iterations; ++i) {
        const auto t0 = nowNs();
        f(i);
        us.push_back(static_cast<double>(nowNs() - t0) / 1e3);
    }
    return median(us);
}

void benchBreakdown(const Corpus& c, double decodeUs, const ModelResult& model, model::IngestPipeline& loaded)
{
    constexpr int kIter = 1000;
    omega::v1::Topology topoMsg;
    (void)protocol::decodeTopology(c.topology.data(), c.topology.size(), topoMsg);
    const auto topo = model::Topology::fromProto(topoMsg);

    std::vector<omega::v1::Tick> ticks(c.bodies.size());
    for (std::size_t v = 0; v < c.bodies.size(); ++v) {
        const std::string m = headerBytes(v + 1, 0) + c.bodies[v];
        (void)protocol::decodeTick(m.data(), m.size(), ticks[v]);
    }

    model::FleetState fleet;
    fleet.setTopology(topo);
    const double applyUs = medianUs(kIter, [&](int i) {
        auto& t = ticks[static_cast<std::size_t>(i) % ticks.size()];
        t.mutable_header()->set_sim_time_us(static_cast<std::int64_t>(i + 1) * kIntervalUs);   // (inside the timing; ~ns)
        fleet.applyTick(t);
    });

    model::Rollups rollups;
    const double rollupUs = medianUs(kIter, [&](int) { rollups = model::computeRollups(*topo, fleet.agents()); });

    model::SeriesTable fleetTable(QStringLiteral("fleet"), model::IngestPipeline::fleetSeriesNames());
    const float fleetRow[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const double fleetAppendUs = medianUs(kIter, [&](int i) {
        fleetTable.append(static_cast<std::int64_t>(i + 1) * kIntervalUs, fleetRow);
    });

    double groupUs[3] = {};
    std::vector<float> row;
    const char* levelNames[3] = {"teams (12 x 6 columns)", "primes (72 x 6)", "domains (363 x 6)"};
    for (int l = 0; l < 3; ++l) {
        const auto level = model::kGroupKinds[l];
        const auto& groups = rollups.at(level);
        QStringList columns;
        for (std::size_t g = 0; g < groups.size(); ++g)
            for (int m = 0; m < model::kMetricCount; ++m)
                columns.append(QStringLiteral("%1.%2").arg(g).arg(m));
        model::SeriesTable table(QStringLiteral("g"), columns, groupCapacity(level));
        row.resize(static_cast<std::size_t>(columns.size()));
        groupUs[l] = medianUs(kIter, [&](int i) {
            std::size_t k = 0;
            for (const auto& g : groups)
                for (int m = 0; m < model::kMetricCount; ++m)
                    row[k++] = model::groupValue(g, static_cast<model::Metric>(m));
            table.append(static_cast<std::int64_t>(i + 1) * kIntervalUs, row.data());
        });
    }

    const double snapshotUs = medianUs(300, [&](int) { loaded.publishNow(protocol::wallClockUs()); });
    const double snapshotPerTickUs = snapshotUs * std::min(1.0, (1e6 / 33'000.0) / (1e6 / model.meanUs));

    printLine();
    std::printf("c) breakdown of (b): each stage alone, median us per tick (%d runs each)\n", kIter);
    const double sum = decodeUs + applyUs + rollupUs + fleetAppendUs + groupUs[0] + groupUs[1] + groupUs[2]
        + snapshotPerTickUs;
    auto line = [&](const char* what, double v) {
        std::printf("   %-52s %8.1f  %5.1f %%\n", what, v, 100.0 * v / sum);
    };
    line("protocol::decodeTick (protobuf parse + validate)", decodeUs);
    line("FleetState::applyTick (columns, rates, p99 nth_element)", applyUs);
    line("computeRollups (363 domains -> 72 primes -> 12 teams)", rollupUs);
    line("store: fleet table append (10 columns)", fleetAppendUs);
    for (int l = 0; l < 3; ++l) {
        const std::string what = std::string("store: group rows + append, ") + levelNames[l];
        line(what.c_str(), groupUs[l]);
    }
    std::printf("   %-52s %8.1f  (%.1f us per call)\n", "snapshot publishNow, amortised at <= 30 Hz", snapshotPerTickUs,
                snapshotUs);
    std::printf("   %-52s %8.1f\n", "sum of the stages", sum);
    std::printf("   %-52s %8.1f\n", "measured in (b), median", model.medianUs);
}

// ------------------------------------------------------------------ d) end to end

struct RunResult {
    bool workbench = false;
    double msgPerS = 0, mbPerS = 0, samplesPerS = 0;
    double publishedPerS = 0;        // what the publisher managed to send in the same window
    std::uint64_t sent = 0, received = 0, gaps = 0, unreceived = 0;
    double windowS = 0;
};

// Publishes [topic "topo"] until told the receiver is ready, then [topic "tick", header + body] as
// fast as it can for `seconds`.
class Publisher {
public:
    Publisher(const Corpus& c, int hwm) : m_corpus(c), m_ctx(1), m_pub(m_ctx, zmq::socket_type::pub)
    {
        m_pub.set(zmq::sockopt::linger, 0);
        m_pub.set(zmq::sockopt::sndhwm, hwm);
        m_pub.bind("tcp://127.0.0.1:*");
        m_endpoint = m_pub.get(zmq::sockopt::last_endpoint);
    }
    ~Publisher()
    {
        m_abort = true;
        m_ready = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    const std::string& endpoint() const { return m_endpoint; }
    void start(double seconds)
    {
        m_thread = std::thread([this, seconds] { run(seconds); });
    }
    void setReady() { m_ready = true; }
    void join() { m_thread.join(); }
    std::int64_t ticksStartNs() const { return m_startNs.load(); }
    std::uint64_t sent() const { return m_sent.load(std::memory_order_relaxed); }

private:
    void run(double seconds)
    {
        pthread_setname_np(pthread_self(), "bench-publisher");
        std::uint64_t topoSeq = 0;
        while (!m_ready.load()) {
            omega::v1::Topology t;
            if (t.ParseFromString(m_corpus.topology)) {
                protocol::fillHeader(*t.mutable_header(), kPublisher, kEpoch, ++topoSeq, protocol::wallClockUs(), 0, 1);
                const std::string bytes = t.SerializeAsString();
                m_pub.send(zmq::buffer("topo", 4), zmq::send_flags::sndmore);
                m_pub.send(zmq::buffer(bytes), zmq::send_flags::none);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (m_abort)
            return;
        const auto endNs = nowNs() + static_cast<std::int64_t>(seconds * 1e9);
        m_startNs = nowNs();
        std::uint64_t seq = 0;
        while (nowNs() < endNs && !m_abort.load(std::memory_order_relaxed)) {
            ++seq;
            const std::string h = headerBytes(seq, static_cast<std::int64_t>(seq) * kIntervalUs);
            const std::string& body = m_corpus.bodies[seq % m_corpus.bodies.size()];
            zmq::message_t msg(h.size() + body.size());
            std::memcpy(msg.data(), h.data(), h.size());
            std::memcpy(static_cast<char*>(msg.data()) + h.size(), body.data(), body.size());
            m_pub.send(zmq::buffer("tick", 4), zmq::send_flags::sndmore);
            m_pub.send(msg, zmq::send_flags::none);   // PUB drops at the HWM; the sequence shows it
            m_sent.store(seq, std::memory_order_relaxed);
        }
    }

    const Corpus& m_corpus;
    zmq::context_t m_ctx;
    zmq::socket_t m_pub;
    std::string m_endpoint;
    std::thread m_thread;
    std::atomic<bool> m_ready{false}, m_abort{false};
    std::atomic<std::int64_t> m_startNs{0};
    std::atomic<std::uint64_t> m_sent{0};
};

// Raw SUB: receives both frames with the same poll + drain loop the subscriber uses, and counts.
class RawReceiver {
public:
    RawReceiver(const std::string& endpoint, int hwm)
    {
        m_thread = std::thread([this, endpoint, hwm] { run(endpoint, hwm); });
    }
    ~RawReceiver()
    {
        m_stop = true;
        m_thread.join();
    }
    std::uint64_t ticks() const { return m_ticks.load(std::memory_order_relaxed); }
    std::uint64_t bytes() const { return m_bytes.load(std::memory_order_relaxed); }
    bool gotTopology() const { return m_topo.load(); }

private:
    void run(const std::string& endpoint, int hwm)
    {
        pthread_setname_np(pthread_self(), "bench-raw-sub");
        zmq::context_t ctx(1);
        zmq::socket_t sub(ctx, zmq::socket_type::sub);
        sub.set(zmq::sockopt::linger, 0);
        sub.set(zmq::sockopt::rcvhwm, hwm);
        sub.set(zmq::sockopt::subscribe, "");
        sub.connect(endpoint);
        zmq::message_t topic, payload;
        while (!m_stop.load(std::memory_order_relaxed)) {
            zmq::pollitem_t item{sub.handle(), 0, ZMQ_POLLIN, 0};
            zmq::poll(&item, 1, std::chrono::milliseconds(20));
            if (!(item.revents & ZMQ_POLLIN))
                continue;
            for (int n = 0; n < 256; ++n) {
                if (!sub.recv(topic, zmq::recv_flags::dontwait))
                    break;
                if (topic.more())
                    (void)sub.recv(payload);
                if (topic.size() == 4 && std::memcmp(topic.data(), "tick", 4) == 0) {
                    m_ticks.fetch_add(1, std::memory_order_relaxed);
                    m_bytes.fetch_add(topic.size() + payload.size(), std::memory_order_relaxed);
                } else {
                    m_topo = true;
                }
            }
        }
    }
    std::thread m_thread;
    std::atomic<bool> m_stop{false}, m_topo{false};
    std::atomic<std::uint64_t> m_ticks{0}, m_bytes{0};
};

bool waitFor(const std::function<bool()>& done, double timeoutS)
{
    const double end = bench::nowS() + timeoutS;
    while (!done()) {
        if (bench::nowS() > end)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

constexpr double kWarmupS = 0.3;

RunResult runRaw(const Corpus& c, double seconds, int hwm)
{
    RunResult r;
    Publisher pub(c, hwm);
    RawReceiver rx(pub.endpoint(), hwm);
    pub.start(seconds);
    if (!waitFor([&] { return rx.gotTopology(); }, 10)) {
        std::printf("   raw: receiver never connected\n");
        return r;
    }
    pub.setReady();
    waitFor([&] { return pub.ticksStartNs() != 0; }, 10);
    const std::int64_t start = pub.ticksStartNs();
    std::this_thread::sleep_for(std::chrono::nanoseconds(start + static_cast<std::int64_t>(kWarmupS * 1e9) - nowNs()));
    const auto t0 = nowNs();
    const auto n0 = rx.ticks(), b0 = rx.bytes(), s0 = pub.sent();
    std::this_thread::sleep_for(
        std::chrono::nanoseconds(start + static_cast<std::int64_t>(seconds * 1e9) - nowNs() - 20'000'000));
    const auto t1 = nowNs();
    const auto n1 = rx.ticks(), b1 = rx.bytes(), s1 = pub.sent();
    pub.join();
    // Let the queues drain to count what the PUB dropped.
    std::uint64_t last = rx.ticks();
    for (int quiet = 0; quiet < 30;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const auto now = rx.ticks();
        quiet = now == last ? quiet + 1 : 0;
        last = now;
    }
    const double dt = static_cast<double>(t1 - t0) / 1e9;
    r.windowS = dt;
    r.msgPerS = static_cast<double>(n1 - n0) / dt;
    r.mbPerS = static_cast<double>(b1 - b0) / dt / 1e6;
    r.samplesPerS = r.msgPerS * kAgents;
    r.publishedPerS = static_cast<double>(s1 - s0) / dt;
    r.sent = pub.sent();
    r.received = rx.ticks();
    r.gaps = r.sent - r.received;   // dropped somewhere between PUB and SUB (HWM)
    return r;
}

RunResult runWorkbench(const Corpus& c, double seconds, int hwm)
{
    RunResult r;
    r.workbench = true;
    Publisher pub(c, hwm);
    model::IngestPipeline pipeline;
    transport::TelemetrySubscriber::Options o;
    o.endpoint = pub.endpoint();
    o.controlEndpoint.clear();
    o.receiveHighWaterMark = hwm;
    transport::TelemetrySubscriber sub(pipeline, o);
    sub.start();
    pub.start(seconds);
    if (!waitFor([&] { return !pipeline.waitingForTopology(); }, 10)) {
        std::printf("   workbench: no topology arrived\n");
        return r;
    }
    pub.setReady();
    waitFor([&] { return pub.ticksStartNs() != 0; }, 10);
    const std::int64_t start = pub.ticksStartNs();
    std::this_thread::sleep_for(std::chrono::nanoseconds(start + static_cast<std::int64_t>(kWarmupS * 1e9) - nowNs()));
    // Snapshots carry the stats and the wall time of the message that built them.
    const auto a = pipeline.latest();
    const auto sA = pub.sent();
    const auto tA = nowNs();
    std::this_thread::sleep_for(
        std::chrono::nanoseconds(start + static_cast<std::int64_t>(seconds * 1e9) - nowNs() - 20'000'000));
    const auto b = pipeline.latest();
    const auto sB = pub.sent();
    const auto tB = nowNs();
    pub.join();
    // Drain for at most 2 s more, then count what arrived, what was lost (gaps) and what was left queued.
    std::uint64_t last = 0;
    const double drainEnd = bench::nowS() + 2.0;
    for (int quiet = 0; quiet < 15 && bench::nowS() < drainEnd;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const auto s = pipeline.latest();
        const auto now = s ? s->stats.ticksApplied : 0;
        quiet = now == last ? quiet + 1 : 0;
        last = now;
    }
    sub.stop();
    pipeline.publishNow(protocol::wallClockUs());
    const auto end = pipeline.latest();
    if (!a || !b || b->builtWallUs <= a->builtWallUs) {
        std::printf("   workbench: no progress in the window\n");
        return r;
    }
    const double dt = static_cast<double>(b->builtWallUs - a->builtWallUs) / 1e6;
    r.windowS = dt;
    r.msgPerS = static_cast<double>(b->stats.ticksApplied - a->stats.ticksApplied) / dt;
    r.mbPerS = static_cast<double>(b->stats.bytes - a->stats.bytes) / dt / 1e6;
    r.samplesPerS = static_cast<double>(b->stats.agentSamples - a->stats.agentSamples) / dt;
    r.publishedPerS = static_cast<double>(sB - sA) / (static_cast<double>(tB - tA) / 1e9);
    r.sent = pub.sent();
    r.received = end->stats.ticksApplied;
    r.gaps = end->stats.sequence.missedMessages;
    r.unreceived = r.sent > r.received + r.gaps ? r.sent - r.received - r.gaps : 0;
    return r;
}

void benchEndToEnd(const Corpus& c, double seconds, int pairs, int hwm, const std::string& side)
{
    printLine();
    const std::size_t payload = headerBytes(1, kIntervalUs).size() + c.bodies[0].size();
    std::printf("d) end to end over ZeroMQ tcp loopback: PUB thread sends [\"tick\", %zu-byte payload] as fast as\n"
                "   it can for %.1f s; HWM %d both sides, linger 0; rates over the window after %.1f s warm-up.\n"
                "   raw = SUB thread receives the frames and counts; workbench = TelemetrySubscriber ->\n"
                "   IngestPipeline (decode, model, store, snapshots). Runs alternate raw, workbench, ...\n",
                payload, seconds, hwm, kWarmupS);
    std::vector<RunResult> raw, wb;
    for (int i = 0; i < pairs; ++i) {
        for (int k = 0; k < 2; ++k) {
            if ((k == 0 && side == "workbench") || (k == 1 && side == "raw"))
                continue;
            const RunResult r = k == 0 ? runRaw(c, seconds, hwm) : runWorkbench(c, seconds, hwm);
            (k == 0 ? raw : wb).push_back(r);
            std::printf("   run %d %-9s  %8.0f msg/s  %7.0f MB/s  %6.2f M agent-samples/s | published %6.0f msg/s in"
                        " window; sent %llu, received %llu, lost (gaps) %llu",
                        2 * i + k + 1, k == 0 ? "raw" : "workbench", r.msgPerS, r.mbPerS, r.samplesPerS / 1e6,
                        r.publishedPerS, static_cast<unsigned long long>(r.sent),
                        static_cast<unsigned long long>(r.received), static_cast<unsigned long long>(r.gaps));
            if (r.workbench)
                std::printf(", still queued at stop %llu", static_cast<unsigned long long>(r.unreceived));
            std::printf("\n");
            std::fflush(stdout);
        }
    }
    auto med = [](const std::vector<RunResult>& v, double RunResult::*f) {
        std::vector<double> x;
        for (const auto& r : v)
            x.push_back(r.*f);
        return median(x);
    };
    const double rawMsg = med(raw, &RunResult::msgPerS), wbMsg = med(wb, &RunResult::msgPerS);
    std::printf("\n   medians of %d runs each     msg/s      MB/s   M agent-samples/s   published msg/s\n", pairs);
    std::printf("   raw ZeroMQ              %8.0f  %8.0f   %17.2f   %15.0f\n", rawMsg, med(raw, &RunResult::mbPerS),
                med(raw, &RunResult::samplesPerS) / 1e6, med(raw, &RunResult::publishedPerS));
    std::printf("   workbench               %8.0f  %8.0f   %17.2f   %15.0f\n", wbMsg, med(wb, &RunResult::mbPerS),
                med(wb, &RunResult::samplesPerS) / 1e6, med(wb, &RunResult::publishedPerS));
    std::vector<double> pairRatios;
    for (std::size_t i = 0; i < std::min(raw.size(), wb.size()); ++i)
        if (raw[i].msgPerS > 0)
            pairRatios.push_back(100.0 * wb[i].msgPerS / raw[i].msgPerS);
    std::printf("   workbench / raw         %.1f %% (ratio of medians); per pair:", rawMsg > 0 ? 100.0 * wbMsg / rawMsg : 0.0);
    for (double x : pairRatios)
        std::printf(" %.1f %%", x);
    std::printf("\n   peak RSS of this process so far (VmHWM): %.0f MB (includes queued messages)\n", bench::hwmMb());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("omega.*.info=false"));
    std::set<std::string> only;
    int ticks = 3000, pairs = 3, hwm = 100'000;
    std::string side;   // empty: both sides of the end-to-end comparison
    double seconds = 3.0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](const char* key) -> const char* {
            const std::string k = std::string(key) + "=";
            return a.rfind(k, 0) == 0 ? a.c_str() + k.size() : nullptr;
        };
        if (const char* v = value("--only")) {
            std::string s = v;
            for (std::size_t pos = 0; pos <= s.size();) {
                const auto comma = s.find(',', pos);
                only.insert(s.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
                if (comma == std::string::npos)
                    break;
                pos = comma + 1;
            }
        } else if (const char* v = value("--ticks")) {
            ticks = std::max(1, std::atoi(v));
        } else if (const char* v = value("--seconds")) {
            seconds = std::max(0.5, std::atof(v));
        } else if (const char* v = value("--pairs")) {
            pairs = std::max(1, std::atoi(v));
        } else if (const char* v = value("--side")) {
            side = v;
        } else if (const char* v = value("--hwm")) {
            hwm = std::max(1, std::atoi(v));
        } else {
            std::fprintf(stderr, "usage: %s [--only=decode,model,breakdown,e2e] [--ticks=N] [--seconds=S] "
                                 "[--pairs=P] [--hwm=N] [--side=raw|workbench]\n", argv[0]);
            return 2;
        }
    }
    auto want = [&](const char* part) { return only.empty() || only.count(part) > 0; };

    bench::printMachine("bench_ingest");
    const Corpus corpus = makeCorpus(16);
    std::printf("tick: %d agents, 12 columns (state bytes + 11 packed fixed32/float), %zu-byte body + header;"
                " topology %zu bytes\n", kAgents, corpus.bodies[0].size(), corpus.topology.size());

    double decodeUs = 0;
    if (want("decode") || want("breakdown"))
        decodeUs = benchDecode(corpus, 3000);
    if (want("model") || want("breakdown")) {
        model::IngestPipeline pipeline;
        const ModelResult m = benchModel(corpus, ticks, pipeline);
        if (want("breakdown"))
            benchBreakdown(corpus, decodeUs, m, pipeline);
    }
    if (want("e2e"))
        benchEndToEnd(corpus, seconds, pairs, hwm, side);
    printLine();
    return 0;
}
