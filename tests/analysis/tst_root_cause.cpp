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
        int checked = 0, right = 0, falseWarnings = 0, wrongFirst = 0, named = 0;
        // At the baseline an agent finishes about two units a minute: its own p50 never covers the
        // fault, and it is named only while its domain is slow on its account. What must hold there:
        // nothing else is named first (its domain, another agent), and it is named at some point.
        const bool agentAtBaseline = expected.listed && !near;
        const testing::Expected binding =
            testing::expectedFor(sim::Scenario{}, FindingKind::Saturation, near ? QStringLiteral("local") : QStringLiteral("cloud"));
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
            // Detection takes up to 40 s at the baseline's trickle of work (docs/root-cause.md), a
            // slow agent's up to 90 s near the bound (root_cause_run.h).
            const bool during = t >= expected.faultStartS + expected.checkAfterS && t < expected.faultEndS;
            if (during && !agentAtBaseline) {
                ++checked;
                right += expected.right(found);
            }
            if (agentAtBaseline && t >= expected.faultStartS && t < expected.faultEndS && !found.empty()) {
                named += expected.matches(found.front());
                wrongFirst += !expected.matches(found.front()) && !binding.matches(found.front());
            }
            if (!expected.hasFault)
                for (const Finding& f : found)
                    falseWarnings += f.severity >= 2 && !expected.matches(f);
        }
        qInfo("%s: right %d of %d, false warnings %d", qPrintable(file), right, checked, falseWarnings);
        if (agentAtBaseline) {
            qInfo("named first in %d cycles, something else than it or the binding pool in %d", named, wrongFirst);
            QCOMPARE(wrongFirst, 0);
            QVERIFY(named > 0);
            return;
        }
        // The bar: top-1 right (a slow agent: among the first three) in at least 90 % of the
        // cycles while the fault lasts.
        QVERIFY2(right * 10 >= checked * 9, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(checked)));
        QCOMPARE(falseWarnings, 0);
    }
};

QTEST_GUILESS_MAIN(TestRootCause)
#include "tst_root_cause.moc"
