#pragma once
// What the orchestrator does with one control request (docs/protocol.md §7.4): parse, the command
// id rules and the reply memory, roles, then the command on the simulator. No socket: the server
// hands it the request's bytes and the sender's role, tests and the fuzzer call it directly.

#include "security/authorized_keys.h"
#include "sim/fleet_simulator.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

namespace omega::sim {

class ControlHandler {
public:
    static constexpr std::size_t kRememberedReplies = 1024;   // for idempotent repeated command ids
    static constexpr std::size_t kMaxCommandIdBytes = 128;    // so the memory holds at most ~1024 × 1.5 KB

    struct Header {                 // what the reply's header says about the server
        std::string publisherId;
        std::uint64_t epoch = 0;
        double speed = 1.0;         // simulated seconds per wall second (GetScenario)
    };
    struct Outcome {
        std::string reply;          // the serialized ControlReply
        bool resent = false;        // the first reply to this id again: nothing was done
        bool applied = false;       // an ApplyConfig took effect
        bool topologyRequested = false;
        bool refusedRole = false;   // an observer's key asked to apply
    };

    explicit ControlHandler(FleetSimulator& sim) : m_sim(sim) {}

    // `role`: the sender's, from the ZAP handler (operator when control is plaintext).
    Outcome handle(const void* request, std::size_t size, std::optional<security::KeyRole> role, const Header& header);

private:
    struct Remembered {
        std::size_t request = 0;   // hash of the request: a repeated id is answered only for the same one
        std::string reply;
    };
    FleetSimulator& m_sim;
    std::unordered_map<std::string, Remembered> m_replies;
    std::deque<std::string> m_order;
};

} // namespace omega::sim
