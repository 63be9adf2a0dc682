#include "model/ingest_pipeline.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIngest, "omega.ingest")

namespace omega::model {

using protocol::DecodeError;
using protocol::Topic;

namespace {
constexpr std::size_t kMaxEvents = 200;
constexpr std::int64_t kRejectLogIntervalUs = 1'000'000;

// Group histories: teams and primes keep the raw level too; 363 domains x 6 metrics only the
// aggregated levels (about 40 MB), enough for a kosha x time view of the last hour. A level never
// takes more than kGroupLevelBudgetBytes: a wider fleet (the protocol allows 20,000 groups a level,
// which at these row counts would be ~10 GB from one topology message) keeps fewer rows per group.
constexpr std::size_t kGroupLevelBudgetBytes = std::size_t{64} << 20;

TableCapacity groupCapacity(ScopeKind level, int groups)
{
    TableCapacity c;
    if (level == ScopeKind::Domain)
        c.rows = {0, 600, 360, 240};
    else
        c.rows = {600, 900, 360, 240};
    std::size_t rows = 0;
    for (const int r : c.rows)
        rows += static_cast<std::size_t>(r);
    const std::size_t need = rows * static_cast<std::size_t>(std::max(groups, 1)) * kMetricCount * sizeof(Bucket);
    if (need > kGroupLevelBudgetBytes) {
        const double keep = static_cast<double>(kGroupLevelBudgetBytes) / static_cast<double>(need);
        for (int& r : c.rows)
            if (r > 0)
                r = std::max(2, static_cast<int>(r * keep));   // two buckets still make a line
    }
    return c;
}
} // namespace

struct IngestPipeline::Decoded {
    omega::v1::Topology topology;
    omega::v1::Tick tick;
    omega::v1::Pools pools;
    omega::v1::Event event;
};

QStringList IngestPipeline::fleetSeriesNames()
{
    return {QStringLiteral("tasks_per_s"), QStringLiteral("failed_tasks_per_s"), QStringLiteral("stages_per_s"),
            QStringLiteral("task_latency_p50_ms"), QStringLiteral("task_latency_p99_ms"),
            QStringLiteral("stage_latency_p99_ms"), QStringLiteral("tasks_in_flight"),
            QStringLiteral("queued_stages"), QStringLiteral("busy_agents"), QStringLiteral("mean_utilisation")};
}

IngestPipeline::IngestPipeline() : IngestPipeline(Options{}) {}

IngestPipeline::IngestPipeline(Options options)
    : m_msg(std::make_unique<Decoded>()),
      m_options(options),
      m_fleetTable(QStringLiteral("fleet"), fleetSeriesNames(), options.fleetCapacity),
      m_agentTable(QStringLiteral("agent"), [] {
          QStringList names;
          for (int m = 0; m < kMetricCount; ++m)
              names.append(QLatin1String(metricKey(static_cast<Metric>(m))));
          return names;
      }())
{
}

IngestPipeline::~IngestPipeline() = default;

void IngestPipeline::setSnapshotListener(SnapshotListener listener)
{
    m_listener = std::move(listener);
}

void IngestPipeline::ingest(std::string_view topicFrame, const void* payload, std::size_t size, std::int64_t recvWallUs)
{
    m_stats.bytes += size + topicFrame.size();
    m_stats.lastMessageWallUs = recvWallUs;
    ++m_rateMessages;
    switch (protocol::topicFromFrame(topicFrame)) {
    case Topic::Tick: onTick(payload, size, recvWallUs); break;
    case Topic::Pool: onPools(payload, size, recvWallUs); break;
    case Topic::Topo: onTopology(payload, size, recvWallUs); break;
    case Topic::Event: onEvent(payload, size, recvWallUs); break;
    case Topic::Unknown: reject(DecodeError::UnknownTopic, topicFrame); break;
    }
    updateRates(recvWallUs);
    publishIfDue(recvWallUs);
}

void IngestPipeline::ingestBadFraming(std::size_t frames, std::int64_t recvWallUs)
{
    m_stats.lastMessageWallUs = recvWallUs;
    reject(DecodeError::BadFraming, std::to_string(frames) + " frames");
}

void IngestPipeline::reject(DecodeError error, std::string_view topic)
{
    ++m_stats.rejected[static_cast<std::size_t>(error)];
    ++m_stats.rejectedTotal;
    m_stats.lastRejection = std::string(protocol::describe(error)) + " (" + std::string(topic.substr(0, 32)) + ")";
    m_dirty = true;
    // A misbehaving publisher must not flood the log: one line per second at most.
    const std::int64_t now = protocol::wallClockUs();
    if (now - m_lastRejectLogUs >= kRejectLogIntervalUs) {
        m_lastRejectLogUs = now;
        qCWarning(lcIngest, "rejected message: %s (total rejected %llu)", m_stats.lastRejection.c_str(),
                  static_cast<unsigned long long>(m_stats.rejectedTotal));
    }
}

bool IngestPipeline::checkSequence(Topic topic, const omega::v1::Header& h)
{
    const auto r = m_sequence.observe(topic, h.publisher_id(), h.epoch(), h.sequence());
    m_stats.sequence = m_sequence.counters();
    if (r.verdict == SequenceTracker::Verdict::Restart || m_stats.publisherId.empty()) {
        if (r.verdict == SequenceTracker::Verdict::Restart) {
            qCInfo(lcIngest, "publisher %s restarted (epoch %llu)", h.publisher_id().c_str(),
                   static_cast<unsigned long long>(h.epoch()));
            // A restarted publisher may describe another fleet: forget its hierarchy and counters
            // and wait for its next keyframe.
            m_fleet.setTopology(nullptr);
            m_waitingForTopology.store(true, std::memory_order_relaxed);
            {
                QMutexLocker lock(&m_storeMutex);   // its counters and clock start again
                m_operating.clear();
                ++m_operatingGeneration;
            }
            if (m_observer)
                m_observer->onRestart();
        }
        m_stats.publisherId = h.publisher_id();
        m_stats.epoch = h.epoch();
    }
    return r.accept();
}

void IngestPipeline::setFrameTap(FrameTap tap)
{
    auto shared = tap ? std::make_shared<FrameTap>(std::move(tap)) : nullptr;
    QMutexLocker lock(&m_tapMutex);
    m_tap = std::move(shared);
}

void IngestPipeline::record(Topic topic, std::int64_t recvWallUs, std::int64_t simUs, const void* data, std::size_t size)
{
    std::shared_ptr<FrameTap> tap;
    {
        QMutexLocker lock(&m_tapMutex);
        tap = m_tap;
    }
    if (tap)
        (*tap)(topic, recvWallUs, simUs, data, size);
}

void IngestPipeline::restart()
{
    if (m_observer)
        m_observer->onRestart();
    m_fleet.setTopology(nullptr);
    m_sequence = SequenceTracker{};
    m_stats.sequence = {};
    m_stats.publisherId.clear();
    m_events.clear();
    m_rollups = {};
    {
        QMutexLocker lock(&m_storeMutex);
        m_fleetTable.clear();
        m_agentTable.clear();
        m_operating.clear();
        ++m_operatingGeneration;
        for (auto& t : m_groupTables)
            if (t)
                t->clear();
    }
    m_waitingForTopology.store(true, std::memory_order_relaxed);
    m_dirty = true;
}

void IngestPipeline::onTopology(const void* data, std::size_t size, std::int64_t recvWallUs)
{
    auto& msg = m_msg->topology;
    if (const auto e = protocol::decodeTopology(data, size, msg); e != DecodeError::None)
        return reject(e, "topo");
    if (!checkSequence(Topic::Topo, msg.header()))
        return;
    record(Topic::Topo, recvWallUs, msg.header().sim_time_us(), data, size);
    ++m_stats.messages[static_cast<std::size_t>(Topic::Topo)];
    const auto& current = m_fleet.topology();
    if (!current || current->version != msg.topology_version()
        || current->agentCount() != msg.agent_names_size()) {
        m_fleet.setTopology(Topology::fromProto(msg));
        resetGroupTables(*m_fleet.topology());
        m_dirty = true;
    }
    m_waitingForTopology.store(false, std::memory_order_relaxed);
}

void IngestPipeline::onTick(const void* data, std::size_t size, std::int64_t recvWallUs)
{
    auto& tick = m_msg->tick;
    if (const auto e = protocol::decodeTick(data, size, tick); e != DecodeError::None)
        return reject(e, "tick");
    if (!checkSequence(Topic::Tick, tick.header()))
        return;
    record(Topic::Tick, recvWallUs, tick.header().sim_time_us(), data, size);
    ++m_stats.messages[static_cast<std::size_t>(Topic::Tick)];
    const auto& topo = m_fleet.topology();
    if (!topo || topo->version != tick.topology_version()
        || static_cast<std::uint32_t>(topo->agentCount()) != tick.agent_count()) {
        // Late joiner or hierarchy change: ticks are meaningless until the matching topo arrives.
        ++m_stats.ticksWithoutTopology;
        m_waitingForTopology.store(true, std::memory_order_relaxed);
        m_dirty = true;
        return;
    }
    m_fleet.applyTick(tick);
    ++m_stats.ticksApplied;
    m_stats.agentSamples += tick.agent_count();
    m_rateSamples += tick.agent_count();
    m_stats.lastLatencyMs = m_measureLatency ? static_cast<double>(recvWallUs - tick.header().wall_time_us()) / 1000.0 : 0.0;

    const FleetTotals& f = m_fleet.totals();
    const float row[static_cast<int>(FleetSeries::Count)] = {
        static_cast<float>(f.tasksPerS),        static_cast<float>(f.failedTasksPerS),
        static_cast<float>(f.stagesPerS),       static_cast<float>(f.taskLatencyP50Ms),
        static_cast<float>(f.taskLatencyP99Ms), static_cast<float>(f.stageLatencyP99Ms),
        static_cast<float>(f.tasksInFlight),    static_cast<float>(f.queuedStages),
        static_cast<float>(f.busyAgents),       static_cast<float>(f.meanUtilisation)};
    m_rollups = computeRollups(*topo, m_fleet.agents());
    if (m_observer)
        m_observer->onTick(m_fleet, m_rollups, tick.header().wall_time_us(), recvWallUs);
    {
        QMutexLocker lock(&m_storeMutex);
        m_fleetTable.append(m_fleet.simTimeUs(), row);
        appendGroupRows(m_fleet.simTimeUs());
        const int watched = m_watchRequest.load(std::memory_order_relaxed);
        if (watched != m_agentTableFor) {
            m_agentTable.clear();
            m_agentTableFor = watched;
        }
        if (watched >= 0 && static_cast<std::size_t>(watched) < m_fleet.agents().size()) {
            float agentRow[kMetricCount];
            for (int m = 0; m < kMetricCount; ++m)
                agentRow[m] = agentValue(m_fleet.agents(), static_cast<Metric>(m), static_cast<std::size_t>(watched));
            m_agentTable.append(m_fleet.simTimeUs(), agentRow);
        }
    }
    m_dirty = true;
}

void IngestPipeline::resetGroupTables(const Topology& topo)
{
    QMutexLocker lock(&m_storeMutex);
    const int counts[3] = {topo.teamCount(), topo.primeCount(), topo.domainCount()};
    for (int l = 0; l < 3; ++l) {
        if (m_groupTables[l] && m_groupTables[l]->columnCount() == counts[l] * kMetricCount) {
            m_groupTables[l]->clear();   // same shape (a replay seek): reuse the memory
            continue;
        }
        QStringList columns;
        columns.reserve(counts[l] * kMetricCount);
        for (int g = 0; g < counts[l]; ++g)
            for (int m = 0; m < kMetricCount; ++m)
                columns.append(QStringLiteral("%1.%2").arg(g).arg(QLatin1String(metricKey(static_cast<Metric>(m)))));
        m_groupTables[l] = std::make_unique<SeriesTable>(QStringLiteral("group%1").arg(l), columns,
                                                         groupCapacity(kGroupKinds[l], counts[l]));
    }
    m_rollups = {};
}

void IngestPipeline::appendGroupRows(std::int64_t simUs)
{
    for (int l = 0; l < 3; ++l) {
        const auto& groups = m_rollups.at(kGroupKinds[l]);
        SeriesTable* table = m_groupTables[l].get();
        if (!table || table->columnCount() != static_cast<int>(groups.size()) * kMetricCount)
            continue;
        m_groupRow.resize(static_cast<std::size_t>(table->columnCount()));
        std::size_t k = 0;
        for (const GroupStats& g : groups)
            for (int m = 0; m < kMetricCount; ++m)
                m_groupRow[k++] = groupValue(g, static_cast<Metric>(m));
        table->append(simUs, m_groupRow.data());
    }
}

const SeriesTable* IngestPipeline::groupTable(ScopeKind level) const
{
    const int i = groupLevelIndex(level);
    return i < 0 ? nullptr : m_groupTables[static_cast<std::size_t>(i)].get();
}

Resolution IngestPipeline::groupResolution(ScopeKind level, Resolution wanted) const
{
    // Which resolutions a level keeps is fixed per level (the budget shortens them, never drops
    // one): no lock needed.
    const TableCapacity capacity = groupCapacity(level, 1);
    for (int r = static_cast<int>(wanted); r < kResolutionCount; ++r)
        if (capacity.rows[static_cast<std::size_t>(r)] > 0)
            return static_cast<Resolution>(r);
    return wanted;
}

std::vector<SeriesPoint> IngestPipeline::groupSeries(ScopeKind level, int group, Metric metric, Resolution res,
                                                     std::int64_t fromUs, std::int64_t toUs) const
{
    QMutexLocker lock(&m_storeMutex);
    const SeriesTable* t = groupTable(level);
    if (!t || group < 0)
        return {};
    return t->query(group * kMetricCount + static_cast<int>(metric), res, fromUs, toUs);
}

std::vector<SeriesPoint> IngestPipeline::watchedAgentSeries(Metric metric, Resolution res, std::int64_t fromUs,
                                                            std::int64_t toUs) const
{
    QMutexLocker lock(&m_storeMutex);
    if (m_agentTableFor != m_watchRequest.load(std::memory_order_relaxed))
        return {};   // the new choice has no samples yet
    return m_agentTable.query(static_cast<int>(metric), res, fromUs, toUs);
}

SeriesTable::Matrix IngestPipeline::groupMatrix(ScopeKind level, Metric metric, Resolution res, std::int64_t fromUs,
                                                std::int64_t toUs) const
{
    QMutexLocker lock(&m_storeMutex);
    const SeriesTable* t = groupTable(level);
    if (!t)
        return {};
    std::vector<int> columns(static_cast<std::size_t>(t->columnCount() / kMetricCount));
    for (std::size_t g = 0; g < columns.size(); ++g)
        columns[g] = static_cast<int>(g) * kMetricCount + static_cast<int>(metric);
    return t->queryMatrix(columns, res, fromUs, toUs);
}

void IngestPipeline::onPools(const void* data, std::size_t size, std::int64_t recvWallUs)
{
    auto& msg = m_msg->pools;
    if (const auto e = protocol::decodePools(data, size, msg); e != DecodeError::None)
        return reject(e, "pool");
    if (!checkSequence(Topic::Pool, msg.header()))
        return;
    record(Topic::Pool, recvWallUs, msg.header().sim_time_us(), data, size);
    ++m_stats.messages[static_cast<std::size_t>(Topic::Pool)];
    m_fleet.applyPools(msg);
    {
        QMutexLocker lock(&m_storeMutex);
        m_operating.append(OperatingHistory::sampleOf(m_fleet, msg.header().sim_time_us()));
    }
    m_dirty = true;
}

void IngestPipeline::onEvent(const void* data, std::size_t size, std::int64_t recvWallUs)
{
    auto& msg = m_msg->event;
    if (const auto e = protocol::decodeEvent(data, size, msg); e != DecodeError::None)
        return reject(e, "event");
    if (!checkSequence(Topic::Event, msg.header()))
        return;
    record(Topic::Event, recvWallUs, msg.header().sim_time_us(), data, size);
    ++m_stats.messages[static_cast<std::size_t>(Topic::Event)];
    if (m_events.size() >= kMaxEvents)
        m_events.erase(m_events.begin());
    m_events.push_back({msg.header().sim_time_us(), static_cast<int>(msg.severity()), msg.kind(), msg.scope(), msg.text()});
    m_dirty = true;
}

void IngestPipeline::updateRates(std::int64_t nowWallUs)
{
    if (m_rateWindowStartUs == 0) {
        m_rateWindowStartUs = nowWallUs;
        return;
    }
    const std::int64_t span = nowWallUs - m_rateWindowStartUs;
    if (span < 1'000'000)
        return;
    m_stats.messagesPerS = static_cast<double>(m_rateMessages) * 1e6 / static_cast<double>(span);
    m_stats.agentSamplesPerS = static_cast<double>(m_rateSamples) * 1e6 / static_cast<double>(span);
    m_stats.ratesMeasured = true;
    m_rateMessages = m_rateSamples = 0;
    m_rateWindowStartUs = nowWallUs;
}

void IngestPipeline::publishIfDue(std::int64_t nowWallUs)
{
    if (m_observer)
        m_observer->onIdle(nowWallUs, m_stats.lastMessageWallUs);
    if (nowWallUs - m_rateWindowStartUs >= 2'000'000 && m_rateWindowStartUs != 0) {
        updateRates(nowWallUs);   // the feed went quiet: let the rates fall to zero
        m_dirty = true;
    }
    if (m_dirty && nowWallUs - m_lastPublishUs >= m_options.snapshotIntervalUs)
        publishNow(nowWallUs);
}

void IngestPipeline::publishNow(std::int64_t nowWallUs)
{
    auto s = std::make_shared<FleetSnapshot>();
    s->serial = ++m_serial;
    s->builtWallUs = nowWallUs;
    s->topology = m_fleet.topology();
    s->agents = m_fleet.agents();
    s->rollups = m_rollups;
    s->totals = m_fleet.totals();
    s->pools = m_fleet.pools();
    s->knobs = m_fleet.knobs();
    s->knobRanges = m_fleet.knobRanges();
    s->recentEvents = m_events;
    s->stats = m_stats;
    s->simTimeUs = m_fleet.simTimeUs();
    s->configVersion = m_fleet.configVersion();
    SnapshotPtr published = std::move(s);
    {
        QMutexLocker lock(&m_snapshotMutex);
        m_latest = published;
    }
    m_lastPublishUs = nowWallUs;
    m_dirty = false;
    if (m_listener)
        m_listener(published);
}

SnapshotPtr IngestPipeline::latest() const
{
    QMutexLocker lock(&m_snapshotMutex);
    return m_latest;
}

std::vector<SeriesPoint> IngestPipeline::fleetSeries(FleetSeries column, Resolution res, std::int64_t fromUs,
                                                     std::int64_t toUs) const
{
    QMutexLocker lock(&m_storeMutex);
    return m_fleetTable.query(static_cast<int>(column), res, fromUs, toUs);
}

Resolution IngestPipeline::pickFleetResolution(std::int64_t spanUs, int maxPoints) const
{
    QMutexLocker lock(&m_storeMutex);
    return m_fleetTable.pickResolution(spanUs, maxPoints);
}

std::vector<OperatingSample> IngestPipeline::operatingSamples(std::int64_t afterSimUs, std::uint64_t* generation) const
{
    QMutexLocker lock(&m_storeMutex);
    if (generation)
        *generation = m_operatingGeneration;
    return m_operating.since(afterSimUs);
}

std::size_t IngestPipeline::storeMemoryBytes() const
{
    QMutexLocker lock(&m_storeMutex);
    std::size_t bytes = m_fleetTable.memoryBytes() + m_agentTable.memoryBytes() + m_operating.memoryBytes();
    for (const auto& t : m_groupTables)
        bytes += t ? t->memoryBytes() : 0;
    return bytes;
}

} // namespace omega::model
