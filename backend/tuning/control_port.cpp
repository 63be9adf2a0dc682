#include "tuning/control_port.h"

namespace omega::tuning {

ControlPort::ControlPort(std::string endpoint, int timeoutMs, int attempts, security::CurveClient curve)
    : m_client(std::move(endpoint), nullptr, std::move(curve)), m_timeoutMs(timeoutMs), m_attempts(attempts)
{
}

std::optional<ApplyReply> ControlPort::apply(const model::KnobSettings& to, std::uint64_t expectedVersion,
                                             const std::string& commandId, QString* error)
{
    omega::v1::ControlRequest req;
    req.set_command_id(commandId);
    auto* apply = req.mutable_apply_config();
    apply->set_expected_version(expectedVersion);
    auto* c = apply->mutable_change();
    c->set_local_limit(to.localLimit);
    c->set_cloud_limit(to.cloudLimit);
    c->set_cloud_batch(to.cloudBatch);
    c->set_bulk_local_share(static_cast<float>(to.bulkLocalShare));
    QString err;
    const auto reply = m_client.call(req, m_timeoutMs, m_attempts, &err);
    if (!reply) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    ApplyReply out;
    out.ok = reply->ok();
    out.error = QString::fromStdString(reply->error());
    out.simTimeUs = reply->header().sim_time_us();
    const auto& cfg = reply->config();
    out.config = model::KnobSettings{cfg.version(), cfg.local_limit(), cfg.cloud_limit(), cfg.cloud_batch(),
                                     cfg.bulk_local_share(), true};
    return out;
}

} // namespace omega::tuning
