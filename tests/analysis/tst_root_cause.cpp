// Root-cause ranking on the simulator driven in simulated time: every shipped fault scenario at
// the baseline knobs and near the bound; the first finding names the fault while it lasts, and a
// fault-free run raises no warning but the true bottleneck.
#include "root_cause_run.h"

#include <QTest>

using namespace omega;
using analysis::Finding;
using analysis::FindingKind;
using analysis::ScopeKind;

namespace {

QString describe(const Finding& f)
{
    return QStringLiteral("%1 %2 sev%3 score%4").arg(QString::fromLatin1(analysis::findingKindKey(f.kind)), analysis::scopeKey(f))
        .arg(f.severity).arg(f.score, 0, 'g', 3);
}

} // namespace

class TestRootCause : public QObject {
    Q_OBJECT
private slots:
    void shippedScenarios_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("near");
        QTest::addColumn<int>("seed");
        for (const char* f : testing::kShippedScenarios)
            for (const bool near : {false, true})
                QTest::addRow("%s %s", f, near ? "near-bound" : "baseline") << QString::fromLatin1(f) << near << 1;
        // Seed 11 moves the hot kosha to a domain that finishes one to three units a minute at the
        // baseline: judged on a minute alone it dropped out of the findings for most of the fault.
        QTest::addRow("hot-kosha.json baseline, a domain with little work") << QStringLiteral("hot-kosha.json") << false << 11;
    }

    void shippedScenarios()
    {
        QFETCH(QString, file);
        QFETCH(bool, near);
        QFETCH(int, seed);
        sim::Scenario sc = testing::loadShipped(file);
        if (seed != 1)
            testing::reseed(sc, static_cast<std::uint64_t>(seed));
        if (near)
            testing::nearBound(sc);
        const testing::Expected expected =
            testing::expectedFor(sc, FindingKind::Saturation, near ? QStringLiteral("local") : QStringLiteral("cloud"));
        testing::AnalysisCycle cycle(sc);
        cycle.step(30);
        int checked = 0, right = 0, falseWarnings = 0;
        const bool verbose = qEnvironmentVariableIsSet("OMEGA_RC_VERBOSE");
        for (double t = 30; t < 200;) {
            const auto& found = cycle.step(5);
            t += 5;
            if (verbose) {
                QStringList top;
                for (std::size_t i = 0; i < found.size() && i < 4; ++i)
                    top << describe(found[i]);
                qInfo("%5.0f s: %s", t, qPrintable(top.join(QStringLiteral(" | "))));
            }
            // Detection takes up to 40 s at the baseline's trickle of work (docs/root-cause.md).
            const bool during = t >= expected.faultStartS + 40 && t < expected.faultEndS;
            if (during) {
                ++checked;
                right += !found.empty() && expected.matches(found.front());
            }
            if (!expected.hasFault)
                for (const Finding& f : found)
                    falseWarnings += f.severity >= 2 && !expected.matches(f);
        }
        qInfo("%s: top-1 right %d of %d, false warnings %d", qPrintable(file), right, checked, falseWarnings);
        // The bar: top-1 right in at least 90 % of the cycles while the fault lasts.
        QVERIFY2(right * 10 >= checked * 9, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(checked)));
        QCOMPARE(falseWarnings, 0);
    }
};

QTEST_GUILESS_MAIN(TestRootCause)
#include "tst_root_cause.moc"
