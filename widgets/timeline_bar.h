#pragma once
// The session timeline: span, position, play/pause, speed, step, and seeking by click or drag,
// with markers for events, alerts, tuning changes and findings. It only shows state and forwards intent.

#include <QFrame>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QToolButton;

namespace omega::widgets {

struct TimelineState {
    bool active = false;                 // a session is open
    std::int64_t startUs = 0, endUs = 0; // the session's span (receive time)
    std::int64_t positionUs = 0;
    bool playing = false;
    bool atEnd = false;
    double speed = 1.0;                  // 0 = as fast as possible
    QString error;                       // the replay's last problem (a skipped frame, an unreadable file)
    std::uint64_t damagedFrames = 0;     // damaged frames skipped so far (each played around)
};

struct TimelineMark {
    std::int64_t timeUs = 0;
    enum class Kind : quint8 { Event, Alert, Tuning, Finding } kind = Kind::Event;   // as session::TimelineMarker
    int severity = 0;
    QString text;
};

class TimelineTrack;

class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(QWidget* parent = nullptr);
    void setState(const TimelineState& state);
    void setMarkers(std::vector<TimelineMark> markers);
    const TimelineState& state() const { return m_state; }
    TimelineTrack* track() const { return m_track; }

signals:
    void playRequested();
    void pauseRequested();
    void stepRequested();
    void speedRequested(double speed);
    void seekRequested(std::int64_t timeUs);

private:
    TimelineState m_state;
    TimelineTrack* m_track;
    QToolButton* m_play;
    QToolButton* m_step;
    QComboBox* m_speed;
    QLabel* m_time;
};

// The bar itself: span, played part, cursor, markers; click or drag to seek.
class TimelineTrack : public QWidget {
    Q_OBJECT
public:
    explicit TimelineTrack(QWidget* parent = nullptr);
    void setState(const TimelineState& state);
    void setMarkers(std::vector<TimelineMark> markers);
    int xForTime(std::int64_t timeUs) const;
    std::int64_t timeForX(int x) const;
    QSize sizeHint() const override { return {400, 28}; }

signals:
    void seekRequested(std::int64_t timeUs);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    bool event(QEvent* e) override;

private:
    TimelineState m_state;
    std::vector<TimelineMark> m_markers;
    bool m_dragging = false;
    std::int64_t m_dragUs = 0;
};

// A replay problem in plain sight above the fleet view: damaged frames skipped (how many, which
// one last), or a file that could not be read. Shown while the state carries an error, until the
// engineer dismisses it; a new problem shows it again.
class ReplayBanner : public QFrame {
    Q_OBJECT
public:
    explicit ReplayBanner(QWidget* parent = nullptr);
    void setState(const TimelineState& state);
    QString text() const;

private:
    QLabel* m_text;
    QToolButton* m_dismiss;
    QString m_problem;     // the error shown now
    QString m_dismissed;   // the error the engineer closed
};

QString formatSpan(std::int64_t us);   // h:mm:ss or m:ss

} // namespace omega::widgets
