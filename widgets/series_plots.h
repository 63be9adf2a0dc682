#pragma once
// Time series over a shared, live-scrolling time axis: fleet throughput, task latency p50/p99,
// failed tasks/s and the selected scope's own series (team / prime / domain / agent, or fleet
// stages/s). Aggregated resolutions draw a min..max band so zoomed-out views stay true.
// History is copied out of the store (a read-only model::HistoryReader) at most 5 times a second;
// the GUI thread only draws. Choosing an agent asks for its history through watchAgentRequested().

#include "model/history_reader.h"
#include "model/rollup.h"
#include "model/snapshot.h"
#include "model/timeseries_store.h"

#include "widgets/selection.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>
#include <array>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLegend;
class QCPTextElement;
class QCPLayer;
class QCPRange;
class QComboBox;
class QLabel;
class QMouseEvent;
class QTimer;
class QToolButton;

namespace omega::widgets {

class SelectionModel;

class SeriesPlots : public QWidget {
    Q_OBJECT
public:
    enum class Panel { Throughput, Latency, Errors, Scope };
    static constexpr int kPanelCount = 4;
    enum class Series { Throughput, LatencyP50, LatencyP99, Errors, Scope };
    static constexpr int kSeriesCount = 5;

    explicit SeriesPlots(QWidget* parent = nullptr);
    ~SeriesPlots() override;

    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setSelectionModel(SelectionModel* selection);
    void setHistorySource(const model::HistoryReader* history);

    void setWindowSeconds(int seconds);        // 60, 300, 900, 3600, 21600 offered; resumes following
    int windowSeconds() const { return m_windowS; }
    void setScopeMetric(model::Metric metric); // what panel 4 shows for the selected scope
    model::Metric scopeMetric() const { return m_scopeMetric; }
    void setPaused(bool paused);               // paused = the time axis stays where it is
    bool isPaused() const { return m_paused; }
    void followLive() { setPaused(false); }
    model::Resolution resolution() const { return m_resolution; }   // of the last refresh

    // Vertical marks on every panel (alerts firing: dashed; configuration changes: solid), at
    // simulated time in seconds.
    struct Mark {
        double timeS = 0;
        QColor color;
        QString text;
        Qt::PenStyle style = Qt::DashLine;
    };
    void setMarks(const std::vector<Mark>& marks);
    int markCount() const { return static_cast<int>(m_markItems.size()); }

    // Copies the visible range out of the store and redraws (also called by the throttled timer).
    void refreshNow();

    QCustomPlot* plot() const { return m_plot; }
    QCPAxisRect* axisRect(Panel panel) const { return m_rects[static_cast<std::size_t>(panel)]; }
    QCPGraph* graph(Series series) const { return m_graphs[static_cast<std::size_t>(series)]; }
    QCPRange timeRange() const;                // seconds of simulated time
    QString panelTitle(Panel panel) const;     // title line incl. the value at the cursor / latest
    // Moves the hover cursor to a time (seconds); NaN hides it. The mouse does the same.
    void setCursorTime(double seconds);

signals:
    // One agent's history is kept only while it is watched: selecting an agent asks for its
    // history (agent index), leaving it releases the watch (-1). The application forwards this
    // to the ingest pipeline.
    void watchAgentRequested(int agent);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Band { QCPGraph* min = nullptr; QCPGraph* max = nullptr; };
    void buildPlot();
    void applyPalette();
    void onScope(const Scope& scope);
    void onRangeChanged(const QCPRange& range);
    void onMouseMove(QMouseEvent* event);
    void fill(Series series, const std::vector<model::SeriesPoint>& points, std::int64_t stepUs, std::int64_t nowUs,
              double scale);
    void rescaleValues();
    void updateTitles();
    void updateTracers();
    void setTimeRange(double lower, double upper);
    QString scopeName() const;
    QString scopeUnit() const;

    QCustomPlot* m_plot = nullptr;
    std::array<QCPAxisRect*, kPanelCount> m_rects{};
    std::array<QCPGraph*, kSeriesCount> m_graphs{};
    std::array<Band, kSeriesCount> m_bands{};
    std::array<QCPItemTracer*, kSeriesCount> m_tracers{};
    std::array<QCPTextElement*, kPanelCount> m_titleElements{};   // title + value, one per plot
    QCPLegend* m_legend = nullptr;
    std::array<QCPItemStraightLine*, kPanelCount> m_cursors{};
    QCPItemText* m_scopeHint = nullptr;
    std::vector<QCPItemStraightLine*> m_markItems;
    std::vector<std::pair<double, QRgb>> m_markKeys;   // time and colour of each mark drawn
    QCPLayer* m_cursorLayer = nullptr;
    QComboBox* m_windowBox;
    QComboBox* m_metricBox;
    QToolButton* m_pauseButton;
    QToolButton* m_followButton;
    QLabel* m_info;
    QTimer* m_timer;
    QElapsedTimer m_sinceRefresh;

    const model::HistoryReader* m_history = nullptr;
    QPointer<SelectionModel> m_selection;
    model::SnapshotPtr m_snapshot;
    std::uint64_t m_serial = 0;
    bool m_dirty = false;
    bool m_settingRange = false;   // true while the code, not the user, moves the time axis
    bool m_paused = false;
    bool m_watching = false;       // this view asked for an agent to be watched
    int m_windowS = 300;
    model::Metric m_scopeMetric = model::Metric::Throughput;
    model::Resolution m_resolution = model::Resolution::OneSecond;
    std::int64_t m_stepUs = 0;
    double m_cursorS;              // NaN when the mouse is not over a plot
};

} // namespace omega::widgets
