// Hostile peers against the real binaries: resident memory of omega-workbench and omega-fleet-sim
// under attack, and how long the workbench takes to show live telemetry again. Prints figures
// only; they are recorded in docs/RELIABILITY.md.
//
//   bench_hostile PATH/omega-workbench PATH/omega-fleet-sim
//
// Workbench: this program binds a PUB, starts `omega-workbench --headless --connect` on it, feeds
// a valid 3,000-agent fleet at 10 Hz and, between quiet spells, sends
//   a) 20 messages of 40 MB on the tick topic, 50 ms apart;
//   b) 10 events with 8 MB texts;
//   c) 10 topologies with an 8 MB agent name.
// It samples the workbench's VmRSS every 10 ms (peak per attack) and reads `ticks=` from its
// status line to time the recovery (the first status line after the attack whose tick count moved).
// Simulator: `omega-fleet-sim --insecure-control` on loopback, 40 requests with 4 MB command ids
// over one DEALER each; its peak VmRSS, then whether it still answers.

#include "protocol/codec.h"
#include "unit/test_fleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <zmq.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace omega;

namespace {

double rssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/statm").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().split(' ').value(1).toDouble() * 4096.0 / 1e6;
}

// Peak VmRSS of a process while it lives.
class RssSampler {
public:
    explicit RssSampler(qint64 pid) : m_pid(pid), m_thread([this] {
        while (!m_stop) {
            const double v = rssMb(m_pid);
            double p = m_peak.load();
            while (v > p && !m_peak.compare_exchange_weak(p, v)) {}
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }) {}
    ~RssSampler()
    {
        m_stop = true;
        m_thread.join();
    }
    double takePeak() { return m_peak.exchange(rssMb(m_pid)); }

private:
    qint64 m_pid;
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_peak{0};
    std::thread m_thread;
};

struct Feed {
    zmq::socket_t& pub;
    std::uint64_t seq[4] = {0, 0, 0, 0};
    std::int64_t simUs = 0;
    std::uint32_t completed = 0;
    void send(const char* topic, const std::string& payload)
    {
        (void)pub.send(zmq::buffer(std::string_view(topic)), zmq::send_flags::sndmore);
        (void)pub.send(zmq::buffer(payload), zmq::send_flags::none);
    }
    void topology(const std::string& badName = {})
    {
        auto t = testing::makeTopology(3000);
        t.mutable_header()->set_sequence(++seq[0]);
        if (!badName.empty())
            t.set_agent_names(7, badName);
        send("topo", t.SerializeAsString());
    }
    void tick()
    {
        simUs += 100'000;
        ++completed;
        send("tick", testing::makeTick(3000, ++seq[1], simUs, completed, completed * 3000).SerializeAsString());
    }
};

// The workbench's headless status lines: the last `ticks=` and `rejected=` seen.
struct Status {
    QProcess& proc;
    qint64 ticks = -1;
    QString last{};
    void read()
    {
        static const QRegularExpression re(QStringLiteral("ticks=(\\d+)"));
        for (const QByteArray& line : proc.readAllStandardOutput().split('\n')) {
            const auto m = re.match(QString::fromUtf8(line));
            if (m.hasMatch()) {
                ticks = m.captured(1).toLongLong();
                last = QString::fromUtf8(line);
            }
        }
    }
};

void feedFor(Feed& feed, Status& status, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (feed.seq[1] % 10 == 0)
            feed.topology();
        feed.tick();
        QThread::msleep(100);
        status.proc.waitForReadyRead(0);
        status.read();
    }
}

// Feeds valid telemetry until the tick count moves past `from` (twice in a row); seconds taken.
double recover(Feed& feed, Status& status, qint64 from, int limitMs = 30000)
{
    QElapsedTimer t;
    t.start();
    int moved = 0;
    qint64 seen = from;
    while (t.elapsed() < limitMs) {
        if (feed.seq[1] % 10 == 0)
            feed.topology();
        feed.tick();
        QThread::msleep(100);
        status.proc.waitForReadyRead(0);
        status.read();
        if (status.ticks > seen) {
            seen = status.ticks;
            if (++moved == 2)
                return t.elapsed() / 1000.0 - 1.0;   // the status line comes once a second: count the first move
        }
    }
    return -1;
}

