#include "sim/control_handler.h"

#include "protocol/codec.h"

#include <functional>
#include <string_view>

namespace omega::sim {

namespace {
void toProto(const KnobConfig& k, omega::v1::Config& out)
{
    out.set_version(k.version);
    out.set_local_limit(k.localLimit);
    out.set_cloud_limit(k.cloudLimit);
    out.set_cloud_batch(k.cloudBatch);
    out.set_bulk_local_share(static_cast<float>(k.bulkLocalShare));
}

bool changesSomething(const omega::v1::Config& c)
{
    return c.has_local_limit() || c.has_cloud_limit() || c.has_cloud_batch() || c.has_bulk_local_share();
}
} // namespace

ControlHandler::Outcome ControlHandler::handle(const void* data, std::size_t size, std::optional<security::KeyRole> role,
                                               const Header& header)
{
    Outcome out;
    omega::v1::ControlRequest req;
    const bool parsed = size <= static_cast<std::size_t>(INT32_MAX) && req.ParseFromArray(data, static_cast<int>(size));
    const std::size_t request = std::hash<std::string_view>{}(std::string_view(static_cast<const char*>(data), size));
    const bool rememberable = parsed && !req.command_id().empty() && req.command_id().size() <= kMaxCommandIdBytes;
    bool reused = false;
    if (rememberable) {
        if (auto it = m_replies.find(req.command_id()); it != m_replies.end()) {
            if (it->second.request == request) {   // a resend: the first answer again, nothing applied twice
                out.reply = it->second.reply;
                out.resent = true;
                return out;
            }
            reused = true;
        }
    }
    omega::v1::ControlReply answer;
    // Echoed only from a request that parsed: a broken one can hold half an id that is not even
    // UTF-8, which would make the reply itself unparsable for the client.
    if (parsed)
        answer.set_command_id(req.command_id());   // bounded by the request size limit
    const bool apply = req.body_case() == omega::v1::ControlRequest::kApplyConfig;
    QString error;
    bool ok = false;
    if (!parsed) {
        error = QStringLiteral("request is not an omega.v1.ControlRequest");
    } else if (req.command_id().empty()) {
        error = QStringLiteral("command_id is empty: every command needs a unique id");
    } else if (req.command_id().size() > kMaxCommandIdBytes) {
        error = QStringLiteral("command_id is longer than %1 bytes").arg(kMaxCommandIdBytes);
    } else if (reused) {
        error = QStringLiteral("command_id was already used for another request");
    } else if (apply && !req.apply_config().has_change()) {
        error = QStringLiteral("apply_config carries no change");
    } else if (apply && !changesSomething(req.apply_config().change())) {
        error = QStringLiteral("apply_config changes nothing");
    } else if (apply && role != security::KeyRole::Operator) {
        error = QStringLiteral("not authorised: this key may only read (observer); applying a change needs an operator key");
        out.refusedRole = true;
    } else if (req.protocol_version() != protocol::kProtocolVersion) {
        error = QStringLiteral("unsupported protocol version %1 (this orchestrator speaks %2)")
                    .arg(req.protocol_version())
                    .arg(protocol::kProtocolVersion);
    } else {
        ok = true;
        switch (req.body_case()) {
        case omega::v1::ControlRequest::kGetConfig: break;
        case omega::v1::ControlRequest::kApplyConfig:
            ok = m_sim.applyConfig(req.apply_config().change(), req.apply_config().expected_version(), &error);
            out.applied = ok;
            break;
        case omega::v1::ControlRequest::kRequestTopology: out.topologyRequested = true; break;
        case omega::v1::ControlRequest::kGetScenario: {
            auto* info = answer.mutable_scenario();
            info->set_name(m_sim.scenario().name.toStdString());
            info->set_seed(m_sim.scenario().seed);
            info->set_bound_tasks_per_s(m_sim.theoreticalBoundTasksPerS());
            toProto(m_sim.boundConfig(), *info->mutable_bound_config());
            info->set_speed(header.speed);
            break;
        }
        case omega::v1::ControlRequest::BODY_NOT_SET:
            ok = false;
            error = QStringLiteral("request has no command");
            break;
        }
    }
    protocol::fillHeader(*answer.mutable_header(), header.publisherId, header.epoch, 0, protocol::wallClockUs(),
                         m_sim.nowUs(), m_sim.config().version);
    answer.set_ok(ok);
    if (!ok)
        answer.set_error(error.toStdString());
    toProto(m_sim.config(), *answer.mutable_config());
    answer.SerializeToString(&out.reply);
    if (rememberable && !reused) {
        m_replies.emplace(req.command_id(), Remembered{request, out.reply});
        m_order.push_back(req.command_id());
        if (m_order.size() > kRememberedReplies) {
            m_replies.erase(m_order.front());
            m_order.pop_front();
        }
    }
    return out;
}

} // namespace omega::sim
