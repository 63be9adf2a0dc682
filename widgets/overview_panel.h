#pragma once
// The fleet at a glance: connection, agents, ingest rate, gaps, throughput, latency, states,
// messages refused per reason.

#include "model/snapshot.h"

#include <QWidget>

namespace omega::widgets {

class StatTile;

class OverviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPanel(QWidget* parent = nullptr);
    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setLinkState(const QString& text);
    // No data for a while (a stale link, a paused replay): the rate tile says "–", not its last value.
    void markRatesStale();
    StatTile* tile(const QString& objectName) const;
    static QString reasonName(int reason);   // a protocol::DecodeError, translated

private:
    StatTile* addTile(const QString& objectName, const QString& caption, const QString& toolTip);
};

} // namespace omega::widgets
