#include "security/zap_authenticator.h"

#include "protocol/codec.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <zmq.hpp>

#include <array>
#include <vector>

Q_LOGGING_CATEGORY(lcZap, "omega.security")

namespace omega::security {

namespace {
constexpr auto kZapEndpoint = "inproc://zeromq.zap.01";
constexpr int kPollMs = 50;
constexpr std::int64_t kLogEveryUs = 1'000'000;   // a client retrying every 100 ms must not flood the log
constexpr std::size_t kCurveKeyBytes = 32;

std::string z85(const zmq::message_t& raw)
{
    std::array<char, 41> text{};
    if (raw.size() != kCurveKeyBytes || !zmq_z85_encode(text.data(), static_cast<const std::uint8_t*>(raw.data()), kCurveKeyBytes))
        return {};
    return std::string(text.data());
}
} // namespace

ZapAuthenticator::ZapAuthenticator(zmq::context_t& context, AuthorizedKeys keys) : m_context(context), m_keys(std::move(keys)) {}

ZapAuthenticator::~ZapAuthenticator() { stop(); }

bool ZapAuthenticator::start(QString* error)
{
    if (m_thread.joinable())
        return true;
    try {
        m_socket = std::make_unique<zmq::socket_t>(m_context, zmq::socket_type::rep);
        m_socket->set(zmq::sockopt::linger, 0);
        m_socket->bind(kZapEndpoint);
    } catch (const zmq::error_t& e) {
        m_socket.reset();
        if (error)
            *error = QCoreApplication::translate("omega::security", "cannot start the key check (ZAP handler): %1")
                         .arg(QString::fromUtf8(e.what()));
        return false;
    }
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void ZapAuthenticator::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_socket.reset();
}

std::string ZapAuthenticator::lastRefused() const
{
    std::lock_guard lock(m_mutex);
    return m_lastRefused;
}

void ZapAuthenticator::run()
{
    zmq::socket_t& socket = *m_socket;
    std::int64_t lastLogUs = 0;
    std::uint64_t unlogged = 0;
    try {
        while (!m_stop.load(std::memory_order_relaxed)) {
            zmq::pollitem_t item{socket.handle(), 0, ZMQ_POLLIN, 0};
            zmq::poll(&item, 1, std::chrono::milliseconds(kPollMs));
            if (!(item.revents & ZMQ_POLLIN))
                continue;
            std::vector<zmq::message_t> frames;
            do {
                frames.emplace_back();
                (void)socket.recv(frames.back());
            } while (frames.back().more());
            // version, request id, domain, address, routing id, mechanism, credentials…
            const auto text = [&](std::size_t i) { return i < frames.size() ? frames[i].to_string() : std::string(); };
            const std::string mechanism = text(5);
            std::string status = "400", statusText = "unknown mechanism", userId;
            if (text(0) != "1.0") {
                statusText = "unsupported ZAP version";
            } else if (mechanism == "NULL") {
                // Plaintext sockets in this context (chosen explicitly with --insecure-control) pass.
                status = "200";
                statusText = "OK";
            } else if (mechanism == "CURVE" && frames.size() >= 7) {
                const std::string key = z85(frames[6]);
                if (const auto granted = m_keys.find(key)) {
                    status = "200";
                    statusText = "OK";
                    userId = userIdFor(*granted);
                    ++m_accepted;
                } else {
                    statusText = "key not authorised";
                    ++m_refused;
                    const std::string who = key + " from " + text(3);
                    {
                        std::lock_guard lock(m_mutex);
                        m_lastRefused = who;
                    }
                    const std::int64_t now = protocol::wallClockUs();
                    if (now - lastLogUs >= kLogEveryUs) {
                        qCWarning(lcZap, "refused CURVE client key %s (not in the authorized keys)%s", who.c_str(),
                                  unlogged ? qPrintable(QStringLiteral("; %1 more refusals not logged").arg(unlogged)) : "");
                        lastLogUs = now;
                        unlogged = 0;
                    } else {
                        ++unlogged;
                    }
                }
            }
            const std::array<std::string, 6> reply{"1.0", text(1), status, statusText, userId, std::string()};
            for (std::size_t i = 0; i < reply.size(); ++i)
                socket.send(zmq::buffer(reply[i]), i + 1 < reply.size() ? zmq::send_flags::sndmore : zmq::send_flags::none);
        }
    } catch (const zmq::error_t& e) {
        qCCritical(lcZap, "key check (ZAP handler) stopped: %s; new connections will be refused", e.what());
    }
}

} // namespace omega::security
