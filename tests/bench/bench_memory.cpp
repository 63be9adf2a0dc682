// Resident memory of the workbench side at 3,000 agents: SimulatorServer (reference scenario, as fast
// as possible) -> ZeroMQ tcp loopback -> TelemetrySubscriber -> IngestPipeline, all in this process.
// Prints VmRSS at start, after the topology, every 60 simulated seconds and at the end, with the
// store's own accounting, ticks applied, gaps and wall time. Before that, a child process runs the
// simulator alone (no subscriber) for --sim-only=S simulated seconds to show its share.
// Options: --duration=S (simulated seconds, default 600)  --sim-only=S (default 60, 0 = skip)
//          --speed=X (simulated s per wall s, default 0 = max)  --every=S (report step, default 60)

#include "bench_common.h"

#include "model/ingest_pipeline.h"
#include "sim/scenario.h"
#include "sim/sim_server.h"
#include "transport/telemetry_subscriber.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdlib>
#include <string>
#include <thread>

#include <malloc.h>
#include <sys/wait.h>

using namespace omega;

namespace {

sim::SimulatorServer::Options serverOptions(double durationS, double speed)
{
    sim::SimulatorServer::Options o;
    o.telemetryEndpoint = "tcp://127.0.0.1:*";
    o.controlEndpoint = "tcp://127.0.0.1:*";
    o.publisherId = "bench-memory-sim";
    o.speed = speed;
    o.durationS = durationS;
    return o;
}

// The simulator alone, publishing to nobody (PUB drops at once without subscribers).
int simulatorOnly(double seconds)
{
    const double rss0 = bench::rssMb();
    const double t0 = bench::nowS();
    sim::SimulatorServer server(sim::Scenario::referenceDefault(), serverOptions(seconds, 0));
    QString error;
    if (!server.start(&error)) {
        std::printf("simulator alone: cannot start: %s\n", qPrintable(error));
        return 1;
    }
    const double rssStarted = bench::rssMb();
    while (!server.status().finished)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const auto st = server.status();
    const double rss1 = bench::rssMb();
    std::printf("simulator alone (child process, no subscriber), %.0f s simulated at max speed:\n", seconds);
    std::printf("   RSS before %.1f MB, after start %.1f MB, after %.0f s simulated %.1f MB (peak %.1f MB)\n", rss0,
                rssStarted, st.simTimeUs / 1e6, rss1, bench::hwmMb());
    std::printf("   simulator's own share %.1f MB; %llu ticks published in %.2f s wall (%.1fx real time)\n\n",
                rss1 - rss0, static_cast<unsigned long long>(st.ticksPublished), bench::nowS() - t0,
                st.simTimeUs / 1e6 / (bench::nowS() - t0));
    std::fflush(stdout);
    server.stop();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    double duration = 600, simOnly = 60, speed = 0, every = 60;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](const char* key) -> const char* {
            const std::string k = std::string(key) + "=";
            return a.rfind(k, 0) == 0 ? a.c_str() + k.size() : nullptr;
        };
        if (const char* v = value("--duration"))
            duration = std::max(1.0, std::atof(v));
        else if (const char* v = value("--sim-only"))
            simOnly = std::max(0.0, std::atof(v));
        else if (const char* v = value("--speed"))
            speed = std::max(0.0, std::atof(v));
        else if (const char* v = value("--every"))
            every = std::max(1.0, std::atof(v));
        else {
            std::fprintf(stderr, "usage: %s [--duration=S] [--sim-only=S] [--speed=X] [--every=S]\n", argv[0]);
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(QStringLiteral("omega.*.info=false"));
    bench::printMachine("bench_memory");
    const double rssProgramStart = bench::rssMb();

    if (simOnly > 0) {
        // A child process of its own, so its memory is not mixed into the measurement below.
        std::fflush(stdout);
        const pid_t child = fork();
        if (child == 0) {
            const int rc = simulatorOnly(simOnly);
            std::fflush(stdout);
            _exit(rc);
        }
        int status = 0;
        if (child > 0)
            waitpid(child, &status, 0);
    }

    QCoreApplication app(argc, argv);
    std::printf("workbench side + simulator in one process: reference scenario (3,000 agents, 100 ms ticks),\n"
                "%.0f s simulated, speed %s; RSS includes the simulator, ZeroMQ buffers and queued messages.\n",
                duration, speed > 0 ? QByteArray::number(speed).constData() : "max");
    const double wall0 = bench::nowS();
    std::printf("   %-34s RSS %7.1f MB\n", "program start", rssProgramStart);
    model::IngestPipeline pipeline;
    std::printf("   %-34s RSS %7.1f MB   store %.1f MB\n", "pipeline created", bench::rssMb(),
                pipeline.storeMemoryBytes() / 1e6);

    sim::SimulatorServer server(sim::Scenario::referenceDefault(), serverOptions(duration, speed));
    QString error;
    if (!server.bind(&error)) {
        std::printf("cannot bind: %s\n", qPrintable(error));
        return 1;
    }
    transport::TelemetrySubscriber::Options so;
    so.endpoint = server.telemetryEndpoint();
    so.controlEndpoint = server.controlEndpoint();
    transport::TelemetrySubscriber sub(pipeline, so);
    sub.start();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));   // let the SUB connect before the first tick
    std::printf("   %-34s RSS %7.1f MB\n", "simulator + subscriber created", bench::rssMb());
    if (!server.start(&error)) {
        std::printf("cannot start the simulator: %s\n", qPrintable(error));
        return 1;
    }
    while (pipeline.waitingForTopology() && bench::nowS() - wall0 < 30)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::printf("   %-34s RSS %7.1f MB   store %.1f MB\n", "after topology", bench::rssMb(),
                pipeline.storeMemoryBytes() / 1e6);
    std::printf("\n   %8s %9s %9s %9s %9s %9s %9s %9s %8s\n", "sim s", "RSS MB", "peak MB", "store MB", "published",
                "applied", "gaps", "queued", "wall s");

    auto row = [&](const char* label, const model::SnapshotPtr& s) {
        const auto st = server.status();
        const std::uint64_t applied = s ? s->stats.ticksApplied : 0, gaps = s ? s->stats.sequence.missedMessages : 0;
        // Published but neither applied nor lost yet: in ZeroMQ queues (each ~144 KB) or being ingested.
        const std::uint64_t queued = st.ticksPublished > applied + gaps ? st.ticksPublished - applied - gaps : 0;
        std::printf("   %8s %9.1f %9.1f %9.1f %9llu %9llu %9llu %9llu %8.1f\n", label, bench::rssMb(), bench::hwmMb(),
                    pipeline.storeMemoryBytes() / 1e6, static_cast<unsigned long long>(st.ticksPublished),
                    static_cast<unsigned long long>(applied), static_cast<unsigned long long>(gaps),
                    static_cast<unsigned long long>(queued), bench::nowS() - wall0);
        std::fflush(stdout);
    };

    double nextMark = every;
    std::uint64_t lastApplied = 0;
    double quietSince = 0;
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const auto s = pipeline.latest();
        if (s) {
            const double simS = static_cast<double>(s->simTimeUs) / 1e6;
            while (simS + 1e-6 >= nextMark && nextMark <= duration) {
                row(std::to_string(static_cast<int>(nextMark)).c_str(), s);
                nextMark += every;
            }
        }
        // Done when the simulator finished and the pipeline has taken in everything it will get.
        const auto applied = s ? s->stats.ticksApplied : 0;
        if (applied != lastApplied) {
            lastApplied = applied;
            quietSince = bench::nowS();
        }
        if (server.status().finished && bench::nowS() - quietSince > 1.0)
            break;
        if (bench::nowS() - wall0 > 3600) {
            std::printf("   giving up after an hour of wall time\n");
            break;
        }
    }
    pipeline.publishNow(protocol::wallClockUs());
    const auto s = pipeline.latest();
    row("end", s);
    const auto st = server.status();
    std::printf("\n   simulated %.1f s in %.1f s wall (%.1fx real time); ticks published %llu, applied %llu, gaps %llu,"
                " rejected %llu\n", st.simTimeUs / 1e6, bench::nowS() - wall0, st.simTimeUs / 1e6 / (bench::nowS() - wall0),
                static_cast<unsigned long long>(st.ticksPublished), static_cast<unsigned long long>(s->stats.ticksApplied),
                static_cast<unsigned long long>(s->stats.sequence.missedMessages),
                static_cast<unsigned long long>(s->stats.rejectedTotal));
    std::printf("   final RSS %.1f MB, peak RSS %.1f MB, store %.1f MB (store capacity is allocated "
                "up front, when the topology arrives)\n", bench::rssMb(), bench::hwmMb(), pipeline.storeMemoryBytes() / 1e6);
    sub.stop();
    server.stop();
    std::printf("   after stopping subscriber and simulator: RSS %.1f MB\n", bench::rssMb());
    // Freed ZeroMQ message buffers stay in the allocator's arenas until trimmed; this shows how much
    // of the figure above is such retained free memory rather than live data.
    malloc_trim(0);
    std::printf("   after malloc_trim(0) (diagnostic only): RSS %.1f MB\n", bench::rssMb());
    return 0;
}
