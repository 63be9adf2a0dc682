// Sequence checking: gaps, duplicates, out-of-order and publisher restarts, per topic.

#include "model/sequence_tracker.h"

#include <QTest>

using namespace omega;
using Verdict = model::SequenceTracker::Verdict;
using protocol::Topic;

class TestSequence : public QObject {
    Q_OBJECT
private slots:
    void inOrderHasNoGaps()
    {
        model::SequenceTracker t;
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 1).verdict, Verdict::First);
        for (std::uint64_t s = 2; s <= 100; ++s)
            QCOMPARE(t.observe(Topic::Tick, "a", 1, s).verdict, Verdict::InOrder);
        QCOMPARE(t.counters().missedMessages, 0u);
        QCOMPARE(t.counters().gapEvents, 0u);
    }

    void gapCountsMissingMessages()
    {
        model::SequenceTracker t;
        t.observe(Topic::Tick, "a", 1, 1);
        t.observe(Topic::Tick, "a", 1, 2);
        const auto r = t.observe(Topic::Tick, "a", 1, 6);
        QCOMPARE(r.verdict, Verdict::Gap);
        QCOMPARE(r.missed, 3u);
        QVERIFY(r.accept());
        t.observe(Topic::Tick, "a", 1, 8);
        QCOMPARE(t.counters().missedMessages, 4u);
        QCOMPARE(t.counters().gapEvents, 2u);
    }

    void duplicatesAndOldAreDropped()
    {
        model::SequenceTracker t;
        t.observe(Topic::Tick, "a", 1, 10);
        QVERIFY(!t.observe(Topic::Tick, "a", 1, 10).accept());
        QVERIFY(!t.observe(Topic::Tick, "a", 1, 4).accept());
        QCOMPARE(t.counters().duplicates, 2u);
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 11).verdict, Verdict::InOrder);
    }

    void topicsAreIndependent()
    {
        model::SequenceTracker t;
        t.observe(Topic::Tick, "a", 1, 1);
        t.observe(Topic::Pool, "a", 1, 1);
        t.observe(Topic::Tick, "a", 1, 2);
        QCOMPARE(t.observe(Topic::Pool, "a", 1, 2).verdict, Verdict::InOrder);
        QCOMPARE(t.counters().missedMessages, 0u);
    }

    void newEpochIsARestart()
    {
        model::SequenceTracker t;
        for (std::uint64_t s = 1; s <= 50; ++s)
            t.observe(Topic::Tick, "a", 1, s);
        const auto r = t.observe(Topic::Tick, "a", 2, 1);
        QCOMPARE(r.verdict, Verdict::Restart);
        QVERIFY(r.accept());
        QCOMPARE(t.counters().restarts, 1u);
        QCOMPARE(t.counters().duplicates, 0u);   // seq 1 after 50 is not a duplicate in a new epoch
        QCOMPARE(t.observe(Topic::Tick, "a", 2, 2).verdict, Verdict::InOrder);
        // The other topics of the restarted publisher start afresh too.
        QCOMPARE(t.observe(Topic::Pool, "a", 2, 1).verdict, Verdict::First);
    }

    void publishersAreIndependent()
    {
        model::SequenceTracker t;
        t.observe(Topic::Tick, "a", 1, 5);
        QCOMPARE(t.observe(Topic::Tick, "b", 9, 1).verdict, Verdict::First);
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 6).verdict, Verdict::InOrder);
        QCOMPARE(t.counters().restarts, 0u);
    }
};

QTEST_GUILESS_MAIN(TestSequence)
#include "tst_sequence.moc"
