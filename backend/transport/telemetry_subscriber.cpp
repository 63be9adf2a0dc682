#include "transport/telemetry_subscriber.h"

#include "model/ingest_pipeline.h"
#include "transport/control_client.h"
#include "protocol/codec.h"
#include "security/handshake_watch.h"

#include <QLoggingCategory>
#include <zmq.hpp>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSub, "omega.transport")

namespace omega::transport {

namespace {
constexpr int kPollMs = 20;
constexpr int kMaxBatch = 256;                 // messages drained per wake-up before idle work
constexpr std::int64_t kTopologyRequestEveryUs = 1'000'000;
} // namespace

const char* linkStateName(LinkState state)
{
    switch (state) {
    case LinkState::Stopped: return "stopped";
    case LinkState::Connecting: return "connecting";
    case LinkState::Live: return "live";
    case LinkState::Stale: return "stale";
    }
    return "?";
}

TelemetrySubscriber::TelemetrySubscriber(model::IngestPipeline& pipeline, Options options)
    : m_pipeline(pipeline), m_options(std::move(options))
{
    if (!m_options.context)
        m_ownContext = std::make_unique<zmq::context_t>(1);
}

TelemetrySubscriber::~TelemetrySubscriber()
{
    stop();
}

void TelemetrySubscriber::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_state = LinkState::Connecting;
    m_thread = std::thread([this] { run(); });
}

QString TelemetrySubscriber::securityProblem() const
{
    std::lock_guard lock(m_problemMutex);
    return m_securityProblem;
}

void TelemetrySubscriber::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_state = LinkState::Stopped;
}

namespace {
struct Sockets {
    std::unique_ptr<zmq::socket_t> sub;
    std::unique_ptr<zmq::socket_t> control;
    // Declared last: closed before the sockets they watch.
    std::unique_ptr<security::HandshakeWatch> subWatch, controlWatch;
};

Sockets openSockets(zmq::context_t& ctx, const TelemetrySubscriber::Options& options)
{
    Sockets s;
    s.sub = std::make_unique<zmq::socket_t>(ctx, zmq::socket_type::sub);
    zmq::socket_t& sub = *s.sub;
    sub.set(zmq::sockopt::linger, 0);
    sub.set(zmq::sockopt::rcvhwm, options.receiveHighWaterMark);
    sub.set(zmq::sockopt::maxmsgsize, static_cast<std::int64_t>(protocol::kMaxMessageBytes));
    sub.set(zmq::sockopt::reconnect_ivl, 100);
    sub.set(zmq::sockopt::reconnect_ivl_max, 2000);
    sub.set(zmq::sockopt::heartbeat_ivl, 1000);
    sub.set(zmq::sockopt::heartbeat_timeout, 3000);
    sub.set(zmq::sockopt::subscribe, "");   // everything: foreign topics are counted, not ignored
    if (options.curveTelemetry && options.curve.enabled()) {
        security::applyCurveClient(sub, options.curve);
        s.subWatch = std::make_unique<security::HandshakeWatch>(ctx, sub);
    }
    sub.connect(options.endpoint);
    if (!options.controlEndpoint.empty()) {
        s.control = std::make_unique<zmq::socket_t>(ctx, zmq::socket_type::dealer);
        s.control->set(zmq::sockopt::linger, 0);
        s.control->set(zmq::sockopt::sndhwm, 4);
        s.control->set(zmq::sockopt::maxmsgsize, kMaxControlReplyBytes);
        security::applyCurveClient(*s.control, options.curve);
        if (options.curve.enabled())
            s.controlWatch = std::make_unique<security::HandshakeWatch>(ctx, *s.control);
        s.control->connect(options.controlEndpoint);
    }
    return s;
}
} // namespace

