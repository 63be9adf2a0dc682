#pragma once
// ConfigPort over the ZeroMQ control channel (DEALER; see docs/protocol.md, "Control").

#include "transport/control_client.h"
#include "tuning/config_port.h"

namespace omega::tuning {

class ControlPort : public ConfigPort {
public:
    explicit ControlPort(std::string endpoint, int timeoutMs = 1000, int attempts = 3, security::CurveClient curve = {});
    std::optional<ApplyReply> apply(const model::KnobSettings& to, std::uint64_t expectedVersion,
                                    const std::string& commandId, QString* error) override;

private:
    transport::ControlClient m_client;
    int m_timeoutMs, m_attempts;
};

} // namespace omega::tuning
