// Multi-resolution store: downsampling keeps sum/count/min/max, rings stay within their memory bound.

#include "model/timeseries_store.h"

#include <QTest>

using namespace omega::model;

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void downsamplesIntoBuckets()
    {
        SeriesTable t(QStringLiteral("fleet"), {QStringLiteral("a"), QStringLiteral("b")});
        // 10 Hz for 25 s: a = i, b = 100 - i
        for (int i = 0; i < 250; ++i) {
            const float row[2] = {float(i), float(100 - i)};
            t.append(std::int64_t(i) * 100'000, row);
        }
        const auto raw = t.query(0, Resolution::Raw, 0, 100'000'000);
        QCOMPARE(raw.size(), std::size_t(250));
        QCOMPARE(raw.back().mean, 249.0f);

        const auto sec = t.query(0, Resolution::OneSecond, 0, 100'000'000);
        QCOMPARE(sec.size(), std::size_t(25));     // 24 closed + the open one
        QCOMPARE(sec[3].timeUs, std::int64_t(3'000'000));
        QCOMPARE(sec[3].count, 10u);
        QCOMPARE(sec[3].min, 30.0f);
        QCOMPARE(sec[3].max, 39.0f);
        QCOMPARE(sec[3].mean, 34.5f);
        // The open second (24 s, samples 240..249) is part of every query, row or matrix.
        QCOMPARE(sec.back().timeUs, std::int64_t(24'000'000));
        QCOMPARE(sec.back().count, 10u);
        QCOMPARE(sec.back().min, 240.0f);
        QCOMPARE(sec.back().max, 249.0f);
        QCOMPARE(sec.back().mean, 244.5f);
        const auto m = t.queryMatrix({0, 1}, Resolution::OneSecond, 23'000'000, 24'000'000);
        QCOMPARE(m.times, (std::vector<std::int64_t>{23'000'000, 24'000'000}));
        QCOMPARE(m.values, (std::vector<float>{234.5f, 244.5f, 100.0f - 234.5f, 100.0f - 244.5f}));
        const auto b = t.query(1, Resolution::OneSecond, 3'000'000, 3'000'000);
        QCOMPARE(b.size(), std::size_t(1));
        QCOMPARE(b[0].min, 61.0f);
        QCOMPARE(b[0].max, 70.0f);

        const auto ten = t.query(0, Resolution::TenSeconds, 0, 100'000'000);
        QCOMPARE(ten.size(), std::size_t(3));
        QCOMPARE(ten[1].count, 100u);
        QCOMPARE(ten[1].min, 100.0f);
        QCOMPARE(ten[1].max, 199.0f);
        QCOMPARE(ten[1].mean, 149.5f);
    }

    void ringsForgetTheOldestAndMemoryIsBounded()
    {
        TableCapacity cap;
        cap.rows = {50, 20, 10, 5};
        SeriesTable t(QStringLiteral("x"), {QStringLiteral("v")}, cap);
        const std::size_t before = t.memoryBytes();
        for (int i = 0; i < 100'000; ++i) {
            const float v = float(i);
            t.append(std::int64_t(i) * 100'000, &v);   // 10 Hz for ~2.8 h
        }
        QCOMPARE(t.memoryBytes(), before);
        QCOMPARE(t.rowCount(Resolution::Raw), 50);
        QCOMPARE(t.rowCount(Resolution::OneSecond), 20);
        QCOMPARE(t.rowCount(Resolution::OneMinute), 5);
        const auto raw = t.query(0, Resolution::Raw, 0, INT64_MAX);
        QCOMPARE(raw.front().mean, 99'950.0f);
        QCOMPARE(raw.back().mean, 99'999.0f);
        const auto minutes = t.query(0, Resolution::OneMinute, 0, INT64_MAX);
        QCOMPARE(minutes.size(), std::size_t(6));   // 5 closed + open
        QVERIFY(minutes.front().timeUs < minutes.back().timeUs);
        QCOMPARE(minutes[4].count, 600u);
    }

    void defaultCapacityFitsTheBudget()
    {
        // 10 fleet columns with the default 1 min / 1 h / 6 h / 24 h rings: well under 2 MB.
        SeriesTable t(QStringLiteral("fleet"), QStringList(10, QStringLiteral("c")));
        QVERIFY2(t.memoryBytes() < 2u * 1024 * 1024, qPrintable(QString::number(t.memoryBytes())));
    }

    void timeGoingBackwardsStartsAfresh()
    {
        SeriesTable t(QStringLiteral("x"), {QStringLiteral("v")});
        for (int i = 0; i < 30; ++i) {
            const float v = 1;
            t.append(std::int64_t(i) * 100'000, &v);
        }
        const float v = 5;
        t.append(0, &v);   // a restarted publisher
        QCOMPARE(t.rowCount(Resolution::Raw), 1);
        QCOMPARE(t.query(0, Resolution::Raw, 0, INT64_MAX).front().mean, 5.0f);
    }

    void picksTheFinestResolutionThatFits()
    {
        SeriesTable t(QStringLiteral("x"), {QStringLiteral("v")});
        for (int i = 0; i < 600; ++i) {
            const float v = 1;
            t.append(std::int64_t(i) * 100'000, &v);
        }
        QCOMPARE(t.pickResolution(30'000'000, 1000), Resolution::Raw);        // 300 raw points
        QCOMPARE(t.pickResolution(30'000'000, 100), Resolution::OneSecond);   // 30 one-second buckets
        QCOMPARE(t.pickResolution(3600'000'000LL, 1000), Resolution::TenSeconds);
        QCOMPARE(t.pickResolution(86400'000'000LL, 2000), Resolution::OneMinute);
    }

    void emptyAndBadColumns()
    {
        SeriesTable t(QStringLiteral("x"), {QStringLiteral("v")});
        QVERIFY(t.query(0, Resolution::OneSecond, 0, INT64_MAX).empty());
        QVERIFY(t.query(3, Resolution::Raw, 0, INT64_MAX).empty());
        QVERIFY(t.query(-1, Resolution::Raw, 0, INT64_MAX).empty());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
