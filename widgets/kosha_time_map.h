#pragma once
// Kosha x time heatmap: one row per team, prime kosha or domain kosha, one column per time bucket
// of the chosen window, colour = a metric's bucket mean. A hot kosha shows as a horizontal stripe.
// History is copied out of the store (a read-only model::HistoryReader) at most twice a second;
// the GUI thread only draws.

#include "model/history_reader.h"
#include "model/rollup.h"
#include "model/snapshot.h"
#include "model/timeseries_store.h"

#include "widgets/selection.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPAbstractItem;
class QCPItemRect;
class QCPItemText;
class QComboBox;
class QLabel;
class QTimer;
class QMouseEvent;

namespace omega::widgets {

class SelectionModel;

class KoshaTimeMap : public QWidget {
    Q_OBJECT
public:
    explicit KoshaTimeMap(QWidget* parent = nullptr);
    ~KoshaTimeMap() override;

    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setSelectionModel(SelectionModel* selection);
    void setHistorySource(const model::HistoryReader* history);

    void setLevel(model::ScopeKind level);
    model::ScopeKind level() const { return m_level; }
    void setMetric(model::Metric metric);
    model::Metric metric() const { return m_metric; }
    void setWindowSeconds(int seconds);                   // 300, 900 or 3600 offered
    int windowSeconds() const { return m_windowS; }
    model::Resolution resolution() const { return m_resolution; }   // of the last refresh

    // Copies the window out of the store and redraws (also called by the throttled timer).
    void refreshNow();

    QCustomPlot* plot() const { return m_plot; }
    QCPColorMap* colorMap() const { return m_map; }
    QCPColorScale* colorScale() const { return m_scale; }
    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    // Row under a point in plot coordinates, -1 outside the map.
    int rowAt(const QPoint& plotPos) const;
    // The group (team, prime or domain index) a row shows: rows are grouped by team (and prime),
    // whatever order the publisher listed its koshas in.
    int groupOfRow(int row) const;
    int rowOfGroup(int group) const;
    // Plot-widget pixel at the centre of a cell (column 0 = oldest bucket).
    QPoint cellCenter(int column, int row) const;
    // The hover text for a point in plot coordinates (empty outside the map).
    QString toolTipAt(const QPoint& plotPos) const;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onSelectionChanged(const Scope& scope);
    void updateRowLabels();
    void updateSeparators();
    void updateHighlight();
    void applyPalette();
    QString groupName(int row) const;
    QString groupPath(int row) const;
    QString timeText(std::int64_t us) const;

    QCustomPlot* m_plot;
    QCPColorMap* m_map;
    QCPColorScale* m_scale;
    QCPItemRect* m_highlight;
    QCPItemText* m_placeholder;
    QComboBox* m_levelBox;
    QComboBox* m_metricBox;
    QComboBox* m_windowBox;
    QLabel* m_info;
    QTimer* m_timer;
    QElapsedTimer m_sinceRefresh;

    const model::HistoryReader* m_history = nullptr;
    QPointer<SelectionModel> m_selection;
    model::SnapshotPtr m_snapshot;
    std::uint64_t m_serial = 0;
    bool m_dirty = false;

    model::ScopeKind m_level = model::ScopeKind::Domain;
    model::Metric m_metric = model::Metric::LatencyP99;
    int m_windowS = 300;
    model::Resolution m_resolution = model::Resolution::OneSecond;
    int m_rows = 0;                   // groups drawn
    std::vector<int> m_rowGroup;      // row -> group, team bands contiguous
    std::vector<int> m_groupRow;      // group -> row
    int m_columns = 0;                // buckets drawn
    std::int64_t m_gridStartUs = 0;   // start of column 0
    std::int64_t m_stepUs = 1'000'000;
    int m_labelledRows = -1;          // rows the labels were made for, and at which height
    int m_labelledHeight = -1;
    model::ScopeKind m_labelledLevel = model::ScopeKind::Domain;
    model::TopologyPtr m_labelledTopo;
    QPoint m_pressPos;
    QList<QCPAbstractItem*> m_separators;   // lines between team bands
    model::TopologyPtr m_separatedTopo;   // held so a new topology never aliases the old
    int m_separatedRows = -1;
    model::ScopeKind m_separatedLevel = model::ScopeKind::Domain;
};

} // namespace omega::widgets
