// The headless status line's capacity part: the top recommendation with its predicted throughput,
// and an honest "-" for a p99 the models cannot determine (never "0 ms").

#include "runtime/status_line.h"

#include <QTest>

using namespace omega;

namespace {
analysis::AnalysisReport reportWith(bool p99Undetermined)
{
    auto capacity = std::make_shared<analysis::CapacityReport>();
    capacity->current.valid = true;
    analysis::Recommendation r;
    r.answers = analysis::Station::CloudSlots;
    r.from.localLimit = 1;
    r.from.cloudLimit = 10;
    r.from.cloudBatch = 1;
    r.to = r.from;
    r.to.cloudLimit = 20;
    r.measuredTasksPerS = 8.0;
    r.predicted.valid = true;
    r.predicted.tasksPerS = {15.8, 14.9, 16.6};
    r.predicted.p99Ms = p99Undetermined ? 0 : 12150;
    r.predicted.p99Undetermined = p99Undetermined;
    r.confidence = 0.8;
    analysis::PlanStep end;
    end.knobs = r.to;
    end.prediction.tasksPerS = {146.2, 140.0, 150.0};
    r.plan = {analysis::PlanStep{r.to, r.predicted}, end};
    capacity->recommendations.push_back(r);
    analysis::AnalysisReport report;
    report.capacity = capacity;
    return report;
}
} // namespace

class TstStatusLine : public QObject {
    Q_OBJECT
private slots:
    void namesTheTopRecommendationAndItsPrediction()
    {
        const analysis::AnalysisReport report = reportWith(false);
        const QString line = runtime::capacityStatus(&report);
        QVERIFY2(line.contains(QStringLiteral("recommend cloud 10->20")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("8.0 -> 15.8 tasks/s [14.9-16.6]")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("p99 12150 ms")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("plan 2 steps to 146.2 tasks/s")), qPrintable(line));
    }

    void anUndeterminedP99IsADash()
    {
        const analysis::AnalysisReport report = reportWith(true);
        const QString line = runtime::capacityStatus(&report);
        QVERIFY2(line.contains(QStringLiteral("p99 - ms")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("p99 0 ms")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TstStatusLine)
#include "tst_status_line.moc"
