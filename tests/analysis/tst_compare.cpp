// Two recordings compared: a baseline run and a tuned run recorded through the real session
// writer, loaded back through the pipeline, fitted, and written side by side.
#include "session/session_loader.h"
#include "session/session_writer.h"
#include "sim_feed.h"
#include "widgets/report_writer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace omega;

namespace {
// Records `seconds` of the fleet at the given knobs into `path`.
void record(const QString& path, const model::KnobSettings* knobs, double seconds)
{
    testing::SimFeed feed(sim::Scenario::referenceDefault());
    session::SessionWriter::Options o;
    o.path = path;
    QString error;
    std::shared_ptr<session::SessionWriter> writer = session::SessionWriter::start(o, &error);
    QVERIFY2(writer, qPrintable(error));
    feed.pipeline().setFrameTap([writer](protocol::Topic topic, std::int64_t wallUs, std::int64_t simUs, const void* payload,
                                         std::size_t size) { writer->append(topic, wallUs, simUs, payload, size); });
    feed.sendTopology();   // the recording starts with a keyframe
    if (knobs)
        QVERIFY(feed.apply(*knobs));
    feed.run(seconds);
    writer->stop();
}

report::ReportInput load(const QString& path)
{
    model::IngestPipeline pipeline;
    session::LoadResult loaded;
    QString error;
    report::ReportInput in;
    if (!session::loadSession(path, pipeline, &loaded, &error))
        qFatal("%s", qPrintable(error));
    in.source = path;
    const std::int64_t now = pipeline.latest()->simTimeUs;
    in.tasksPerS = pipeline.fleetSeries(model::FleetSeries::TasksPerS, model::Resolution::OneSecond, 0, now);
    in.taskP99Ms = pipeline.fleetSeries(model::FleetSeries::TaskLatencyP99Ms, model::Resolution::OneSecond, 0, now);
    in.failedPerS = pipeline.fleetSeries(model::FleetSeries::FailedTasksPerS, model::Resolution::OneSecond, 0, now);
    return in;
}
} // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void baselineAgainstTuned()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.omega")), after = dir.filePath(QStringLiteral("after.omega"));
        record(before, nullptr, 120);
        const model::KnobSettings tuned{1, 22, 133, 3, 0, true};
        record(after, &tuned, 120);
        const report::ReportInput a = load(before), b = load(after);
        QVERIFY(a.tasksPerS.size() >= 100 && b.tasksPerS.size() >= 100);
        const QString html = dir.filePath(QStringLiteral("compare.html"));
        QString error;
        QVERIFY2(widgets::writeComparisonReport(a, b, html, &error), qPrintable(error));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QStringLiteral("data:image/png;base64,")), 2);
        // The throughput row: after / before is the tuning's gain, read back from the recordings.
        const QRegularExpression row(QStringLiteral("throughput \\(tasks/s\\)</td><td>([0-9.,]+)</td><td>([0-9.,]+)</td>"));
        const auto m = row.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.left(3000)));
        const double x0 = QLocale().toDouble(m.captured(1)), x1 = QLocale().toDouble(m.captured(2));
        QVERIFY2(x0 > 6 && x0 < 10 && x1 > 130, qPrintable(QStringLiteral("%1 %2").arg(x0).arg(x1)));
        QVERIFY(!widgets::writeComparisonReport(a, b, dir.filePath(QStringLiteral("compare.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral(".html")));
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