void TelemetrySubscriber::run()
{
    zmq::context_t& ctx = m_options.context ? *m_options.context : *m_ownContext;
    try {
        Sockets sockets = openSockets(ctx, m_options);
        zmq::message_t topic, payload, extra;
        std::int64_t lastRequestUs = 0;
        std::int64_t lastWatchUs = 0;
        std::int64_t lastMessageUs = 0;
        std::int64_t openedUs = protocol::wallClockUs();
        std::int64_t lastValidUs = 0;       // when the pipeline last accepted a message from this link
        std::uint64_t acceptedSeen = 0;
        bool reportedSilence = false;
        std::uint64_t requestId = 0;
        std::string requestBytes;
        while (!m_stop.load(std::memory_order_relaxed)) {
            zmq::socket_t& sub = *sockets.sub;
            zmq::socket_t* control = sockets.control.get();
            zmq::pollitem_t items[2] = {{sub.handle(), 0, ZMQ_POLLIN, 0},
                                        {control ? control->handle() : nullptr, 0, ZMQ_POLLIN, 0}};
            zmq::poll(items, control ? 2 : 1, std::chrono::milliseconds(kPollMs));

            if (items[0].revents & ZMQ_POLLIN) {
                for (int n = 0; n < kMaxBatch; ++n) {
                    if (!sub.recv(topic, zmq::recv_flags::dontwait))
                        break;
                    std::size_t frames = 1;
                    bool more = topic.more();
                    if (more) {
                        (void)sub.recv(payload);
                        ++frames;
                        more = payload.more();
                    }
                    while (more) {
                        (void)sub.recv(extra);
                        ++frames;
                        more = extra.more();
                    }
                    const std::int64_t now = protocol::wallClockUs();
                    lastMessageUs = now;
                    // Live before the pipeline can publish a snapshot holding this message.
                    m_state = LinkState::Live;
                    if (frames != 2)
                        m_pipeline.ingestBadFraming(frames, now);
                    else
                        m_pipeline.ingest(std::string_view(topic.data<char>(), topic.size()), payload.data(),
                                          payload.size(), now);
                }
            }
            if (control && (items[1].revents & ZMQ_POLLIN)) {
                while (control->recv(extra, zmq::recv_flags::dontwait)) {
                    // Replies to topology requests carry nothing we need: the keyframe comes on `topo`.
                }
            }

            const std::int64_t now = protocol::wallClockUs();
            // The link state goes before the snapshot so no reader sees data from a "connecting" link.
            if (lastMessageUs == 0)
                m_state = LinkState::Connecting;
            else
                m_state = (now - lastMessageUs) <= std::int64_t{m_options.staleAfterMs} * 1000 ? LinkState::Live
                                                                                          : LinkState::Stale;
            m_pipeline.publishIfDue(now);
            if (lastMessageUs > std::max(lastValidUs, openedUs)) {
                // Valid = decoded and in sequence. Bytes that merely parse as ZeroMQ frames (a
                // foreign peer can produce those) keep nothing alive.
                std::uint64_t accepted = 0;
                if (const auto snap = m_pipeline.latest())
                    for (const auto n : snap->stats.messages)
                        accepted += n;
                if (accepted != acceptedSeen) {
                    acceptedSeen = accepted;
                    lastValidUs = now;
                }
            }
            if (now - std::max(lastValidUs, openedUs) > std::int64_t{m_options.recreateAfterMs} * 1000) {
                // Silence: whatever held the port may have left libzmq's pipe dead for good.
                if (!reportedSilence)
                    qCInfo(lcSub, "no valid telemetry from %s for %d ms: recreating the socket (and again every %d ms "
                                  "while it lasts)",
                           m_options.endpoint.c_str(), m_options.recreateAfterMs, m_options.recreateAfterMs);
                reportedSilence = true;
                sockets = Sockets{};   // close before reconnecting
                sockets = openSockets(ctx, m_options);
                openedUs = now;
                lastRequestUs = 0;
                m_recreations.fetch_add(1, std::memory_order_relaxed);
                continue;
            }
            if (lastValidUs > openedUs)
                reportedSilence = false;
            if ((sockets.subWatch || sockets.controlWatch) && now - lastWatchUs >= kTopologyRequestEveryUs) {
                lastWatchUs = now;
                QString problem = sockets.controlWatch ? sockets.controlWatch->failure() : QString();
                if (const QString sub = sockets.subWatch ? sockets.subWatch->failure() : QString(); !sub.isEmpty())
                    problem = sub;
                std::lock_guard lock(m_problemMutex);
                m_securityProblem = problem;
            }
            if (control && m_pipeline.waitingForTopology() && now - lastRequestUs >= kTopologyRequestEveryUs) {
                omega::v1::ControlRequest req;
                req.set_protocol_version(protocol::kProtocolVersion);
                req.set_command_id("topo-" + std::to_string(protocol::wallClockUs()) + "-" + std::to_string(++requestId));
                req.mutable_request_topology();
                req.SerializeToString(&requestBytes);
                // Non-blocking: if the orchestrator is not there yet, try again next second.
                if (control->send(zmq::buffer(requestBytes), zmq::send_flags::dontwait))
                    m_topologyRequests.fetch_add(1, std::memory_order_relaxed);
                lastRequestUs = now;
            }
        }
    } catch (const zmq::error_t& e) {
        qCCritical(lcSub, "telemetry subscriber stopped: %s (endpoint %s)", e.what(), m_options.endpoint.c_str());
    }
    m_state = LinkState::Stopped;
}

} // namespace omega::transport
