#include "sim/sim_server.h"

#include "protocol/codec.h"
#include "security/zap_authenticator.h"
#include "sim/control_handler.h"

#include <QLoggingCategory>
#include <zmq.hpp>

#include <array>
#include <chrono>

Q_LOGGING_CATEGORY(lcSimServer, "omega.sim.server")

namespace omega::sim {

using protocol::Topic;

namespace {
constexpr std::int64_t kTopologyEveryUs = 1'000'000;  // late joiners are whole within 1 s
constexpr std::int64_t kMaxControlRequestBytes = 64 * 1024;   // a larger request drops the peer
constexpr int kMaxControlPollMs = 20;

std::int64_t steadyUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

struct SimulatorServer::Impl {
    SimulatorServer* owner = nullptr;
    Options options;
    std::unique_ptr<FleetSimulator> sim;
    std::unique_ptr<zmq::context_t> ownContext;
    std::unique_ptr<security::ZapAuthenticator> zap;   // before the sockets: closed after them
    std::unique_ptr<zmq::socket_t> pub;
    std::unique_ptr<zmq::socket_t> router;
    std::string telemetryEndpoint, controlEndpoint;
    std::thread thread;
    std::atomic<bool> stopping{false};

    mutable std::mutex statusMutex;
    Status status;

    // Owned by the server thread.
    std::uint64_t epoch = 0;
    std::array<std::uint64_t, protocol::kTopicCount> sequence{};
    std::string buffer;
    omega::v1::Tick tick;
    omega::v1::Pools pools;
    omega::v1::Topology topology;
    bool topologyRequested = true;
    std::int64_t lastTopologyWallUs = 0;
    std::uint64_t ticksPublished = 0, ticksDropped = 0, commandsHandled = 0, commandsRefused = 0;
    std::int64_t lastRefusalLogUs = 0;
    std::unique_ptr<ControlHandler> control;   // the protocol's rules and the reply memory

