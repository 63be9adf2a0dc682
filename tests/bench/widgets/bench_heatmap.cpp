// Frame cost of the fleet heatmap at 3,000 and 100,000 agents: (a) a new snapshot with changed
// values (recolour) + paint of the whole widget into a pixmap, (b) the layout after a resize.
// Run with QT_QPA_PLATFORM=offscreen. Prints figures only; the bars are in docs/BENCHMARKS.md.

#include "widgets/widget_test_data.h"
#include "widgets/fleet_heatmap.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace omega;

namespace {
double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 2)).trimmed();
    return QStringLiteral("?");
}

double ms(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

void run(int agents, int frames, QSize size)
{
    widgets::FleetHeatmap map;
    map.resize(size);
    map.show();
    QCoreApplication::processEvents();

    // Value variants on one topology: every frame gets a new snapshot (new serial) whose values
    // differ from the previous frame's, as the ingest thread publishes them.
    const model::SnapshotPtr base = testing::makeSnapshot(agents, [](int a) { return a % 211 == 0; });
    std::vector<model::SnapshotPtr> variants;
    QRandomGenerator rng(42);
    for (int k = 0; k < 8; ++k) {
        auto s = std::make_shared<model::FleetSnapshot>(*base);
        for (std::size_t i = 0; i < s->agents.size(); ++i) {
            s->agents.latencyP99Ms[i] = static_cast<float>(100.0 + 400.0 * rng.generateDouble() + ((i + k * 37) % 997 == 0 ? 4000 : 0));
            s->agents.queueDepth[i] = rng.bounded(30u);
            s->agents.state[i] = static_cast<std::uint8_t>(1 + rng.bounded(4u));
        }
        variants.push_back(s);
    }
    map.setSnapshot(variants[0]);
    QPixmap target(map.size());
    map.render(&target);

    std::vector<double> frame, recolour, paint;
    for (int i = 0; i < frames; ++i) {
        auto next = std::make_shared<model::FleetSnapshot>(*variants[static_cast<std::size_t>((i + 1) % 8)]);
        next->serial = static_cast<std::uint64_t>(i + 2);
        QElapsedTimer t;
        t.start();
        map.setSnapshot(next);   // visible: recolours now
        const double r = ms(t);
        map.render(&target);
        const double all = ms(t);
        frame.push_back(all);
        recolour.push_back(r);
        paint.push_back(all - r);
    }
    // Same serial again: the frame timer's common case when no new data arrived.
    std::vector<double> skip;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        map.setSnapshot(map.snapshot());
        skip.push_back(ms(t));
    }

    std::vector<double> layout, layoutFrame;
    for (int i = 0; i < 40; ++i) {
        map.resize(size.width() - (i % 2) * 100, size.height() - (i % 2) * 40);
        QElapsedTimer t;
        t.start();
        (void)map.cellRect(0);   // lays out (positions, labels, background image)
        layout.push_back(ms(t));
        map.render(&target);     // every cell coloured anew + paint
        layoutFrame.push_back(ms(t));
        target = QPixmap(map.size());
    }
    std::printf("%7d agents  %4dx%-4d cell %2d px | frame median %5.2f ms  p95 %5.2f ms  max %5.2f | recolour %5.2f | paint %5.2f"
                " | same-serial skip %5.3f ms | layout after resize median %5.2f ms p95 %5.2f (with first full frame %5.2f)\n",
                agents, size.width(), size.height(), map.cellSize(), percentile(frame, 0.5), percentile(frame, 0.95), percentile(frame, 1.0),
                percentile(recolour, 0.5), percentile(paint, 0.5), percentile(skip, 0.5), percentile(layout, 0.5), percentile(layout, 0.95),
                percentile(layoutFrame, 0.5));
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    std::printf("bench_heatmap  %s  %d cores (%s)  Qt %s  platform %s\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), QThread::idealThreadCount(), qPrintable(cpuModel()),
                qVersion(), qPrintable(QGuiApplication::platformName()));
    std::printf("per frame: new snapshot (new serial, changed values) -> recolour, then render of the whole widget into a pixmap\n");
    for (int agents : {3'000, 100'000})
        run(agents, agents > 10'000 ? 300 : 600, QSize(1200, 700));
    run(3'000, 300, QSize(1920, 1080));
    run(100'000, 300, QSize(1920, 1080));
    std::printf("bars: 3k < 4 ms, 100k < 16 ms per frame (heading for 1.5 ms / 3 ms)\n");
    return 0;
}
