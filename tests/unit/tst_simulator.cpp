#include <QtTest>
#include "sim/fleet_simulator.h"
class TstSimulator : public QObject { Q_OBJECT
private slots:
    void smoke() { omega::sim::FleetSimulator s(omega::sim::Scenario::referenceDefault()); s.advanceTo(1000000); QVERIFY(s.totals().tasksCompleted > 0); }
};
QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