    void run();
    void serveControl(int timeoutMs);
    // `delimited`: a REQ client's request came after an empty frame, and so must the reply.
    void handleCommand(const zmq::message_t& identity, const zmq::message_t& payload, bool delimited);
    void reply(const zmq::message_t& identity, bool delimited, const std::string& bytes);
    // The role the ZAP handler gave the sender of `payload`; operator when control is plaintext.
    std::optional<security::KeyRole> senderRole(const zmq::message_t& payload) const;
    template <typename Message> void publish(Topic topic, Message& msg);
    void publishTelemetry();
    void updateStatus(bool finished);
};

SimulatorServer::SimulatorServer(Scenario scenario, Options options) : d(std::make_unique<Impl>())
{
    d->owner = this;
    d->options = std::move(options);
    d->sim = std::make_unique<FleetSimulator>(std::move(scenario));
    d->control = std::make_unique<ControlHandler>(*d->sim);
    m_speed = d->options.speed;
}

SimulatorServer::~SimulatorServer()
{
    stop();
}

bool SimulatorServer::bind(QString* error)
{
    if (d->pub)
        return true;
    zmq::context_t* ctx = d->options.context;
    if (!ctx) {
        d->ownContext = std::make_unique<zmq::context_t>(1);
        ctx = d->ownContext.get();
    }
    const auto& keys = d->options.serverKeys;
    if (keys) {
        if (!security::curveAvailable() || security::publicKeyOf(keys->secretKey) != keys->publicKey) {
            if (error)
                *error = security::curveAvailable() ? QStringLiteral("the server key pair is not valid")
                                                    : QStringLiteral("this libzmq has no CURVE support");
            return false;
        }
        // The handler must exist before the first handshake, or libzmq lets every key in.
        d->zap = std::make_unique<security::ZapAuthenticator>(*ctx, d->options.authorizedKeys);
        if (!d->zap->start(error)) {
            d->zap.reset();
            return false;
        }
    }
    try {
        d->pub = std::make_unique<zmq::socket_t>(*ctx, zmq::socket_type::pub);
        d->pub->set(zmq::sockopt::linger, 0);
        d->pub->set(zmq::sockopt::sndhwm, d->options.sendHighWaterMark);
        if (keys && d->options.curveTelemetry)
            security::applyCurveServer(*d->pub, *keys, "omega-telemetry");
        d->pub->bind(d->options.telemetryEndpoint);
        d->telemetryEndpoint = d->pub->get(zmq::sockopt::last_endpoint);
        d->router = std::make_unique<zmq::socket_t>(*ctx, zmq::socket_type::router);
        d->router->set(zmq::sockopt::linger, 0);
        d->router->set(zmq::sockopt::maxmsgsize, kMaxControlRequestBytes);
        if (keys)
            security::applyCurveServer(*d->router, *keys, "omega-control");
        d->router->bind(d->options.controlEndpoint);
        d->controlEndpoint = d->router->get(zmq::sockopt::last_endpoint);
    } catch (const zmq::error_t& e) {
        if (error)
            *error = QStringLiteral("cannot bind %1 / %2: %3")
                         .arg(QString::fromStdString(d->options.telemetryEndpoint),
                              QString::fromStdString(d->options.controlEndpoint), QString::fromUtf8(e.what()));
        d->pub.reset();
        d->router.reset();
        d->zap.reset();
        return false;
    }
    return true;
}

bool SimulatorServer::start(QString* error)
{
    if (d->thread.joinable())
        return true;
    if (!bind(error))
        return false;
    d->epoch = static_cast<std::uint64_t>(protocol::wallClockUs());
    d->updateStatus(false);
    d->stopping = false;
    d->thread = std::thread([this] { d->run(); });
    return true;
}

void SimulatorServer::stop()
{
    d->stopping = true;
    if (d->thread.joinable())
        d->thread.join();
    d->pub.reset();
    d->router.reset();
    d->zap.reset();
}

std::string SimulatorServer::telemetryEndpoint() const { return d->telemetryEndpoint; }
std::string SimulatorServer::controlEndpoint() const { return d->controlEndpoint; }

SimulatorServer::Status SimulatorServer::status() const
{
    std::lock_guard lock(d->statusMutex);
    return d->status;
}

void SimulatorServer::Impl::updateStatus(bool finished)
{
    Status s;
    s.simTimeUs = sim->nowUs();
    s.ticksPublished = ticksPublished;
    s.ticksDropped = ticksDropped;
    s.commandsHandled = commandsHandled;
    s.commandsRefused = commandsRefused;
    if (zap) {
        s.clientsRefused = zap->refused();
        s.lastRefused = zap->lastRefused();
    }
    s.config = sim->config();
    s.totals = sim->totals();
    s.finished = finished;
    s.boundTasksPerS = sim->theoreticalBoundTasksPerS();   // cached by the simulator; follows faults
    std::lock_guard lock(statusMutex);
    status = s;
}

template <typename Message>
void SimulatorServer::Impl::publish(Topic topic, Message& msg)
{
    protocol::fillHeader(*msg.mutable_header(), options.publisherId, epoch, ++sequence[static_cast<std::size_t>(topic)],
                         protocol::wallClockUs(), sim->nowUs(), sim->config().version);
    msg.SerializeToString(&buffer);
    const auto name = protocol::topicName(topic);
    pub->send(zmq::buffer(name.data(), name.size()), zmq::send_flags::sndmore);
    pub->send(zmq::buffer(buffer), zmq::send_flags::none);
}

void SimulatorServer::Impl::publishTelemetry()
{
    const std::int64_t wall = protocol::wallClockUs();
    if (topologyRequested || wall - lastTopologyWallUs >= kTopologyEveryUs) {
        if (topology.agent_names_size() == 0)
            sim->fillTopology(topology);
        publish(Topic::Topo, topology);
        topologyRequested = false;
        lastTopologyWallUs = wall;
    }
    sim->fillTick(tick);
    if (sim->dropTelemetryNow()) {
        // A dropped sample still takes its sequence number: subscribers see the hole.
        ++sequence[static_cast<std::size_t>(Topic::Tick)];
        ++ticksDropped;
    } else {
        publish(Topic::Tick, tick);
        ++ticksPublished;
    }
    sim->fillPools(pools);
    publish(Topic::Pool, pools);
    for (auto& event : sim->takeEvents())
        publish(Topic::Event, event);
}

void SimulatorServer::Impl::serveControl(int timeoutMs)
{
    zmq::pollitem_t item{router->handle(), 0, ZMQ_POLLIN, 0};
    zmq::poll(&item, 1, std::chrono::milliseconds(timeoutMs));
    if (!(item.revents & ZMQ_POLLIN))
        return;
    zmq::message_t identity, payload, extra;
    while (router->recv(identity, zmq::recv_flags::dontwait)) {
        if (!identity.more())
            continue;
        (void)router->recv(payload);
        bool more = payload.more();
        const bool delimited = payload.size() == 0 && more;   // REQ: [identity, "", request]
        if (delimited) {
            (void)router->recv(payload);
            more = payload.more();
        }
        while (more) {   // a well-formed request is one frame; drop the rest
            (void)router->recv(extra);
            more = extra.more();
        }
        handleCommand(identity, payload, delimited);
    }
}

void SimulatorServer::Impl::reply(const zmq::message_t& identity, bool delimited, const std::string& bytes)
{
    router->send(zmq::buffer(identity.data(), identity.size()), zmq::send_flags::sndmore);
    if (delimited)
        router->send(zmq::message_t(), zmq::send_flags::sndmore);
    router->send(zmq::buffer(bytes), zmq::send_flags::none);
}

std::optional<security::KeyRole> SimulatorServer::Impl::senderRole(const zmq::message_t& payload) const
{
    if (!options.serverKeys)
        return security::KeyRole::Operator;   // plaintext: whoever reaches the port (--insecure-control)
    const char* userId = zmq_msg_gets(payload.handle(), "User-Id");
    return userId ? security::roleOfUserId(userId) : std::nullopt;
}

void SimulatorServer::Impl::handleCommand(const zmq::message_t& identity, const zmq::message_t& payload, bool delimited)
{
    ++commandsHandled;
    const ControlHandler::Outcome out = control->handle(payload.data(), payload.size(), senderRole(payload),
                                                        {options.publisherId, epoch, owner->m_speed.load()});
    reply(identity, delimited, out.reply);
    topologyRequested = topologyRequested || out.topologyRequested;
    if (out.refusedRole) {
        ++commandsRefused;
        if (const std::int64_t now = protocol::wallClockUs(); now - lastRefusalLogUs >= 1'000'000) {
            const char* userId = zmq_msg_gets(payload.handle(), "User-Id");
            qCWarning(lcSimServer, "refused apply_config from %s (observer key)", userId ? userId : "?");
            lastRefusalLogUs = now;
        }
    }
    if (out.applied)
        updateStatus(false);
}

void SimulatorServer::Impl::run()
{
    const auto interval = static_cast<std::int64_t>(sim->scenario().tickIntervalMs * 1000.0);
    const std::int64_t endUs = options.durationS > 0 ? static_cast<std::int64_t>(options.durationS * 1e6) : 0;
    std::int64_t next = sim->nowUs() + interval;
    double speed = owner->m_speed.load();
    std::int64_t wallBase = steadyUs();
    std::int64_t simBase = sim->nowUs();
    bool finished = false;
    try {
        while (!stopping.load(std::memory_order_relaxed)) {
            if (finished) {
                serveControl(kMaxControlPollMs);   // keep answering after the run ends
                continue;
            }
            if (const double s = owner->m_speed.load(); s != speed) {
                speed = s;
                wallBase = steadyUs();
                simBase = sim->nowUs();
            }
            if (speed > 0) {
                const auto due = wallBase + static_cast<std::int64_t>(static_cast<double>(next - simBase) / speed);
                for (std::int64_t left = due - steadyUs(); left > 0 && !stopping; left = due - steadyUs())
                    serveControl(static_cast<int>(std::min<std::int64_t>(left / 1000 + 1, kMaxControlPollMs)));
            } else {
                serveControl(0);
            }
            sim->advanceTo(next);
            publishTelemetry();
            next += interval;
            finished = endUs > 0 && next > endUs;
            updateStatus(finished);
        }
    } catch (const zmq::error_t& e) {
        qCCritical(lcSimServer, "simulator server stopped: %s", e.what());
    }
    updateStatus(true);
}

} // namespace omega::sim
