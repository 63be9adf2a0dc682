// The one scope type: keys that read back, the hierarchy order that group_by relies on, and the
// roll-up level index.

#include "model/scope.h"

#include <QTest>

using omega::model::Scope;
using omega::model::ScopeKind;

class TstScope : public QObject {
    Q_OBJECT
private slots:
    void keysReadBack()
    {
        for (ScopeKind k : {ScopeKind::Fleet, ScopeKind::Team, ScopeKind::Prime, ScopeKind::Domain, ScopeKind::Agent, ScopeKind::Pool})
            QCOMPARE(omega::model::scopeKindFromKey(omega::model::scopeKindKey(k)), std::optional<ScopeKind>(k));
        QCOMPARE(omega::model::scopeKindFromKey("kosha"), std::nullopt);
        QCOMPARE(QByteArray(omega::model::scopeKindKey(ScopeKind::Domain)), QByteArray("domain"));
    }

    void hierarchyOrder()
    {
        using omega::model::isAbove;
        QVERIFY(isAbove(ScopeKind::Fleet, ScopeKind::Agent));
        QVERIFY(isAbove(ScopeKind::Team, ScopeKind::Prime));
        QVERIFY(isAbove(ScopeKind::Prime, ScopeKind::Domain));
        QVERIFY(isAbove(ScopeKind::Domain, ScopeKind::Agent));
        QVERIFY(!isAbove(ScopeKind::Domain, ScopeKind::Domain));
        QVERIFY(!isAbove(ScopeKind::Agent, ScopeKind::Team));
        // Pools stand beside the hierarchy: nothing contains them and they contain nothing.
        QVERIFY(!isAbove(ScopeKind::Fleet, ScopeKind::Pool));
        QVERIFY(!isAbove(ScopeKind::Pool, ScopeKind::Agent));
    }

    void groupLevels()
    {
        QCOMPARE(omega::model::groupLevelIndex(ScopeKind::Team), 0);
        QCOMPARE(omega::model::groupLevelIndex(ScopeKind::Prime), 1);
        QCOMPARE(omega::model::groupLevelIndex(ScopeKind::Domain), 2);
        QCOMPARE(omega::model::groupLevelIndex(ScopeKind::Agent), -1);
        QCOMPARE(omega::model::groupLevelIndex(ScopeKind::Pool), -1);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(omega::model::groupLevelIndex(omega::model::kGroupKinds[i]), i);
    }

    void equalityIsKindAndIndex()
    {
        QVERIFY(Scope::domain(3) == (Scope{ScopeKind::Domain, 3}));
        QVERIFY(!(Scope::domain(3) == Scope::prime(3)));
        QVERIFY(Scope::fleet() == Scope{});
    }
};

QTEST_GUILESS_MAIN(TstScope)
#include "tst_scope.moc"
