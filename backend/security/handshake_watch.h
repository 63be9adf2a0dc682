#pragma once
// Watches the handshakes of one client socket (zmq_socket_monitor), so that "no reply" can say
// why: the server refused our key, or the CURVE handshake failed (wrong server key, or a server
// that does not speak CURVE). Owned by the thread that owns the socket.

#include <QString>
#include <memory>

namespace zmq { class context_t; class socket_t; }

namespace omega::security {

class HandshakeWatch {
public:
    // Call before the socket connects.
    HandshakeWatch(zmq::context_t& context, zmq::socket_t& socket);
    ~HandshakeWatch();
    HandshakeWatch(const HandshakeWatch&) = delete;
    HandshakeWatch& operator=(const HandshakeWatch&) = delete;

    // Reads the events so far. The reason of the last failed handshake, or empty when the last
    // one succeeded (or none has ended yet).
    QString failure();

private:
    std::unique_ptr<zmq::socket_t> m_events;
    QString m_failure;
};

} // namespace omega::security
