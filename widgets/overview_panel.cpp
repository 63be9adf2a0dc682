#include "widgets/overview_panel.h"

#include "protocol/codec_types.h"
#include "widgets/stat_tile.h"

#include <QGridLayout>
#include <QLocale>

namespace omega::widgets {

namespace {
constexpr int kColumns = 5;
QString number(double v, int decimals = 1) { return QLocale().toString(v, 'f', decimals); }
QString count(std::uint64_t v) { return QLocale().toString(static_cast<qulonglong>(v)); }
} // namespace

OverviewPanel::OverviewPanel(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setSpacing(6);
    grid->setContentsMargins(6, 6, 6, 6);
    addTile(QStringLiteral("link"), tr("Connection"), tr("State of the telemetry feed"));
    addTile(QStringLiteral("agents"), tr("Agents seen"), tr("Agents in the current topology"));
    addTile(QStringLiteral("samplesPerS"), tr("Agent samples/s"), tr("Agent samples decoded into the model per second"));
    addTile(QStringLiteral("throughput"), tr("Fleet throughput"), tr("Completed tasks per second, last second"));
    addTile(QStringLiteral("latency"), tr("Task latency p50 / p99"), tr("End-to-end latency of recently completed tasks"));
    addTile(QStringLiteral("inFlight"), tr("Tasks in flight"), tr("Admitted and not yet completed or failed"));
    addTile(QStringLiteral("agentStates"), tr("Busy / waiting / failed"), tr("Agents by state in the last sample"));
    addTile(QStringLiteral("gaps"), tr("Gaps"), tr("Telemetry messages lost (sequence holes), duplicates and publisher restarts"));
    addTile(QStringLiteral("config"), tr("Config version"), tr("Orchestrator configuration in force"));
    addTile(QStringLiteral("rejected"), tr("Rejected messages"),
            tr("Telemetry messages refused by the protocol rules, per reason (docs/protocol.md §2)"));
}

QString OverviewPanel::reasonName(int reason)
{
    switch (static_cast<protocol::DecodeError>(reason)) {
    case protocol::DecodeError::None: break;
    case protocol::DecodeError::BadFraming: return tr("bad framing");
    case protocol::DecodeError::UnknownTopic: return tr("unknown topic");
    case protocol::DecodeError::Unparsable: return tr("unparsable");
    case protocol::DecodeError::WrongVersion: return tr("wrong version");
    case protocol::DecodeError::Inconsistent: return tr("inconsistent");
    case protocol::DecodeError::NonFinite: return tr("non-finite");
    case protocol::DecodeError::OutOfRange: return tr("out of range");
    case protocol::DecodeError::TooLarge: return tr("too large");
    case protocol::DecodeError::DuplicateName: return tr("duplicate name");
    }
    return QString();
}

StatTile* OverviewPanel::addTile(const QString& objectName, const QString& caption, const QString& toolTip)
{
    auto* grid = static_cast<QGridLayout*>(layout());
    auto* t = new StatTile(caption, toolTip, this);
    t->setObjectName(objectName);
    const int index = grid->count();
    grid->addWidget(t, index / kColumns, index % kColumns);
    return t;
}

StatTile* OverviewPanel::tile(const QString& objectName) const
{
    return findChild<StatTile*>(objectName);
}

void OverviewPanel::setLinkState(const QString& text)
{
    tile(QStringLiteral("link"))->setValue(text);
}

void OverviewPanel::markRatesStale()
{
    tile(QStringLiteral("samplesPerS"))->setValue(QStringLiteral("–"));
}

void OverviewPanel::setSnapshot(const model::SnapshotPtr& snapshot)
{
    if (!snapshot)
        return;
    const model::FleetSnapshot& s = *snapshot;
    const auto& st = s.stats;
    const auto& f = s.totals;
    tile(QStringLiteral("agents"))->setValue(s.topology ? tr("%1 in %2 koshas, %3 teams")
                                                              .arg(count(static_cast<std::uint64_t>(s.topology->agentCount())))
                                                              .arg(s.topology->domainCount() + s.topology->primeCount())
                                                              .arg(s.topology->teamCount())
                                                        : tr("waiting for topology"));
    // No rate before a whole second was counted (a 0 there would claim a measurement).
    tile(QStringLiteral("samplesPerS"))->setValue(st.ratesMeasured ? number(st.agentSamplesPerS, 0) : QStringLiteral("–"));
    tile(QStringLiteral("gaps"))->setValue(tr("%1 lost · %2 dup · %3 restarts")
                                               .arg(count(st.sequence.missedMessages))
                                               .arg(count(st.sequence.duplicates))
                                               .arg(count(st.sequence.restarts)));
    tile(QStringLiteral("throughput"))->setValue(tr("%1 tasks/s").arg(number(f.tasksPerS)));
    tile(QStringLiteral("latency"))->setValue(tr("%1 / %2 ms").arg(number(f.taskLatencyP50Ms, 0), number(f.taskLatencyP99Ms, 0)));
    tile(QStringLiteral("inFlight"))->setValue(count(f.tasksInFlight));
    tile(QStringLiteral("agentStates"))->setValue(QStringLiteral("%1 / %2 / %3").arg(f.busyAgents).arg(f.waitingAgents).arg(f.failedAgents));
    tile(QStringLiteral("config"))->setValue(QStringLiteral("v%1").arg(s.configVersion));
    // Which rule a publisher broke, not only how often: "2 non-finite · 1 too large".
    QStringList reasons;
    for (int i = 1; i < protocol::kDecodeErrorCount; ++i)
        if (const std::uint64_t n = st.rejected[static_cast<std::size_t>(i)])
            reasons << tr("%1 %2").arg(count(n), reasonName(i));
    StatTile* rejected = tile(QStringLiteral("rejected"));
    rejected->setValue(reasons.isEmpty() ? tr("none") : reasons.join(QStringLiteral(" · ")));
    rejected->setToolTip(st.lastRejection.empty()
                             ? tr("Telemetry messages refused by the protocol rules, per reason (docs/protocol.md §2)")
                             : tr("%1 refused in all. Last: %2").arg(count(st.rejectedTotal), QString::fromStdString(st.lastRejection)));
}

} // namespace omega::widgets
