// Typed evidence: one table of quantities, JSON that reads back equal, bad JSON refused with a
// reason, and the recording: a demo run's findings table holds evidence that parses back.

#include "analysis/evidence.h"
#include "runtime/runtime.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace omega;
using analysis::Evidence;
using analysis::Quantity;

class TstEvidence : public QObject {
    Q_OBJECT
private slots:
    void everyQuantityHasOneUniqueKey()
    {
        QSet<QString> keys;
        for (const analysis::QuantityInfo& q : analysis::kQuantities) {
            QVERIFY(*q.key);
            QVERIFY2(!keys.contains(QLatin1String(q.key)), q.key);
            keys.insert(QLatin1String(q.key));
            QCOMPARE(analysis::quantityByKey(q.key), std::optional<Quantity>(q.quantity));
        }
        QCOMPARE(keys.size(), static_cast<qsizetype>(Quantity::Count));
        QCOMPARE(analysis::quantityByKey("no_such_thing"), std::nullopt);
    }

    void numbersKeepTheTablesOrderAndReplace()
    {
        Evidence a, b;
        a.set({{Quantity::Waiting, 600}, {Quantity::Limit, 10}});
        b.set(Quantity::Limit, 3);
        b.set(Quantity::Waiting, 600);
        b.set(Quantity::Limit, 10);   // replaces, does not add
        QCOMPARE(b.numbers.size(), std::size_t{2});
        QVERIFY(a == b);
        QCOMPARE(a.numbers.front().quantity, Quantity::Limit);
        QCOMPARE(a.value(Quantity::Waiting), 600.0);
        QCOMPARE(a.value(Quantity::QueueWaitMs, -1), -1.0);
        QVERIFY(!a.has(Quantity::QueueWaitMs));
    }

    void jsonReadsBackEqual()
    {
        Evidence e;
        e.fromSimUs = 95'000'000;
        e.toSimUs = 125'000'000;
        e.set({{Quantity::QueueWaitMs, 20000.5}, {Quantity::Limit, 10}, {Quantity::ThrottledShare, 0.25}});
        e.series = {{model::Scope::pool(1), QStringLiteral("in_use")}, {model::Scope::fleet(), QStringLiteral("tasks_per_s")},
                    {model::Scope::domain(17), QStringLiteral("latency_p99")}};
        const QByteArray text = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains("\"queue_wait_ms\":20000.5"), text.constData());
        QVERIFY2(text.contains("\"scope\":\"domain\""), text.constData());
        QString error;
        const auto back = Evidence::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == e);
    }

    void infiniteNumbersAreLeftOut()
    {
        Evidence e;
        e.set({{Quantity::TStat, std::numeric_limits<double>::infinity()}, {Quantity::Ratio, 2}});
        const auto back = Evidence::fromJson(e.toJson(), nullptr);
        QVERIFY(back);
        QVERIFY(!back->has(Quantity::TStat));
        QCOMPARE(back->value(Quantity::Ratio), 2.0);
    }

    void badJsonIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no window") << QByteArray(R"({"numbers":{}})") << QStringLiteral("from_sim_us");
        QTest::newRow("unknown quantity") << QByteArray(R"({"from_sim_us":0,"to_sim_us":1,"numbers":{"wat":1}})")
                                          << QStringLiteral("unknown quantity 'wat'");
        QTest::newRow("text for a number") << QByteArray(R"({"from_sim_us":0,"to_sim_us":1,"numbers":{"limit":"ten"}})")
                                           << QStringLiteral("'limit' is not a number");
        QTest::newRow("unknown scope") << QByteArray(R"({"from_sim_us":0,"to_sim_us":1,"series":[{"scope":"galaxy"}]})")
                                       << QStringLiteral("unknown scope 'galaxy'");
    }
    void badJsonIsRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Evidence::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // The runtime records each new finding with its evidence; the row parses back into the same
    // numbers the analysis engine reported.
    void aRecordingHoldsEvidenceThatReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.omega"));
        runtime::Runtime runtime;
        runtime::Runtime::Options options;
        options.demo = true;
        options.speed = 0;
        options.telemetryEndpoint = "tcp://127.0.0.1:5676";
        options.controlEndpoint = "tcp://127.0.0.1:5677";
        options.recordPath = path;
        options.tuningHistoryPath = dir.filePath(QStringLiteral("history.sqlite"));
        QString error;
        QVERIFY2(runtime.start(options, &error), qPrintable(error));
        // At the baseline the cloud pool saturates: a warning with a measured queue wait.
        analysis::AnalysisReportPtr report;
        QVERIFY(QTest::qWaitFor([&] {
            report = runtime.analysis().latest();
            if (!report)
                return false;
            for (const analysis::Finding& f : report->findings)
                if (f.kind == analysis::FindingKind::Saturation && f.evidence.has(Quantity::QueueWaitMs))
                    return true;
            return false;
        }, 60000));
        runtime.stop();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("evidence"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        int parsed = 0, saturation = 0;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT kind, scope, detail FROM findings")));
            while (q.next()) {
                const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
                const auto e = Evidence::fromJson(detail, &error);
                QVERIFY2(e, qPrintable(error + QStringLiteral(": ") + q.value(2).toString()));
                QVERIFY(e->fromSimUs <= e->toSimUs);
                QVERIFY(!e->numbers.empty());
                QVERIFY(!e->series.empty());
                QVERIFY(!detail.value(QStringLiteral("metric")).toString().isEmpty());
                ++parsed;
                if (q.value(0).toString() == QLatin1String("saturation")) {
                    ++saturation;
                    QVERIFY(e->value(Quantity::Limit) > 0);
                    QCOMPARE(e->series.front().scope.kind, model::ScopeKind::Pool);
                }
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("evidence"));
        qInfo("%d finding rows read back, %d of them saturation", parsed, saturation);
        QVERIFY(saturation > 0);
    }
};

QTEST_GUILESS_MAIN(TstEvidence)
#include "tst_evidence.moc"
