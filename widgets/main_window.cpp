#include "widgets/main_window.h"

#include "protocol/codec_types.h"
#include "widgets/alerts_panel.h"
#include "widgets/findings_panel.h"
#include "widgets/recommendations_panel.h"
#include "widgets/tuning_panel.h"
#include "widgets/severity.h"
#include "widgets/event_log.h"
#include "widgets/heatmap_panel.h"
#include "widgets/help_dialogs.h"
#include "widgets/start_page.h"
#include "widgets/rule_editor.h"
#include "widgets/kosha_time_map.h"
#include "widgets/kosha_tree_view.h"
#include "widgets/kosha_treemap.h"
#include "model/metric_text.h"
#include "widgets/pool_panel.h"
#include "widgets/series_plots.h"
#include "widgets/overview_panel.h"
#include "widgets/selection.h"
#include "widgets/stat_tile.h"
#include "widgets/theme.h"

#include <QAction>
#include <algorithm>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace omega::widgets {

namespace {
constexpr int kFrameIntervalMs = 33;    // <= 30 Hz

QString number(double v, int decimals = 1) { return QLocale().toString(v, 'f', decimals); }
QString count(std::uint64_t v) { return QLocale().toString(static_cast<qulonglong>(v)); }
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_timer(new QTimer(this)), m_selection(new SelectionModel(this)),
      m_overview(new OverviewPanel(this)), m_timeline(new TimelineBar(this))
{
    setWindowTitle(tr("Omega Workbench"));
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);

    auto* events = new EventLog(this);
    m_alertsPanel = new AlertsPanel(this);
    m_alertsPanel->setSelectionModel(m_selection);
    m_findings = new FindingsPanel(this);
    m_findings->setSelectionModel(m_selection);
    m_recommendations = new RecommendationsPanel(this);
    connect(m_recommendations, &RecommendationsPanel::approveRequested, this, &MainWindow::approveRecommendationRequested);
    connect(m_recommendations, &RecommendationsPanel::rejectRequested, this, &MainWindow::rejectRecommendationRequested);
    m_tuningPanel = new TuningPanel(this);
    m_tuningPanel->setAvailable(false, tr("No tuning: this source has no control channel (a replay, or a feed without one)"));
    connect(m_tuningPanel, &TuningPanel::autoApplyRequested, this, &MainWindow::autoApplyRequested);
    connect(m_tuningPanel, &TuningPanel::killRequested, this, &MainWindow::killSwitchRequested);
    connect(m_tuningPanel, &TuningPanel::guardrailsChanged, this, &MainWindow::tuningGuardrailsChanged);
    connect(m_tuningPanel, &TuningPanel::exportAuditRequested, this, &MainWindow::exportAuditRequested);
    connect(m_alertsPanel, &AlertsPanel::acknowledgeRequested, this, &MainWindow::acknowledgeAlertRequested);
    connect(m_alertsPanel, &AlertsPanel::silenceRequested, this, &MainWindow::silenceAlertRequested);
    connect(m_alertsPanel, &AlertsPanel::editRulesRequested, this, &MainWindow::editRulesRequested);
    auto* pools = new PoolPanels(this);
    m_series = new SeriesPlots(this);
    connect(m_series, &SeriesPlots::watchAgentRequested, this, &MainWindow::watchAgentRequested);
    m_timeMap = new KoshaTimeMap(this);
    auto* tree = new KoshaTreeView(this);
    m_treemap = new KoshaTreemap(this);
    m_series->setSelectionModel(m_selection);
    m_timeMap->setSelectionModel(m_selection);
    tree->setSelectionModel(m_selection);
    m_treemap->setSelectionModel(m_selection);
    pools->setSelectionModel(m_selection);

    // The treemap's metric choice sits above it.
    auto* treemapBox = new QWidget(this);
    auto* treemapLayout = new QVBoxLayout(treemapBox);
    treemapLayout->setContentsMargins(0, 0, 0, 0);
    auto* treemapMetric = new QComboBox(treemapBox);
    treemapMetric->setObjectName(QStringLiteral("treemapMetric"));
    treemapMetric->setToolTip(tr("Colour of the treemap; area is the work each kosha does"));
    for (const model::MetricInfo& info : model::kMetrics)
        if (info.uses & model::ColourBy)
            treemapMetric->addItem(model::metricLabel(info.metric), static_cast<int>(info.metric));
    treemapLayout->addWidget(treemapMetric);
    treemapLayout->addWidget(m_treemap, 1);
    connect(treemapMetric, &QComboBox::currentIndexChanged, this,
            [this, treemapMetric](int) { m_treemap->setMetric(static_cast<model::Metric>(treemapMetric->currentData().toInt())); });

