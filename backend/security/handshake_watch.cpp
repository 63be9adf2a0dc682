#include "security/handshake_watch.h"

#include <QCoreApplication>
#include <zmq.hpp>

#include <atomic>
#include <cstring>
#include <string>

namespace omega::security {

namespace {
std::atomic<unsigned> g_nextWatch{0};
constexpr int kWatched = ZMQ_EVENT_HANDSHAKE_SUCCEEDED | ZMQ_EVENT_HANDSHAKE_FAILED_AUTH
                       | ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL | ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL;
} // namespace

HandshakeWatch::HandshakeWatch(zmq::context_t& context, zmq::socket_t& socket)
{
    const std::string address = "inproc://omega-handshake-" + std::to_string(++g_nextWatch);
    if (zmq_socket_monitor(socket.handle(), address.c_str(), kWatched) != 0)
        return;   // no diagnosis then; the caller still reports the timeout
    m_events = std::make_unique<zmq::socket_t>(context, zmq::socket_type::pair);
    m_events->set(zmq::sockopt::linger, 0);
    m_events->connect(address);
}

HandshakeWatch::~HandshakeWatch() = default;

QString HandshakeWatch::failure()
{
    if (!m_events)
        return m_failure;
    zmq::message_t head, address;
    while (m_events->recv(head, zmq::recv_flags::dontwait)) {
        if (head.more())
            (void)m_events->recv(address);
        if (head.size() < 6)
            continue;
        std::uint16_t event = 0;
        std::uint32_t value = 0;
        std::memcpy(&event, head.data(), sizeof event);
        std::memcpy(&value, static_cast<const char*>(head.data()) + 2, sizeof value);
        switch (event) {
        case ZMQ_EVENT_HANDSHAKE_SUCCEEDED: m_failure.clear(); break;
        case ZMQ_EVENT_HANDSHAKE_FAILED_AUTH:
            m_failure = QCoreApplication::translate("omega::security", "the server refused this key (ZAP status %1): ask its operator to add our public key "
                           "to its authorized keys").arg(value);
            break;
        default:
            m_failure = QCoreApplication::translate("omega::security", "the secure handshake failed: wrong server public key, or the server does not use CURVE");
            break;
        }
    }
    return m_failure;
}

} // namespace omega::security
