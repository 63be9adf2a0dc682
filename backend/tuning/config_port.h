#pragma once
// Where the tuning controller sends a change: the orchestrator's control channel in the product
// (control_port.h), a simulator in-process in deterministic tests. One owner thread.

#include "model/fleet_state.h"

#include <QString>
#include <optional>
#include <string>

namespace omega::tuning {

struct ApplyReply {
    bool ok = false;
    QString error;                 // the publisher's refusal, when !ok
    model::KnobSettings config;    // in force after the command (version included)
    std::int64_t simTimeUs = 0;    // the publisher's clock when it answered (0: not reported)
};

class ConfigPort {
public:
    virtual ~ConfigPort() = default;
    // Applies every knob of `to` if `expectedVersion` is in force. The same commandId sent again
    // must be answered without applying twice. Nothing on timeout (with *error set).
    virtual std::optional<ApplyReply> apply(const model::KnobSettings& to, std::uint64_t expectedVersion,
                                            const std::string& commandId, QString* error) = 0;
};

} // namespace omega::tuning
