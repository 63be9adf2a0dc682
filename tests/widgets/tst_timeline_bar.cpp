// Session timeline: seeking by click and drag, play/pause/step/speed intents, markers, state shown.

#include "widget_test_data.h"
#include "widgets/timeline_bar.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace omega::widgets;

namespace {
TimelineState session(bool playing = false)
{
    TimelineState s;
    s.active = true;
    s.startUs = 1'000'000'000;
    s.endUs = s.startUs + 3'600'000'000LL;   // one hour
    s.positionUs = s.startUs + 900'000'000LL;
    s.playing = playing;
    return s;
}
} // namespace

class TestTimelineBar : public QObject {
    Q_OBJECT
private slots:
    void clickSeeksToThatTime()
    {
        TimelineBar bar;
        bar.resize(1000, 40);
        bar.setState(session());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy seeks(&bar, &TimelineBar::seekRequested);
        TimelineTrack* track = bar.track();
        const int x = track->xForTime(session().startUs + 1'800'000'000LL);   // the middle
        QTest::mouseClick(track, Qt::LeftButton, {}, QPoint(x, track->height() / 2));
        QCOMPARE(seeks.count(), 1);
        const auto t = seeks.at(0).at(0).value<std::int64_t>();
        QVERIFY2(std::abs(t - (session().startUs + 1'800'000'000LL)) < 3'600'000'000LL / track->width() * 2,
                 qPrintable(QString::number(t)));
    }

    void dragSeeksOnceWhenReleased()
    {
        TimelineBar bar;
        bar.resize(1000, 40);
        bar.setState(session());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy seeks(&bar, &TimelineBar::seekRequested);
        TimelineTrack* track = bar.track();
        const int y = track->height() / 2;
        QTest::mousePress(track, Qt::LeftButton, {}, QPoint(50, y));
        for (int x = 60; x < 400; x += 20)
            QTest::mouseMove(track, QPoint(x, y));
        QCOMPARE(seeks.count(), 0);
        QTest::mouseRelease(track, Qt::LeftButton, {}, QPoint(400, y));
        QCOMPARE(seeks.count(), 1);
        QCOMPARE(seeks.at(0).at(0).value<std::int64_t>(), track->timeForX(400));
    }

    void buttonsForwardIntent()
    {
        TimelineBar bar;
        bar.setState(session(false));
        QSignalSpy play(&bar, &TimelineBar::playRequested);
        QSignalSpy pause(&bar, &TimelineBar::pauseRequested);
        QSignalSpy step(&bar, &TimelineBar::stepRequested);
        QSignalSpy speed(&bar, &TimelineBar::speedRequested);
        auto* playButton = bar.findChild<QToolButton*>(QStringLiteral("play"));
        playButton->click();
        QCOMPARE(play.count(), 1);
        bar.setState(session(true));
        playButton->click();
        QCOMPARE(pause.count(), 1);
        bar.findChild<QToolButton*>(QStringLiteral("step"))->click();
        QCOMPARE(step.count(), 1);
        auto* combo = bar.findChild<QComboBox*>(QStringLiteral("speed"));
        combo->setCurrentIndex(2);
        emit combo->activated(2);
        QCOMPARE(speed.count(), 1);
        QCOMPARE(speed.at(0).at(0).toDouble(), 10.0);
        combo->setCurrentIndex(3);
        emit combo->activated(3);
        QCOMPARE(speed.at(1).at(0).toDouble(), 0.0);   // max
    }

    void showsPositionAndMarkers()
    {
        TimelineBar bar;
        bar.resize(900, 40);
        bar.setState(session());
        TimelineMark alert;
        alert.timeUs = session().startUs + 2'700'000'000LL;
        alert.kind = TimelineMark::Kind::Alert;
        alert.severity = 3;
        alert.text = QStringLiteral("p99 over SLO");
        TimelineMark finding;
        finding.timeUs = session().startUs + 900'000'000LL;
        finding.kind = TimelineMark::Kind::Finding;
        finding.severity = 3;
        finding.text = QStringLiteral("saturation pool:cloud");
        bar.setMarkers({finding, alert});
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QCOMPARE(bar.findChild<QLabel*>(QStringLiteral("time"))->text(), QStringLiteral("15:00 / 1:00:00"));
        const QImage img = bar.track()->grab().toImage();
        const QColor marker = img.pixelColor(bar.track()->xForTime(alert.timeUs), 3);
        QCOMPARE(marker, QColor(214, 39, 40));   // critical alert red
        QCOMPARE(img.pixelColor(bar.track()->xForTime(finding.timeUs), 3), QColor(148, 103, 189));   // finding purple
        omega::testing::saveScreenshot(bar, QStringLiteral("timeline-bar"));
    }

    void inactiveWithoutSession()
    {
        TimelineBar bar;
        bar.setState({});
        QVERIFY(!bar.isEnabled());
        QCOMPARE(bar.findChild<QLabel*>(QStringLiteral("time"))->text(), QStringLiteral("no session"));
    }
};

QTEST_MAIN(TestTimelineBar)
#include "tst_timeline_bar.moc"
