#pragma once
// The workbench's main window: dockable views over the latest FleetSnapshot. A frame timer
// (<= 30 Hz) hands each new snapshot to every view; nothing here decodes, stores or analyses.

#include "alerts/evaluator.h"
#include "analysis/finding.h"
#include "tuning/change.h"
#include "model/snapshot.h"
#include "widgets/series_plots.h"
#include "widgets/timeline_bar.h"

#include <QMainWindow>
#include <functional>
#include <vector>

class QLabel;
class QTimer;
class QDockWidget;
class QSystemTrayIcon;

namespace omega::model { class HistoryReader; }

namespace omega::widgets {

class AlertsPanel;
class HeatmapPanel;
class KoshaTimeMap;
class RuleEditor;
class FindingsPanel;
class RecommendationsPanel;
class TuningPanel;
class KoshaTreemap;
class OverviewPanel;
class SeriesPlots;
class SelectionModel;
class StatTile;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    using SnapshotSource = std::function<model::SnapshotPtr()>;
    using LinkSource = std::function<QString()>;   // translated connection state

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Where the window reads from; `source` names the feed (endpoint or "embedded simulator").
    void setSources(SnapshotSource snapshots, LinkSource link, const QString& source);
    void setSourceDescription(const QString& source) { m_source = source; }
    using AlertsSource = std::function<alerts::AlertsViewPtr()>;
    void setAlertsSource(AlertsSource alerts) { m_alertsSource = std::move(alerts); }
    using FindingsSource = std::function<analysis::AnalysisReportPtr()>;
    void setFindingsSource(FindingsSource findings) { m_findingsSource = std::move(findings); }
    // The tuning loop's view; without one (a replay) approving and auto-apply are disabled.
    using TuningSource = std::function<tuning::TuningViewPtr()>;
    void setTuningSource(TuningSource tuning);
    // Versions of the libraries the program links besides Qt and QCustomPlot, for Help > About.
    using VersionsSource = std::function<QList<QPair<QString, QString>>()>;
    void setVersionsSource(VersionsSource versions) { m_versionsSource = std::move(versions); }
    void showShortcuts();   // Help > Keyboard shortcuts: read from this window's actions
    void showAbout();
    TuningPanel* tuningPanel() const { return m_tuningPanel; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    RecommendationsPanel* recommendationsPanel() const { return m_recommendations; }
    void showRuleEditor(const QByteArray& rulesJson);
    void setRuleEditorResult(bool ok, const QString& message);
    std::uint64_t notificationsShown() const { return m_notifications; }
    // History for the time views (read-only, thread-safe queries on the store).
    void setHistorySource(const model::HistoryReader* history);
    void refresh();                  // draw the latest snapshot now

    StatTile* tile(const QString& objectName) const;
    HeatmapPanel* heatmapPanel() const { return m_heatmap; }
    SeriesPlots* seriesPlots() const { return m_series; }
    SelectionModel* selection() const { return m_selection; }
    QDockWidget* dock(const QString& objectName) const;
    QList<QDockWidget*> docks() const;
    double lastFrameMs() const { return m_lastFrameMs; }   // GUI time spent handing out the last snapshot
    double displayLagMs() const { return m_displayLagMs; } // snapshot built -> drawn

    void restoreLayout();            // from QSettings, if saved
    void resetLayout();              // the default arrangement

    // Session state shown by the window (the app updates it a few times per second).
    void setTimelineState(const TimelineState& state);
    void setTimelineMarkers(std::vector<TimelineMark> markers);
    void setRecordingState(bool recording, const QString& text, bool failed);
    // The control channel's protection: a short word in the status bar, the whole story in its tooltip.
    enum class ControlSecurity { Off, Curve, Plaintext, Refused };
    void setControlSecurity(ControlSecurity security, const QString& detail);
    TimelineBar* timeline() const { return m_timeline; }
    ReplayBanner* replayBanner() const { return m_replayBanner; }   // replay problems above the fleet view
    // Shows an error to the engineer (bad file, failed recording, ...).
    void showError(const QString& title, const QString& text);

signals:
    void acknowledgeAlertRequested(std::uint64_t alertId);
    void approveRecommendationRequested(const analysis::Recommendation& recommendation);
    void rejectRecommendationRequested(const analysis::Recommendation& recommendation);
    void autoApplyRequested(bool on);
    void killSwitchRequested();
    void tuningGuardrailsChanged(const tuning::Guardrails& guardrails);
    void exportAuditRequested();
    void silenceAlertRequested(const QString& rule, const QString& scope, int minutes);
    void editRulesRequested();
    void rulesApplyRequested(const QByteArray& json);
    void openSessionRequested(const QString& path);
    void recordRequested(const QString& path);
    void exportReportRequested(const QString& path);
    void stopRecordingRequested();
    // The time series ask for one agent's history (-1: none); the app forwards it to the pipeline.
    void watchAgentRequested(int agent);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int kLayoutVersion = 5;   // bump when docks change so old saved states are ignored
    QDockWidget* addDock(QWidget* view, const QString& objectName, const QString& title, Qt::DockWidgetArea area,
                         const QKeySequence& shortcut);
    void buildMenus();
    QSize defaultSize() const;                  // for the screen the window is on
    void arrangeDocks(const QSize& window);     // the default layout for a window of that size
    void saveLayout();
    void updateStatusBar(const model::FleetSnapshot& s);

    SnapshotSource m_snapshots;
    LinkSource m_link;
    QString m_source;
    std::uint64_t m_shownSerial = 0;
    bool m_ratesShown = false;   // the rate labels show a measurement (cleared when frames stop)
    std::vector<std::function<void(const model::SnapshotPtr&)>> m_consumers;
    QTimer* m_timer;
    SelectionModel* m_selection;
    OverviewPanel* m_overview;
    SeriesPlots* m_series = nullptr;
    KoshaTimeMap* m_timeMap = nullptr;
    KoshaTreemap* m_treemap = nullptr;
    HeatmapPanel* m_heatmap = nullptr;
    AlertsPanel* m_alertsPanel = nullptr;
    RuleEditor* m_ruleEditor = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    AlertsSource m_alertsSource;
    alerts::AlertsViewPtr m_shownAlerts;
    std::uint64_t m_lastNotifiedId = 0;
    std::uint64_t m_notifications = 0;
    void showAlerts(const alerts::AlertsViewPtr& view);

    QByteArray m_defaultState;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_linkLabel;
    QLabel* m_rateLabel;
    QLabel* m_gapLabel;
    QLabel* m_lagLabel;
    QLabel* m_recordLabel;
    QLabel* m_controlLabel = nullptr;
    TimelineBar* m_timeline;
    ReplayBanner* m_replayBanner = nullptr;
    QAction* m_recordAction = nullptr;
    bool m_recording = false;
    bool m_shownOnce = false;
    double m_lastFrameMs = 0;
    FindingsPanel* m_findings = nullptr;
    RecommendationsPanel* m_recommendations = nullptr;
    TuningPanel* m_tuningPanel = nullptr;
    void updateMarks();   // alert firings and configuration changes on the time series
    std::vector<SeriesPlots::Mark> m_alertMarks, m_changeMarks;
    TuningSource m_tuningSource;
    VersionsSource m_versionsSource;
    FindingsSource m_findingsSource;
    double m_displayLagMs = 0;
};

} // namespace omega::widgets