    m_heatmap = new HeatmapPanel(this);
    m_heatmap->setSelectionModel(m_selection);
    // A replay problem (damaged frames skipped, unreadable file) shows as a banner above the fleet.
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_replayBanner = new ReplayBanner(centre);
    centreLayout->addWidget(m_replayBanner);
    centreLayout->addWidget(m_heatmap, 1);
    setCentralWidget(centre);
    auto* find = new QAction(tr("Find agent or kosha"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_heatmap, &HeatmapPanel::focusSearch);
    addAction(find);

    // Every view in a dock; where each goes depends on the screen (arrangeDocks).
    addDock(m_overview, QStringLiteral("overview"), tr("Fleet overview"), Qt::TopDockWidgetArea, QKeySequence(tr("Ctrl+1")));
    addDock(pools, QStringLiteral("pools"), tr("Pools"), Qt::LeftDockWidgetArea, QKeySequence(tr("Ctrl+2")));
    addDock(tree, QStringLiteral("hierarchy"), tr("Kosha hierarchy"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+3")));
    addDock(treemapBox, QStringLiteral("treemap"), tr("Treemap"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+4")));
    addDock(m_series, QStringLiteral("series"), tr("Time series"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+5")));
    addDock(m_timeMap, QStringLiteral("kosha-time"), tr("Kosha × time"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+6")));
    addDock(events, QStringLiteral("events"), tr("Events"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+7")));
    addDock(m_alertsPanel, QStringLiteral("alerts"), tr("Alerts"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+8")));
    addDock(m_findings, QStringLiteral("findings"), tr("Findings"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+9")));
    addDock(m_recommendations, QStringLiteral("recommendations"), tr("Recommendations"), Qt::RightDockWidgetArea,
            QKeySequence(tr("Ctrl+0")));
    addDock(m_tuningPanel, QStringLiteral("tuning"), tr("Tuning"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+Shift+T")));

    m_consumers.push_back([this](const model::SnapshotPtr& s) { m_heatmap->setSnapshot(s); });
    m_consumers.push_back([this](const model::SnapshotPtr& s) { m_overview->setSnapshot(s); });
    m_consumers.push_back([events](const model::SnapshotPtr& s) { events->setSnapshot(s); });
    m_consumers.push_back([pools](const model::SnapshotPtr& s) { pools->setSnapshot(s); });
    m_consumers.push_back([this](const model::SnapshotPtr& s) { m_series->setSnapshot(s); });
    m_consumers.push_back([this](const model::SnapshotPtr& s) { m_timeMap->setSnapshot(s); });
    m_consumers.push_back([tree](const model::SnapshotPtr& s) { tree->setSnapshot(s); });
    m_consumers.push_back([this](const model::SnapshotPtr& s) { m_treemap->setSnapshot(s); });

    auto* timelineBar = new QToolBar(tr("Session timeline"), this);
    timelineBar->setObjectName(QStringLiteral("timelineBar"));
    timelineBar->addWidget(m_timeline);
    addToolBar(Qt::BottomToolBarArea, timelineBar);
    auto* playPause = new QAction(tr("Play / pause replay"), this);
    playPause->setShortcut(QKeySequence(tr("Ctrl+Space")));
    connect(playPause, &QAction::triggered, m_timeline, [this] {
        m_timeline->state().playing ? emit m_timeline->pauseRequested() : emit m_timeline->playRequested();
    });
    auto* stepAction = new QAction(tr("Step replay"), this);
    stepAction->setShortcut(QKeySequence(tr("Ctrl+Right")));
    connect(stepAction, &QAction::triggered, m_timeline, &TimelineBar::stepRequested);
    addActions({playPause, stepAction});

    buildMenus();

    m_linkLabel = new QLabel(this);
    m_rateLabel = new QLabel(this);
    m_gapLabel = new QLabel(this);
    m_lagLabel = new QLabel(this);
    m_recordLabel = new QLabel(this);
    m_recordLabel->setObjectName(QStringLiteral("recordLabel"));
    m_controlLabel = new QLabel(this);
    m_controlLabel->setObjectName(QStringLiteral("controlSecurityLabel"));
    for (QLabel* l : {m_controlLabel, m_recordLabel, m_linkLabel, m_rateLabel, m_gapLabel, m_lagLabel})
        statusBar()->addPermanentWidget(l);
    m_linkLabel->setToolTip(tr("Telemetry source and connection state"));
    m_rateLabel->setToolTip(tr("Telemetry messages per second"));
    m_gapLabel->setToolTip(tr("Lost messages / rejected messages"));
    m_lagLabel->setToolTip(tr("Publish-to-receive delay of the last tick, and snapshot-to-screen delay"));

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")), this);
        m_tray->setToolTip(tr("Omega Workbench"));
        m_tray->show();
    }
    resize(defaultSize());
    arrangeDocks(size());
    m_defaultState = saveState(kLayoutVersion);
    connect(m_timer, &QTimer::timeout, this, &MainWindow::refresh);
    m_timer->start(kFrameIntervalMs);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open session…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), QString(),
                                                          tr("Omega sessions (*.omega);;All files (*)"));
        if (path.isEmpty())
            return;
        StartPage::rememberSession(path);   // offered again on the start page
        emit openSessionRequested(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recordAction = file->addAction(tr("&Record…"), this, [this] {
        if (m_recording) {
            emit stopRecordingRequested();
            return;
        }
        QString path = QFileDialog::getSaveFileName(this, tr("Record session to"), QStringLiteral("session.omega"),
                                                    tr("Omega sessions (*.omega)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QStringLiteral(".omega")))
            path += QStringLiteral(".omega");
        emit recordRequested(path);
    });
    m_recordAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_recordAction->setToolTip(tr("Record the feed into a session file, or stop recording"));
    m_recordAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    // Record and Open beside the session timeline (one toolbar row, not two: room for the views).
    auto* sessionBar = new QToolBar(tr("Session"), this);
    sessionBar->setObjectName(QStringLiteral("sessionBar"));
    insertToolBar(findChild<QToolBar*>(QStringLiteral("timelineBar")), sessionBar);
    sessionBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    sessionBar->addAction(m_recordAction);
    sessionBar->addAction(open);
    auto* report = file->addAction(tr("Export &report…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("omega-report.html"),
                                                          tr("HTML report (*.html);;PDF report (*.pdf)"));
        if (!path.isEmpty())
            emit exportReportRequested(path);
    });
    report->setShortcut(QKeySequence(tr("Ctrl+E")));
    report->setToolTip(tr("Throughput, latency and failures over time with every change, the audit trail and the models"));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : docks())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    auto* reset = m_viewMenu->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    auto* themes = new QActionGroup(this);
    auto* light = m_viewMenu->addAction(tr("&Light theme"));
    auto* dark = m_viewMenu->addAction(tr("&Dark theme"));
    dark->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    light->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    for (QAction* a : {light, dark}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    (currentTheme() == Theme::Dark ? dark : light)->setChecked(true);
    connect(light, &QAction::triggered, this, [] { applyTheme(Theme::Light); });
    connect(dark, &QAction::triggered, this, [] { applyTheme(Theme::Dark); });
    auto* full = m_viewMenu->addAction(tr("&Full screen"), this, [this] {
        isFullScreen() ? showNormal() : showFullScreen();
    });
    full->setShortcut(QKeySequence::FullScreen);

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), this, [this] {
        auto* dialog = findChild<GuideDialog*>();
        if (!dialog) {
            dialog = new GuideDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
    });
    auto* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Omega Workbench"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showShortcuts()
{
    auto* dialog = findChild<ShortcutsDialog*>();
    if (!dialog) {
        dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::showAbout()
{
    auto* dialog = findChild<AboutDialog*>();
    if (!dialog) {
        dialog = new AboutDialog(m_versionsSource ? m_versionsSource() : AboutDialog::Versions{}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

StatTile* MainWindow::tile(const QString& objectName) const
{
    return m_overview->tile(objectName);
}

void MainWindow::setSources(SnapshotSource snapshots, LinkSource link, const QString& source)
{
    m_snapshots = std::move(snapshots);
    m_link = std::move(link);
    m_source = source;
    refresh();
}

void MainWindow::setHistorySource(const model::HistoryReader* history)
{
    m_series->setHistorySource(history);
    m_timeMap->setHistorySource(history);
}

void MainWindow::showRuleEditor(const QByteArray& rulesJson)
{
    if (!m_ruleEditor) {
        m_ruleEditor = new RuleEditor(this);
        connect(m_ruleEditor, &RuleEditor::applyRequested, this, &MainWindow::rulesApplyRequested);
    }
    m_ruleEditor->setText(rulesJson);
    m_ruleEditor->setResult(true, QString());
    m_ruleEditor->show();
    m_ruleEditor->raise();
}

void MainWindow::setRuleEditorResult(bool ok, const QString& message)
{
    if (m_ruleEditor)
        m_ruleEditor->setResult(ok, message);
}

void MainWindow::showAlerts(const alerts::AlertsViewPtr& view)
{
    if (!view || view == m_shownAlerts)
        return;
    m_shownAlerts = view;
    m_alertsPanel->setAlerts(view);
    // Alert firings as marks on the time series, oldest first.
    std::vector<SeriesPlots::Mark> marks;
    auto addMark = [&marks](const alerts::Alert& a) {
        marks.push_back({static_cast<double>(a.firedSimUs) / 1e6, severityColor(static_cast<int>(a.severity)), a.rule});
    };
    if (view->resolved)
        for (auto it = view->resolved->rbegin(); it != view->resolved->rend(); ++it)
            addMark(*it);
    for (auto it = view->firing.rbegin(); it != view->firing.rend(); ++it)
        addMark(*it);
    m_alertMarks = std::move(marks);
    updateMarks();
    // Desktop notification for new critical alerts nobody silenced or acknowledged.
    for (const alerts::Alert& a : view->firing) {
        if (a.id <= m_lastNotifiedId)
            continue;
        m_lastNotifiedId = std::max(m_lastNotifiedId, a.id);
        if (a.severity != alerts::Severity::Critical || a.silenced || a.acknowledged || a.flapping)
            continue;
        ++m_notifications;
        const QString text = tr("%1 on %2").arg(a.rule, a.scope);
        statusBar()->showMessage(tr("Critical alert: %1").arg(text), 10000);
        if (m_tray)
            m_tray->showMessage(tr("Critical alert"), a.summary.isEmpty() ? text : text + QStringLiteral("\n") + a.summary,
                                QSystemTrayIcon::Critical, 10000);
    }
}

void MainWindow::updateMarks()
{
    std::vector<SeriesPlots::Mark> marks = m_alertMarks;
    marks.insert(marks.end(), m_changeMarks.begin(), m_changeMarks.end());
    std::sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) { return a.timeS < b.timeS; });
    m_series->setMarks(marks);
}

void MainWindow::setTuningSource(TuningSource tuning)
{
    m_tuningSource = std::move(tuning);
    const bool on = static_cast<bool>(m_tuningSource);
    m_tuningPanel->setAvailable(on, tr("No tuning: this source has no control channel (a replay, or a feed without one)"));
    m_recommendations->setActionsEnabled(on, tr("Nothing can apply a change: this source has no control channel"));
}

void MainWindow::refresh()
{
    if (m_alertsSource)
        showAlerts(m_alertsSource());
    if (m_findingsSource) {
        const analysis::AnalysisReportPtr report = m_findingsSource();
        m_findings->setReport(report);
        m_recommendations->setReport(report);
    }
    if (m_tuningSource) {
        const tuning::TuningViewPtr view = m_tuningSource();
        m_tuningPanel->setView(view);
        // Every change applied, as a solid line in its verdict's colour.
        std::vector<SeriesPlots::Mark> marks;
        if (view)
            for (const tuning::Change& c : view->changes) {
                if (c.appliedSimUs <= 0 || c.isRollback)
                    continue;
                const QColor color = c.state == tuning::ChangeState::Kept         ? QColor(46, 125, 50)
                                     : c.state == tuning::ChangeState::RolledBack ? QColor(198, 40, 40)
                                     : tuning::isFinal(c.state)                   ? QColor(120, 120, 120)
                                                                                  : QColor(21, 101, 192);
                marks.push_back({static_cast<double>(c.appliedSimUs) / 1e6, color,
                                 tr("change %1: %2").arg(c.id).arg(TuningPanel::stateName(c.state)), Qt::SolidLine});
            }
        m_changeMarks = std::move(marks);
        updateMarks();
    }
    const QString link = m_link ? m_link() : tr("no source");
    m_overview->setLinkState(link);
    m_linkLabel->setText(tr("%1 — %2").arg(m_source, link));
    if (!m_snapshots)
        return;
    const model::SnapshotPtr s = m_snapshots();
    // Rates only while frames flow: after 2 s without one (the link's stale mark; a paused
    // replay) they read "–" instead of the last value.
    constexpr std::int64_t kRatesStaleUs = 2'000'000;
    if (s && m_ratesShown && protocol::wallClockUs() - s->stats.lastMessageWallUs > kRatesStaleUs) {
        m_rateLabel->setText(tr("%1 msg/s").arg(QStringLiteral("–")));
        m_overview->markRatesStale();
        m_ratesShown = false;
    }
    if (!s || s->serial == m_shownSerial)
        return;
    m_shownSerial = s->serial;
    QElapsedTimer frame;
    frame.start();
    for (const auto& consume : m_consumers)
        consume(s);
    m_displayLagMs = s->builtWallUs ? static_cast<double>(protocol::wallClockUs() - s->builtWallUs) / 1000.0 : 0.0;
    updateStatusBar(*s);
    m_lastFrameMs = static_cast<double>(frame.nsecsElapsed()) / 1e6;
}

void MainWindow::updateStatusBar(const model::FleetSnapshot& s)
{
    const auto& st = s.stats;
    // No rate before a whole second was counted (a 0 there would claim a measurement).
    m_rateLabel->setText(tr("%1 msg/s").arg(st.ratesMeasured ? number(st.messagesPerS, 0) : QStringLiteral("–")));
    m_ratesShown = st.ratesMeasured;
    m_gapLabel->setText(tr("gaps %1 · rejected %2").arg(count(st.sequence.missedMessages), count(st.rejectedTotal)));
    m_lagLabel->setText(tr("lag %1 ms · display %2 ms").arg(number(st.lastLatencyMs, 1), number(m_displayLagMs, 0)));
    if (!st.lastRejection.empty())
        m_gapLabel->setToolTip(tr("Last rejected message: %1").arg(QString::fromStdString(st.lastRejection)));
}

void MainWindow::setTimelineState(const TimelineState& state)
{
    m_timeline->setState(state);
    m_replayBanner->setState(state);
}

void MainWindow::setTimelineMarkers(std::vector<TimelineMark> markers)
{
    m_timeline->setMarkers(std::move(markers));
}

void MainWindow::setRecordingState(bool recording, const QString& text, bool failed)
{
    m_recording = recording;
    m_recordAction->setText(recording ? tr("Stop &recording") : tr("&Record…"));
    m_recordLabel->setText(text);
    m_recordLabel->setStyleSheet(failed ? QStringLiteral("color: #d62728; font-weight: bold;")
                                        : recording ? QStringLiteral("color: #d62728;") : QString());
}

void MainWindow::setControlSecurity(ControlSecurity security, const QString& detail)
{
    const bool alarming = security == ControlSecurity::Plaintext || security == ControlSecurity::Refused;
    switch (security) {
    case ControlSecurity::Off: m_controlLabel->setText(tr("control off")); break;
    case ControlSecurity::Curve: m_controlLabel->setText(tr("control: CURVE")); break;
    case ControlSecurity::Plaintext: m_controlLabel->setText(tr("control: PLAINTEXT")); break;
    case ControlSecurity::Refused: m_controlLabel->setText(tr("control: key refused")); break;
    }
    m_controlLabel->setToolTip(detail);
    m_controlLabel->setStyleSheet(alarming ? QStringLiteral("color: #d62728; font-weight: bold;") : QString());
}

void MainWindow::showError(const QString& title, const QString& text)
{
    statusBar()->showMessage(text, 10000);
    if (qEnvironmentVariableIsSet("OMEGA_NO_DIALOGS"))
        return;   // tests and headless screenshots: the status bar carries the message
    QMessageBox::warning(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace omega::widgets
