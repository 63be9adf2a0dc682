#include "widgets/main_window.h"

#include "widgets/stat_tile.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace omega::widgets {

namespace {
constexpr int kFrameIntervalMs = 33;   // <= 30 Hz

QString number(double v, int decimals = 1)
{
    return QLocale().toString(v, 'f', decimals);
}
QString count(std::uint64_t v)
{
    return QLocale().toString(static_cast<qulonglong>(v));
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_timer(new QTimer(this))
{
    setWindowTitle(tr("Omega Workbench"));
    resize(1280, 800);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_tiles = new QWidget(central);
    auto* grid = new QGridLayout(m_tiles);
    grid->setSpacing(8);
    layout->addWidget(m_tiles);

    addTile(QStringLiteral("link"), tr("Connection"), tr("State of the telemetry feed"));
    addTile(QStringLiteral("agents"), tr("Agents seen"), tr("Agents in the current topology"));
    addTile(QStringLiteral("samplesPerS"), tr("Agent samples/s"), tr("Agent samples decoded into the model per second"));
    addTile(QStringLiteral("gaps"), tr("Gaps"), tr("Telemetry messages lost (sequence holes), duplicates and publisher restarts"));
    addTile(QStringLiteral("throughput"), tr("Fleet throughput"), tr("Completed tasks per second, last second"));
    addTile(QStringLiteral("latency"), tr("Task latency p50 / p99"), tr("End-to-end latency of recently completed tasks"));
    addTile(QStringLiteral("inFlight"), tr("Tasks in flight"), tr("Admitted and not yet completed or failed"));
    addTile(QStringLiteral("agentStates"), tr("Busy / waiting / failed"), tr("Agents by state in the last sample"));
    addTile(QStringLiteral("config"), tr("Config version"), tr("Orchestrator configuration in force"));

    m_pools = new QTableWidget(0, 7, central);
    m_pools->setObjectName(QStringLiteral("pools"));
    m_pools->setHorizontalHeaderLabels({tr("Pool"), tr("Limit"), tr("In use"), tr("Waiting"), tr("Done/s"),
                                        tr("429/s"), tr("p99 ms")});
    m_pools->verticalHeader()->hide();
    m_pools->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pools->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pools->setToolTip(tr("Local CPU pool and cloud pool: semaphore limit, slots in use, queue, throttling"));
    layout->addWidget(m_pools, 1);
    setCentralWidget(central);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_linkLabel = new QLabel(this);
    m_rateLabel = new QLabel(this);
    m_gapLabel = new QLabel(this);
    m_lagLabel = new QLabel(this);
    for (QLabel* l : {m_linkLabel, m_rateLabel, m_gapLabel, m_lagLabel})
        statusBar()->addPermanentWidget(l);
    m_linkLabel->setToolTip(tr("Telemetry source and connection state"));
    m_rateLabel->setToolTip(tr("Telemetry messages per second"));
    m_gapLabel->setToolTip(tr("Lost messages / rejected messages"));
    m_lagLabel->setToolTip(tr("Publish-to-receive delay of the last tick"));

    connect(m_timer, &QTimer::timeout, this, &MainWindow::refresh);
    m_timer->start(kFrameIntervalMs);
}

StatTile* MainWindow::addTile(const QString& objectName, const QString& caption, const QString& toolTip)
{
    auto* grid = static_cast<QGridLayout*>(m_tiles->layout());
    auto* t = new StatTile(caption, toolTip, m_tiles);
    t->setObjectName(objectName);
    const int index = grid->count();
    grid->addWidget(t, index / 3, index % 3);
    return t;
}

StatTile* MainWindow::tile(const QString& objectName) const
{
    return m_tiles->findChild<StatTile*>(objectName);
}

void MainWindow::setSources(SnapshotSource snapshots, LinkSource link, const QString& source)
{
    m_snapshots = std::move(snapshots);
    m_link = std::move(link);
    m_source = source;
    refresh();
}

void MainWindow::refresh()
{
    const QString link = m_link ? m_link() : tr("no source");
    tile(QStringLiteral("link"))->setValue(link);
    m_linkLabel->setText(tr("%1 — %2").arg(m_source, link));
    if (!m_snapshots)
        return;
    const model::SnapshotPtr s = m_snapshots();
    if (!s || s->serial == m_shownSerial)
        return;
    m_shownSerial = s->serial;
    showSnapshot(*s);
}

void MainWindow::showSnapshot(const model::FleetSnapshot& s)
{
    const auto& st = s.stats;
    const auto& f = s.totals;
    const int agents = s.topology ? s.topology->agentCount() : 0;
    tile(QStringLiteral("agents"))->setValue(s.topology ? tr("%1 in %2 koshas, %3 teams")
                                                              .arg(count(agents))
                                                              .arg(s.topology->domainCount() + s.topology->primeCount())
                                                              .arg(s.topology->teamCount())
                                                        : tr("waiting for topology"));
    tile(QStringLiteral("samplesPerS"))->setValue(number(st.agentSamplesPerS, 0));
    tile(QStringLiteral("gaps"))->setValue(tr("%1 lost · %2 dup · %3 restarts")
                                               .arg(count(st.sequence.missedMessages))
                                               .arg(count(st.sequence.duplicates))
                                               .arg(count(st.sequence.restarts)));
    tile(QStringLiteral("throughput"))->setValue(tr("%1 tasks/s").arg(number(f.tasksPerS)));
    tile(QStringLiteral("latency"))->setValue(tr("%1 / %2 ms").arg(number(f.taskLatencyP50Ms, 0), number(f.taskLatencyP99Ms, 0)));
    tile(QStringLiteral("inFlight"))->setValue(count(f.tasksInFlight));
    tile(QStringLiteral("agentStates"))->setValue(QStringLiteral("%1 / %2 / %3").arg(f.busyAgents).arg(f.waitingAgents).arg(f.failedAgents));
    tile(QStringLiteral("config"))->setValue(QString::number(s.configVersion));

    m_pools->setRowCount(static_cast<int>(s.pools.size()));
    for (int r = 0; r < static_cast<int>(s.pools.size()); ++r) {
        const auto& p = s.pools[static_cast<std::size_t>(r)];
        const QStringList cells = {QString::fromStdString(p.name), count(p.limit), count(p.inUse), count(p.waiting),
                                   number(p.completedPerS), number(p.throttledPerS), number(p.latencyP99Ms, 0)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = m_pools->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_pools->setItem(r, c, item);
            }
            item->setText(cells[c]);
        }
    }

    m_rateLabel->setText(tr("%1 msg/s").arg(number(st.messagesPerS, 0)));
    m_gapLabel->setText(tr("gaps %1 · rejected %2").arg(count(st.sequence.missedMessages), count(st.rejectedTotal)));
    m_lagLabel->setText(tr("lag %1 ms").arg(number(st.lastLatencyMs, 1)));
    if (!st.lastRejection.empty())
        m_gapLabel->setToolTip(tr("Last rejected message: %1").arg(QString::fromStdString(st.lastRejection)));
}

} // namespace omega::widgets
