#pragma once
// DEALER side of the control channel. Synchronous request/reply with a timeout and retries that
// reuse the command id (the orchestrator answers a repeated id without applying it twice).
// Owned and used by one thread.

#include "protocol/telemetry.pb.h"
#include "security/curve_keys.h"

#include <QString>
#include <memory>
#include <optional>
#include <string>

namespace zmq { class context_t; class socket_t; }
namespace omega::security { class HandshakeWatch; }

namespace omega::transport {

// ZMQ_MAXMSGSIZE of every control DEALER (docs/protocol.md §2, "Limits"): a reply carries a config,
// a scenario summary and an error line, far below this; a larger one makes libzmq drop the peer.
inline constexpr std::int64_t kMaxControlReplyBytes = std::int64_t{1} << 20;

class ControlClient {
public:
    // With `curve` enabled the channel is CURVE-encrypted and the server checks our key.
    explicit ControlClient(std::string endpoint, zmq::context_t* context = nullptr, security::CurveClient curve = {});
    ~ControlClient();
    ControlClient(const ControlClient&) = delete;
    ControlClient& operator=(const ControlClient&) = delete;

    // Fills protocol_version and, when empty, command_id. Returns the reply or nothing with *error set.
    std::optional<omega::v1::ControlReply> call(omega::v1::ControlRequest request, int timeoutMs = 1000,
                                                int attempts = 3, QString* error = nullptr);

    std::optional<omega::v1::ControlReply> getConfig(QString* error = nullptr);
    std::optional<omega::v1::ControlReply> getScenario(QString* error = nullptr);
    std::optional<omega::v1::ControlReply> applyConfig(const omega::v1::Config& change, std::uint64_t expectedVersion,
                                                       QString* error = nullptr);

private:
    std::string m_endpoint;
    std::unique_ptr<zmq::context_t> m_ownContext;
    std::unique_ptr<zmq::socket_t> m_socket;
    std::unique_ptr<security::HandshakeWatch> m_watch;   // says why there is no reply, when it knows
    std::uint64_t m_nextId = 0;
};

} // namespace omega::transport
