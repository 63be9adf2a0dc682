#pragma once
// The workbench's main window. It only draws the latest FleetSnapshot on a timer (<= 30 Hz);
// it never decodes, stores or analyses.

#include "model/snapshot.h"

#include <QMainWindow>
#include <functional>

class QLabel;
class QTimer;
class QTableWidget;

namespace omega::widgets {

class StatTile;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    using SnapshotSource = std::function<model::SnapshotPtr()>;
    using LinkSource = std::function<QString()>;   // translated connection state

    explicit MainWindow(QWidget* parent = nullptr);
    // Where the window reads from; `source` names the feed (endpoint or "embedded simulator").
    void setSources(SnapshotSource snapshots, LinkSource link, const QString& source);
    void refresh();                 // draw the latest snapshot now
    StatTile* tile(const QString& objectName) const;

private:
    void showSnapshot(const model::FleetSnapshot& s);
    StatTile* addTile(const QString& objectName, const QString& caption, const QString& toolTip);

    SnapshotSource m_snapshots;
    LinkSource m_link;
    QString m_source;
    std::uint64_t m_shownSerial = 0;
    QTimer* m_timer;
    QWidget* m_tiles;
    QTableWidget* m_pools;
    QLabel* m_linkLabel;
    QLabel* m_rateLabel;
    QLabel* m_gapLabel;
    QLabel* m_lagLabel;
};

} // namespace omega::widgets