void workbench(const QString& binary)
{
    zmq::context_t ctx(1);
    zmq::socket_t pub(ctx, zmq::socket_type::pub);
    pub.set(zmq::sockopt::linger, 0);
    pub.set(zmq::sockopt::sndhwm, 100);
    pub.bind("tcp://127.0.0.1:*");
    const QString endpoint = QString::fromStdString(pub.get(zmq::sockopt::last_endpoint));
    QProcess proc;
    proc.start(binary, {QStringLiteral("--headless"), QStringLiteral("--connect"), endpoint, QStringLiteral("--control"), QString()});
    if (!proc.waitForStarted())
        qFatal("cannot start %s", qPrintable(binary));
    Feed feed{pub};
    Status status{proc};
    RssSampler rss(proc.processId());
    feedFor(feed, status, 5000);
    std::printf("workbench: valid 3,000-agent feed, RSS %.0f MB (peak so far %.0f MB); %s\n", rssMb(proc.processId()), rss.takePeak(),
                qPrintable(status.last));

    // a) 40 MB on the tick topic.
    const std::string big(40u << 20, 'x');
    const qint64 before = status.ticks;
    for (int i = 0; i < 20; ++i) {
        feed.send("tick", big);
        QThread::msleep(50);
    }
    const double recoveredS = recover(feed, status, before);
    std::printf("a) 20 x 40 MB ticks: peak RSS %.0f MB; live again %.1f s after the last one; %s\n", rss.takePeak(), recoveredS,
                qPrintable(status.last));

    // b) 10 events with 8 MB texts (valid protobuf, refused as too large).
    v1::Event event;
    protocol::fillHeader(*event.mutable_header(), "test-pub", 7, 0, protocol::wallClockUs(), 0, 3);
    event.set_text(std::string(8u << 20, 'e'));
    for (int i = 0; i < 10; ++i) {
        event.mutable_header()->set_sequence(++feed.seq[3]);
        feed.send("event", event.SerializeAsString());
        feed.tick();
        QThread::msleep(100);
    }
    feedFor(feed, status, 3000);
    std::printf("b) 10 events with 8 MB texts: peak RSS %.0f MB, after %.0f MB; %s\n", rss.takePeak(), rssMb(proc.processId()),
                qPrintable(status.last));

    // c) 10 topologies with an 8 MB agent name.
    for (int i = 0; i < 10; ++i) {
        feed.topology(std::string(8u << 20, 'n'));
        feed.tick();
        QThread::msleep(100);
    }
    feedFor(feed, status, 3000);
    std::printf("c) 10 topologies with an 8 MB agent name: peak RSS %.0f MB, after %.0f MB; %s\n", rss.takePeak(),
                rssMb(proc.processId()), qPrintable(status.last));
    proc.kill();
    proc.waitForFinished();
}

void simulator(const QString& binary)
{
    // A free port pair: bind and release.
    zmq::context_t ctx(1);
    int ports[2];
    for (int& port : ports) {
        zmq::socket_t probe(ctx, zmq::socket_type::router);
        probe.bind("tcp://127.0.0.1:*");
        const std::string ep = probe.get(zmq::sockopt::last_endpoint);
        port = std::stoi(ep.substr(ep.rfind(':') + 1));
    }
    const QString control = QStringLiteral("tcp://127.0.0.1:%1").arg(ports[1]);
    QProcess proc;
    QStringList args = {QStringLiteral("--quiet"), QStringLiteral("--pub"), QStringLiteral("tcp://127.0.0.1:%1").arg(ports[0]),
                        QStringLiteral("--control"), control};
    QProcess help;
    help.start(binary, {QStringLiteral("--help")});
    help.waitForFinished();
    if (help.readAllStandardOutput().contains("--insecure-control"))
        args << QStringLiteral("--insecure-control");
    proc.start(binary, args);
    if (!proc.waitForStarted())
        qFatal("cannot start %s", qPrintable(binary));
    QThread::msleep(1500);
    RssSampler rss(proc.processId());
    QThread::msleep(500);
    const double idle = rss.takePeak();
    auto call = [&](const v1::ControlRequest& req, int waitMs) {
        zmq::socket_t dealer(ctx, zmq::socket_type::dealer);
        dealer.set(zmq::sockopt::linger, 0);
        dealer.connect(control.toStdString());
        std::string bytes;
        req.SerializeToString(&bytes);
        (void)dealer.send(zmq::buffer(bytes), zmq::send_flags::none);
        zmq::pollitem_t item{dealer.handle(), 0, ZMQ_POLLIN, 0};
        zmq::poll(&item, 1, std::chrono::milliseconds(waitMs));
        return (item.revents & ZMQ_POLLIN) != 0;
    };
    int answered = 0;
    for (int i = 0; i < 40; ++i) {
        v1::ControlRequest req;
        req.set_protocol_version(protocol::kProtocolVersion);
        req.set_command_id(std::string(4u << 20, char('a' + i % 26)));
        req.mutable_get_config();
        answered += call(req, 200) ? 1 : 0;
    }
    v1::ControlRequest ok;
    ok.set_protocol_version(protocol::kProtocolVersion);
    ok.set_command_id("after");
    ok.mutable_get_config();
    const bool serving = call(ok, 2000);
    std::printf("simulator: idle RSS %.0f MB; 40 requests with 4 MB command ids: %d answered, peak RSS %.0f MB; answers "
                "a valid request afterwards: %s\n", idle, answered, rss.takePeak(), serving ? "yes" : "no");
    proc.kill();
    proc.waitForFinished();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_hostile PATH/omega-workbench PATH/omega-fleet-sim\n");
        return 2;
    }
    workbench(args[1]);
    simulator(args[2]);
    return 0;
}
