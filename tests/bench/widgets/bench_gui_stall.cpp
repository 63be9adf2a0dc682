// Longest GUI-thread stall while data flows: the whole main window on the embedded simulator, a
// 1 ms timer on the GUI thread records how late it fires; also the time the window spends handing
// each snapshot to its views. Run with QT_QPA_PLATFORM=offscreen (or under Xvfb). Prints figures.

#include "runtime/runtime.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace omega;

namespace {
double pct(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const double speed = argc > 1 ? std::atof(argv[1]) : 10.0;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 15;
    runtime::Runtime runtime;
    runtime::Runtime::Options o;
    o.demo = true;
    o.speed = speed;
    QString error;
    if (!runtime.start(o, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    widgets::MainWindow w;
    w.resize(1920, 1080);
    w.setHistorySource(&runtime.pipeline());
    w.setAlertsSource([&runtime] { return runtime.alerts().view(); });
    w.setSources([&runtime] { return runtime.pipeline().latest(); }, [] { return QStringLiteral("live"); }, runtime.sourceDescription());
    w.show();

    std::vector<double> lateness, frames;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    qint64 last = 0;
    std::uint64_t lastSerial = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last)
            lateness.push_back(static_cast<double>(now - last) / 1e6 - 1.0);
        last = now;
        const auto s = runtime.pipeline().latest();
        if (s && s->serial != lastSerial && w.lastFrameMs() > 0) {
            lastSerial = s->serial;
            frames.push_back(w.lastFrameMs());
        }
    });
    QTimer::singleShot(2000, [&] {   // after start-up (first layout, topology)
        clock.start();
        probe.start(1);
    });
    QTimer::singleShot(2000 + seconds * 1000, &app, &QApplication::quit);
    app.exec();
    const auto snap = runtime.pipeline().latest();
    runtime.stop();
    std::printf("bench_gui_stall — %s, %d cores, Qt %s, platform %s, window 1920x1080, demo at %.0fx for %d s\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), QThread::idealThreadCount(), qVersion(),
                qPrintable(QGuiApplication::platformName()), speed, seconds);
    std::printf("GUI thread lateness of a 1 ms timer (= stall): median %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms  (%zu samples)\n",
                pct(lateness, 0.5), pct(lateness, 0.99), pct(lateness, 0.999), pct(lateness, 1.0), lateness.size());
    std::printf("snapshot handed to all views (MainWindow::refresh): median %.2f ms  p95 %.2f ms  max %.2f ms  (%zu frames)\n",
                pct(frames, 0.5), pct(frames, 0.95), pct(frames, 1.0), frames.size());
    std::printf("ticks applied %llu, gaps %llu\n", static_cast<unsigned long long>(snap ? snap->stats.ticksApplied : 0),
                static_cast<unsigned long long>(snap ? snap->stats.sequence.missedMessages : 0));
    return 0;
}
