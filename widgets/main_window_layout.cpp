// The window's docks and where they go: the default layout for the screen it opens on (a compact
// one on laptops), saving and restoring it, and keeping the window wholly on its screen.
#include "widgets/main_window.h"

#include "widgets/overview_panel.h"
#include "widgets/series_plots.h"
#include "widgets/theme.h"

#include <QDockWidget>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QShowEvent>
#include <QTimer>

#include <algorithm>

namespace omega::widgets {

QDockWidget* MainWindow::addDock(QWidget* view, const QString& objectName, const QString& title,
                                 Qt::DockWidgetArea area, const QKeySequence& shortcut)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    // A view smaller than it would like (a laptop screen, a narrow split) scrolls inside its dock
    // instead of forcing its minimum size on the window: the window always fits the screen.
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(objectName + QStringLiteral("-scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(view);
    dock->setWidget(scroll);
    addDockWidget(area, dock);
    QAction* toggle = dock->toggleViewAction();
    toggle->setShortcut(shortcut);
    toggle->setToolTip(tr("Show or hide %1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    addAction(toggle);   // shortcut works while the menu is closed
    return dock;
}

QDockWidget* MainWindow::dock(const QString& objectName) const
{
    return findChild<QDockWidget*>(objectName);
}

QList<QDockWidget*> MainWindow::docks() const
{
    return findChildren<QDockWidget*>();
}

QSize MainWindow::defaultSize() const
{
    // The whole available area on a laptop-sized screen, nine tenths of a larger one.
    const QScreen* s = screen();
    if (!s)
        return {1366, 700};
    const QSize avail = s->availableGeometry().size();
    const bool small = avail.width() <= 1440 || avail.height() <= 900;
    // The window manager's frame; before the first show Qt does not know it yet: assume a title bar.
    QSize frame = frameGeometry().size() - geometry().size();
    if (frame.isEmpty())
        frame = QSize(8, style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this) + 8);
    const QSize room = avail - frame - (small ? QSize(0, 0) : avail / 10);
    return room.boundedTo(QSize(3200, 2000));
}

void MainWindow::arrangeDocks(const QSize& window)
{
    const auto d = [this](const char* name) { return dock(QLatin1String(name)); };
    for (QDockWidget* x : docks())
        x->setFloating(false);
    // Docks get their views' heights: the overview's two rows of tiles, the time series' four plots.
    const int title = fontMetrics().height() + 10;
    const int overviewHeight = m_overview->sizeHint().height() + title;
    const int seriesHeight = m_series->minimumSizeHint().height() + title;
    if (window.width() >= 1700 && window.height() >= 900) {
        // Wide: hierarchy / treemap / recommendations on the right (with the pools, unless there
        // is room for them on the left), the time views and the lists in a row along the bottom.
        const bool poolsLeft = window.width() >= 2200;
        setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
        setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
        addDockWidget(Qt::TopDockWidgetArea, d("overview"));
        addDockWidget(Qt::RightDockWidgetArea, d("hierarchy"));
        tabifyDockWidget(d("hierarchy"), d("treemap"));
        tabifyDockWidget(d("hierarchy"), d("recommendations"));
        if (poolsLeft)
            addDockWidget(Qt::LeftDockWidgetArea, d("pools"));
        else
            tabifyDockWidget(d("treemap"), d("pools"));
        addDockWidget(Qt::BottomDockWidgetArea, d("series"));
        splitDockWidget(d("series"), d("kosha-time"), Qt::Horizontal);
        splitDockWidget(d("kosha-time"), d("alerts"), Qt::Horizontal);
        for (const char* tab : {"events", "findings", "tuning"})
            tabifyDockWidget(d("alerts"), d(tab));
        d("alerts")->raise();
        d("treemap")->raise();
        const int w = window.width();
        // The pools' panels (local and cloud side by side) appear with the first data: room for two.
        const int poolsWidth = 2 * 340;
        resizeDocks({d("overview")}, {overviewHeight}, Qt::Vertical);
        resizeDocks({d("series")}, {std::max(window.height() * 3 / 10, seriesHeight)}, Qt::Vertical);
        if (poolsLeft)
            resizeDocks({d("pools"), d("treemap")}, {std::max(w * 28 / 100, poolsWidth), w * 22 / 100}, Qt::Horizontal);
        else
            resizeDocks({d("treemap")}, {std::max(w * 3 / 10, poolsWidth)}, Qt::Horizontal);
        resizeDocks({d("series"), d("kosha-time"), d("alerts")}, {w * 42 / 100, w * 33 / 100, w * 25 / 100}, Qt::Horizontal);
        return;
    }
    // Compact (a laptop): the heatmap in the middle, the time series and the other tall views as
    // tabs in a column on the right that runs the full height, the lists as tabs below the heatmap.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    addDockWidget(Qt::TopDockWidgetArea, d("overview"));
    addDockWidget(Qt::RightDockWidgetArea, d("series"));
    for (const char* tab : {"kosha-time", "pools", "hierarchy", "treemap", "recommendations"})
        tabifyDockWidget(d("series"), d(tab));
    addDockWidget(Qt::BottomDockWidgetArea, d("alerts"));
    for (const char* tab : {"events", "findings", "tuning"})
        tabifyDockWidget(d("alerts"), d(tab));
    d("series")->raise();
    d("alerts")->raise();
    // The right column as wide as the time series wants, leaving the heatmap its own minimum.
    const int centreMin = centralWidget()->minimumSizeHint().width() + 12;
    int right = std::max(window.width() * 2 / 5, m_series->minimumSizeHint().width() + 24);
    right = std::max(window.width() * 3 / 10, std::min(right, window.width() - centreMin));
    resizeDocks({d("series")}, {right}, Qt::Horizontal);
    resizeDocks({d("overview")}, {overviewHeight}, Qt::Vertical);
    resizeDocks({d("alerts")}, {std::max(150, window.height() / 4)}, Qt::Vertical);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()) && screen()) {
        // First start (or a saved geometry from elsewhere): the default size, centred on the screen.
        resize(defaultSize());
        move(screen()->availableGeometry().center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kLayoutVersion);
    for (QDockWidget* d : docks())
        d->show();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    settings.setValue(QStringLiteral("window/theme"), themeKey(currentTheme()));
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Once the frame is known: pull the window wholly onto its screen (a first start, or a saved
    // geometry from a larger screen).
    QTimer::singleShot(0, this, [this] {
        const QScreen* s = screen();
        if (!s || isMaximized() || isFullScreen())
            return;
        const QRect avail = s->availableGeometry();
        QRect frame = frameGeometry();
        if (avail.contains(frame))
            return;
        const QSize margins = frame.size() - size();
        resize(size().boundedTo(avail.size() - margins));
        frame = frameGeometry();
        move(pos() + QPoint(std::min(0, avail.right() - frame.right()) + std::max(0, avail.left() - frame.left()),
                            std::min(0, avail.bottom() - frame.bottom()) + std::max(0, avail.top() - frame.top())));
    });
}

} // namespace omega::widgets
