#pragma once
// The ZAP handler (ZeroMQ RFC 27) of one ZeroMQ context: a thread answering libzmq's
// authentication requests at inproc://zeromq.zap.01 from an AuthorizedKeys list. Without it a
// CURVE server encrypts but accepts any client key. Refusals are logged (rate-limited) and counted.

#include "security/authorized_keys.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace zmq { class context_t; class socket_t; }

namespace omega::security {

class ZapAuthenticator {
public:
    ZapAuthenticator(zmq::context_t& context, AuthorizedKeys keys);
    ~ZapAuthenticator();
    ZapAuthenticator(const ZapAuthenticator&) = delete;
    ZapAuthenticator& operator=(const ZapAuthenticator&) = delete;

    // Binds the handler before returning, so no handshake can slip past it. False with *error if
    // the context already has a handler.
    bool start(QString* error);
    void stop();

    std::uint64_t accepted() const { return m_accepted.load(); }
    std::uint64_t refused() const { return m_refused.load(); }
    // "KEY from ADDRESS" of the last refused client, for status lines.
    std::string lastRefused() const;

private:
    void run();

    zmq::context_t& m_context;
    AuthorizedKeys m_keys;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<std::uint64_t> m_accepted{0}, m_refused{0};
    mutable std::mutex m_mutex;
    std::string m_lastRefused;
    std::unique_ptr<zmq::socket_t> m_socket;   // bound in start(), then used by the thread only
};

} // namespace omega::security
