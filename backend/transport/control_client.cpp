#include "transport/control_client.h"

#include "protocol/codec.h"
#include "security/handshake_watch.h"

#include <zmq.hpp>

namespace omega::transport {

ControlClient::ControlClient(std::string endpoint, zmq::context_t* context, security::CurveClient curve)
    : m_endpoint(std::move(endpoint))
{
    if (!context) {
        m_ownContext = std::make_unique<zmq::context_t>(1);
        context = m_ownContext.get();
    }
    m_socket = std::make_unique<zmq::socket_t>(*context, zmq::socket_type::dealer);
    m_socket->set(zmq::sockopt::linger, 0);
    m_socket->set(zmq::sockopt::maxmsgsize, kMaxControlReplyBytes);   // a larger reply drops the peer
    security::applyCurveClient(*m_socket, curve);
    if (curve.enabled())
        m_watch = std::make_unique<security::HandshakeWatch>(*context, *m_socket);
    m_socket->connect(m_endpoint);
}

ControlClient::~ControlClient()
{
    m_watch.reset();
    m_socket.reset();   // before the context it belongs to
}

std::optional<omega::v1::ControlReply> ControlClient::call(omega::v1::ControlRequest request, int timeoutMs,
                                                           int attempts, QString* error)
{
    request.set_protocol_version(protocol::kProtocolVersion);
    if (request.command_id().empty())
        request.set_command_id("wb-" + std::to_string(protocol::wallClockUs()) + "-" + std::to_string(++m_nextId));
    std::string bytes;
    request.SerializeToString(&bytes);
    zmq::message_t reply;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (!m_socket->send(zmq::buffer(bytes), zmq::send_flags::dontwait))
            continue;
        const auto deadline = protocol::wallClockUs() + std::int64_t{timeoutMs} * 1000;
        while (true) {
            const auto left = (deadline - protocol::wallClockUs()) / 1000;
            if (left <= 0)
                break;
            zmq::pollitem_t item{m_socket->handle(), 0, ZMQ_POLLIN, 0};
            zmq::poll(&item, 1, std::chrono::milliseconds(left));
            if (!(item.revents & ZMQ_POLLIN))
                continue;
            if (!m_socket->recv(reply, zmq::recv_flags::dontwait))
                continue;
            omega::v1::ControlReply parsed;
            if (!parsed.ParseFromArray(reply.data(), static_cast<int>(reply.size())))
                continue;   // garbage on the control channel: keep waiting for ours
            if (parsed.command_id() != request.command_id())
                continue;   // a late reply to an earlier attempt or command
            if (error && !parsed.ok())
                *error = QString::fromStdString(parsed.error());
            return parsed;
        }
    }
    if (error) {
        *error = QStringLiteral("no reply from %1 after %2 attempts").arg(QString::fromStdString(m_endpoint)).arg(attempts);
        if (const QString why = m_watch ? m_watch->failure() : QString(); !why.isEmpty())
            *error += QStringLiteral(": ") + why;
    }
    return std::nullopt;
}

std::optional<omega::v1::ControlReply> ControlClient::getConfig(QString* error)
{
    omega::v1::ControlRequest req;
    req.mutable_get_config();
    return call(req, 1000, 3, error);
}

std::optional<omega::v1::ControlReply> ControlClient::getScenario(QString* error)
{
    omega::v1::ControlRequest req;
    req.mutable_get_scenario();
    return call(req, 1000, 3, error);
}

std::optional<omega::v1::ControlReply> ControlClient::applyConfig(const omega::v1::Config& change,
                                                                  std::uint64_t expectedVersion, QString* error)
{
    omega::v1::ControlRequest req;
    auto* apply = req.mutable_apply_config();
    apply->set_expected_version(expectedVersion);
    *apply->mutable_change() = change;
    return call(req, 1000, 3, error);
}

} // namespace omega::transport
