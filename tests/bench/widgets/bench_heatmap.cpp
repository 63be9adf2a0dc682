// Frame cost of the fleet heatmap at 3,000 and 100,000 agents: recolour on new data + paint,
// and the layout cost after a resize. Run with QT_QPA_PLATFORM=offscreen. Prints figures only.

#include "widgets/widget_test_data.h"
#include "widgets/agent_heatmap.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QResizeEvent>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace omega;

namespace {
double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 2));
    return QStringLiteral("?");
}

void run(int agents, int frames)
{
    widgets::AgentHeatmap map;
    map.resize(1200, 700);
    // A few different snapshots so every frame really recolours.
    std::vector<model::SnapshotPtr> snaps;
    for (int k = 0; k < 8; ++k)
        snaps.push_back(testing::makeSnapshot(agents, [k](int a) { return (a + k * 37) % 101 == 0; }, 12, 6, 5,
                                              static_cast<std::uint64_t>(k + 1)));
    map.setSnapshot(snaps[0]);
    QPixmap target(map.size());
    std::vector<double> frame, recolour, paint;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer t;
        t.start();
        map.setSnapshot(snaps[static_cast<std::size_t>(i % 2 ? (i % 8) : ((i + 1) % 8))]);
        const double r = static_cast<double>(t.nsecsElapsed()) / 1e6;
        map.render(&target);
        const double all = static_cast<double>(t.nsecsElapsed()) / 1e6;
        frame.push_back(all);
        recolour.push_back(r);
        paint.push_back(all - r);
    }
    std::vector<double> layout;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        map.resize(1200 - (i % 2) * 100, 700);
        QResizeEvent e(map.size(), QSize());
        QApplication::sendEvent(&map, &e);
        layout.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf("%7d agents | frame median %6.2f ms  p95 %6.2f ms  max %6.2f | recolour %5.2f ms | paint %5.2f ms | layout after resize median %6.2f ms | cell %d px\n",
                agents, percentile(frame, 0.5), percentile(frame, 0.95), percentile(frame, 1.0), percentile(recolour, 0.5),
                percentile(paint, 0.5), percentile(layout, 0.5), map.cellRect(0).width());
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    std::printf("bench_heatmap — %s, %d cores (%s), Qt %s, platform %s\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), QThread::idealThreadCount(),
                qPrintable(cpuModel()), qVersion(), qPrintable(QGuiApplication::platformName()));
    std::printf("widget 1200 x 700, rendered into a pixmap each frame (recolour on a new snapshot + full paint)\n");
    run(3'000, 400);
    run(100'000, 200);
    std::printf("bars: 3k < 4 ms, 100k < 16 ms per frame (heading for 1.5 ms / 3 ms)\n");
    return 0;
}
