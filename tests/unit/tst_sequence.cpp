// Sequence checking: gaps, duplicates, out-of-order, publisher restarts and jumps out of the window, per topic.

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
    void strayJumpIsDroppedAndTheFeedGoesOn()
    {
        // One parseable message with sequence 2^62 in the current epoch (the reproducer): before,
        // every later message was a "duplicate" and the live view froze.
        model::SequenceTracker t;
        for (std::uint64_t s = 1; s <= 100; ++s)
            t.observe(Topic::Tick, "a", 1, s);
        const auto jump = t.observe(Topic::Tick, "a", 1, std::uint64_t{1} << 62);
        QCOMPARE(jump.verdict, Verdict::OutOfWindow);
        QVERIFY(!jump.accept());
        for (std::uint64_t s = 101; s <= 200; ++s)
            QCOMPARE(t.observe(Topic::Tick, "a", 1, s).verdict, Verdict::InOrder);
        QCOMPARE(t.counters().outOfWindow, 1u);
        QCOMPARE(t.counters().duplicates, 0u);
        QCOMPARE(t.counters().missedMessages, 0u);
        QCOMPARE(t.counters().resyncs, 0u);
        // An old message within the window is still an ordinary duplicate.
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 150).verdict, Verdict::Duplicate);
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 201).verdict, Verdict::InOrder);
    }

    void confirmedJumpResyncs()
    {
        // A publisher whose numbering really moved on (or a hostile one that insists): the second
        // message continuing from the jump makes the tracker adopt it, reported as a restart.
        model::SequenceTracker t;
        for (std::uint64_t s = 1; s <= 10; ++s)
            t.observe(Topic::Tick, "a", 1, s);
        t.observe(Topic::Pool, "a", 1, 1);
        const std::uint64_t far = std::uint64_t{1} << 62;
        QCOMPARE(t.observe(Topic::Tick, "a", 1, far).verdict, Verdict::OutOfWindow);
        const auto resync = t.observe(Topic::Tick, "a", 1, far + 1);
        QCOMPARE(resync.verdict, Verdict::Restart);
        QVERIFY(resync.accept());
        QCOMPARE(t.counters().resyncs, 1u);
        QCOMPARE(t.counters().restarts, 0u);
        QCOMPARE(t.observe(Topic::Tick, "a", 1, far + 2).verdict, Verdict::InOrder);
        // Other topics keep their numbering.
        QCOMPARE(t.observe(Topic::Pool, "a", 1, 2).verdict, Verdict::InOrder);
        // And back down again (the real publisher after a hostile pair): one drop, then resync.
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 11).verdict, Verdict::OutOfWindow);
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 12).verdict, Verdict::Restart);
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 13).verdict, Verdict::InOrder);
        QCOMPARE(t.counters().resyncs, 2u);
        QCOMPARE(t.counters().outOfWindow, 2u);
    }

    void windowEdges()
    {
        model::SequenceTracker t;
        const std::uint64_t w = model::SequenceTracker::kWindow;
        t.observe(Topic::Tick, "a", 1, 10);
        // Exactly the window ahead is still a gap; one more is out of the window.
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 10 + w).verdict, Verdict::Gap);
        QCOMPARE(t.counters().missedMessages, w - 1);
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 10 + 2 * w + 1).verdict, Verdict::OutOfWindow);
        // Behind by less than the window: a duplicate; by the window or more: out of the window.
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 11).verdict, Verdict::Duplicate);
        QCOMPARE(t.observe(Topic::Tick, "a", 1, 10).verdict, Verdict::OutOfWindow);
        // Near the top of the range nothing overflows.
        model::SequenceTracker top;
        const std::uint64_t max = ~std::uint64_t{0};
        top.observe(Topic::Tick, "a", 1, max - 1);
        QCOMPARE(top.observe(Topic::Tick, "a", 1, max).verdict, Verdict::InOrder);
        QCOMPARE(top.observe(Topic::Tick, "a", 1, 5).verdict, Verdict::OutOfWindow);
        QCOMPARE(top.observe(Topic::Tick, "a", 1, max).verdict, Verdict::Duplicate);
    }
};

QTEST_GUILESS_MAIN(TestSequence)
#include "tst_sequence.moc"
