#pragma once
// The one ingest pipeline for every source (live subscriber, replay, embedded simulator):
// decode + sequence check -> FleetState -> time-series store -> snapshot at <= 30 Hz.
// All ingest* calls come from one thread (the source's); latest() and series queries from any.
// Views read the history through its HistoryReader side only (model/history_reader.h).

#include "model/fleet_state.h"
#include "model/history_reader.h"
#include "model/ingest_observer.h"
#include "model/operating_history.h"
#include "model/rollup.h"
#include "model/snapshot.h"
#include "model/timeseries_store.h"
#include "protocol/codec.h"

#include <QMutex>
#include <atomic>
#include <functional>
#include <memory>
#include <string_view>

namespace omega::model {

class IngestPipeline final : public HistoryReader {
public:
    struct Options {
        std::int64_t snapshotIntervalUs = 33'000;   // <= 30 snapshots per second
        TableCapacity fleetCapacity;
    };
    using SnapshotListener = std::function<void(const SnapshotPtr&)>;
    // Sees every accepted frame (decoded, in sequence) as it arrived: the session recorder.
    using FrameTap = std::function<void(protocol::Topic topic, std::int64_t recvWallUs, std::int64_t simUs,
                                        const void* payload, std::size_t size)>;

    IngestPipeline();
    explicit IngestPipeline(Options options);
    ~IngestPipeline();

    // --- source thread ---
    void ingest(std::string_view topicFrame, const void* payload, std::size_t size, std::int64_t recvWallUs);
    void ingestBadFraming(std::size_t frames, std::int64_t recvWallUs);
    void publishIfDue(std::int64_t nowWallUs);  // also call when idle so the last state shows
    void publishNow(std::int64_t nowWallUs);
    // Called on the source thread after each published snapshot.
    void setSnapshotListener(SnapshotListener listener);
    // Forget everything learnt from the feed (a replay seek); message counters stay.
    void restart();
    // Replayed frames carry old publish times: no publish->receive latency then.
    void setMeasureLatency(bool on) { m_measureLatency = on; }

    // Set before the source starts (or while it is stopped).
    void setObserver(IngestObserver* observer) { m_observer = observer; }

    // --- any thread ---
    void setFrameTap(FrameTap tap);    SnapshotPtr latest() const;
    bool waitingForTopology() const { return m_waitingForTopology.load(std::memory_order_relaxed); }
    // HistoryReader (see model/history_reader.h).
    std::vector<SeriesPoint> fleetSeries(FleetSeries column, Resolution res, std::int64_t fromUs,
                                         std::int64_t toUs) const override;
    Resolution pickFleetResolution(std::int64_t spanUs, int maxPoints) const override;
    Resolution groupResolution(ScopeKind level, Resolution wanted) const override;
    std::vector<SeriesPoint> groupSeries(ScopeKind level, int group, Metric metric, Resolution res, std::int64_t fromUs,
                                         std::int64_t toUs) const override;
    SeriesTable::Matrix groupMatrix(ScopeKind level, Metric metric, Resolution res, std::int64_t fromUs,
                                    std::int64_t toUs) const override;
    int watchedAgent() const override { return m_watchRequest.load(std::memory_order_relaxed); }
    std::vector<SeriesPoint> watchedAgentSeries(Metric metric, Resolution res, std::int64_t fromUs,
                                                std::int64_t toUs) const override;
    // One agent's history is kept only while it is watched (3,000 full histories would not fit the
    // memory budget); it starts when the agent is chosen. -1 watches none. Views do not call this:
    // they emit the intent and the application forwards it here.
    void setWatchedAgent(int agent) { m_watchRequest.store(agent, std::memory_order_relaxed); }
    // Operating points (knobs + cumulative pool and task counters) newer than afterSimUs. The
    // generation changes whenever the history restarts (seek, publisher restart): a reader that
    // sees a new one throws away what it built from the old rows.
    std::vector<OperatingSample> operatingSamples(std::int64_t afterSimUs, std::uint64_t* generation) const;
    std::size_t storeMemoryBytes() const;
    static QStringList fleetSeriesNames();

private:
    void onTopology(const void* data, std::size_t size, std::int64_t recvWallUs);
    void onTick(const void* data, std::size_t size, std::int64_t recvWallUs);
    void onPools(const void* data, std::size_t size, std::int64_t recvWallUs);
    void onEvent(const void* data, std::size_t size, std::int64_t recvWallUs);
    void record(protocol::Topic topic, std::int64_t recvWallUs, std::int64_t simUs, const void* data, std::size_t size);
    bool checkSequence(protocol::Topic topic, const omega::v1::Header& header);
    void reject(protocol::DecodeError error, std::string_view topic);
    void updateRates(std::int64_t nowWallUs);
    void resetGroupTables(const Topology& topo);
    void appendGroupRows(std::int64_t simUs);
    const SeriesTable* groupTable(ScopeKind level) const;

    struct Decoded;
    std::unique_ptr<Decoded> m_msg;   // reused protobuf messages (keep capacity between ticks)
    Options m_options;
    FleetState m_fleet;
    SequenceTracker m_sequence;
    IngestStats m_stats;
    std::vector<EventRecord> m_events;
    std::uint64_t m_serial = 0;
    std::int64_t m_lastPublishUs = 0;
    bool m_dirty = false;
    std::int64_t m_rateWindowStartUs = 0;
    std::uint64_t m_rateMessages = 0, m_rateSamples = 0;
    std::int64_t m_lastRejectLogUs = 0;
    std::atomic<bool> m_waitingForTopology{true};

    mutable QMutex m_storeMutex;       // held only to append a row or copy a query out
    SeriesTable m_fleetTable;
    std::array<std::unique_ptr<SeriesTable>, 3> m_groupTables;   // by groupLevelIndex; columns group * kMetricCount + metric
    Rollups m_rollups;
    SeriesTable m_agentTable;
    int m_agentTableFor = -1;
    std::atomic<int> m_watchRequest{-1};
    std::vector<float> m_groupRow;
    OperatingHistory m_operating;
    std::uint64_t m_operatingGeneration = 1;

    mutable QMutex m_snapshotMutex;    // held only to swap / copy the pointer
    SnapshotPtr m_latest;
    SnapshotListener m_listener;
    bool m_measureLatency = true;
    IngestObserver* m_observer = nullptr;

    mutable QMutex m_tapMutex;
    std::shared_ptr<FrameTap> m_tap;
};

} // namespace omega::model
