#include "widgets/timeline_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

namespace omega::widgets {

namespace {
constexpr int kMargin = 6;
const double kSpeeds[] = {1.0, 2.0, 10.0, 0.0};

QColor markColor(const TimelineMark& m)
{
    switch (m.kind) {
    case TimelineMark::Kind::Alert: return m.severity >= 3 ? QColor(214, 39, 40) : QColor(230, 140, 20);
    case TimelineMark::Kind::Tuning: return QColor(31, 119, 180);
    case TimelineMark::Kind::Finding: return QColor(148, 103, 189);
    case TimelineMark::Kind::Event: break;
    }
    return QColor(120, 120, 120);
}
} // namespace

ReplayBanner::ReplayBanner(QWidget* parent) : QFrame(parent), m_text(new QLabel(this)), m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("replayBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Dark text on amber in both themes: a warning, readable whatever the palette.
    setStyleSheet(QStringLiteral("#replayBanner { background: #fff3cd; border: 1px solid #e0b84c; }"
                                 "#replayBanner QLabel { color: #5c4200; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_text->setObjectName(QStringLiteral("replayBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setObjectName(QStringLiteral("replayBannerDismiss"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this message until the replay meets another problem"));
    m_dismiss->setAutoRaise(true);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_dismissed = m_problem;
        hide();
    });
    hide();
}

void ReplayBanner::setState(const TimelineState& state)
{
    m_problem = state.active ? state.error : QString();
    if (m_problem.isEmpty()) {
        m_dismissed.clear();
        hide();
        return;
    }
    const QString text = state.damagedFrames > 0
        ? tr("Replay: %n damaged frame(s) skipped; every other frame was played. Last: %1", "", static_cast<int>(state.damagedFrames))
              .arg(m_problem)
        : tr("Replay problem: %1").arg(m_problem);
    if (m_text->text() != text)
        m_text->setText(text);
    setVisible(m_problem != m_dismissed);
}

QString ReplayBanner::text() const
{
    return m_text->text();
}

QString formatSpan(std::int64_t us)
{
    const qint64 s = std::max<qint64>(0, us / 1'000'000);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

TimelineBar::TimelineBar(QWidget* parent)
    : QWidget(parent), m_track(new TimelineTrack(this)), m_play(new QToolButton(this)), m_step(new QToolButton(this)),
      m_speed(new QComboBox(this)), m_time(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play / pause the session (Ctrl+Space)"));
    m_play->setObjectName(QStringLiteral("play"));
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_step->setToolTip(tr("Step to the next sample (Ctrl+Right)"));
    m_step->setObjectName(QStringLiteral("step"));
    m_speed->addItems({tr("1×"), tr("2×"), tr("10×"), tr("max")});
    m_speed->setToolTip(tr("Replay speed"));
    m_speed->setObjectName(QStringLiteral("speed"));
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")) + 8);
    layout->addWidget(m_play);
    layout->addWidget(m_step);
    layout->addWidget(m_speed);
    layout->addWidget(m_track, 1);
    layout->addWidget(m_time);

    connect(m_play, &QToolButton::clicked, this, [this] { m_state.playing ? emit pauseRequested() : emit playRequested(); });
    connect(m_step, &QToolButton::clicked, this, &TimelineBar::stepRequested);
    connect(m_speed, &QComboBox::activated, this, [this](int i) { emit speedRequested(kSpeeds[i]); });
    connect(m_track, &TimelineTrack::seekRequested, this, &TimelineBar::seekRequested);
    setState({});
}

void TimelineBar::setState(const TimelineState& state)
{
    m_state = state;
    setEnabled(state.active);
    m_play->setIcon(style()->standardIcon(state.playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    for (int i = 0; i < 4; ++i)
        if (kSpeeds[i] == state.speed && m_speed->currentIndex() != i)
            m_speed->setCurrentIndex(i);
    m_time->setText(state.active ? tr("%1 / %2").arg(formatSpan(state.positionUs - state.startUs), formatSpan(state.endUs - state.startUs))
                                 : tr("no session"));
    m_time->setToolTip(state.error);
    m_track->setState(state);
}

void TimelineBar::setMarkers(std::vector<TimelineMark> markers)
{
    m_track->setMarkers(std::move(markers));
}

TimelineTrack::TimelineTrack(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(24);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click or drag to seek"));
}

void TimelineTrack::setState(const TimelineState& state)
{
    m_state = state;
    update();
}

void TimelineTrack::setMarkers(std::vector<TimelineMark> markers)
{
    m_markers = std::move(markers);
    update();
}

int TimelineTrack::xForTime(std::int64_t t) const
{
    const double span = static_cast<double>(std::max<std::int64_t>(1, m_state.endUs - m_state.startUs));
    const double f = std::clamp(static_cast<double>(t - m_state.startUs) / span, 0.0, 1.0);
    return kMargin + static_cast<int>(f * (width() - 2 * kMargin));
}

std::int64_t TimelineTrack::timeForX(int x) const
{
    const double f = std::clamp(static_cast<double>(x - kMargin) / std::max(1, width() - 2 * kMargin), 0.0, 1.0);
    return m_state.startUs + static_cast<std::int64_t>(f * static_cast<double>(m_state.endUs - m_state.startUs));
}

void TimelineTrack::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette& pal = palette();
    const int mid = height() / 2;
    const QRect bar(kMargin, mid - 4, width() - 2 * kMargin, 8);
    p.fillRect(bar, pal.color(QPalette::Mid));
    if (!m_state.active)
        return;
    const std::int64_t shown = m_dragging ? m_dragUs : m_state.positionUs;
    const int x = xForTime(shown);
    p.fillRect(QRect(bar.left(), bar.top(), x - bar.left(), bar.height()), pal.color(QPalette::Highlight));
    for (const TimelineMark& m : m_markers) {
        const int mx = xForTime(m.timeUs);
        p.fillRect(QRect(mx - 1, 2, 3, height() - 4), markColor(m));
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(pal.color(QPalette::Window));
    p.setPen(QPen(pal.color(QPalette::Highlight), 2));
    p.drawEllipse(QPoint(x, mid), 6, 6);
}

void TimelineTrack::mousePressEvent(QMouseEvent* e)
{
    if (!m_state.active || e->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragUs = timeForX(e->position().toPoint().x());
    update();
}

void TimelineTrack::mouseMoveEvent(QMouseEvent* e)
{
    if (!m_dragging)
        return;
    m_dragUs = timeForX(e->position().toPoint().x());
    update();
}

void TimelineTrack::mouseReleaseEvent(QMouseEvent* e)
{
    if (!m_dragging || e->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    // One seek when the drag ends: each seek rebuilds the state, so no storm of them while dragging.
    emit seekRequested(timeForX(e->position().toPoint().x()));
}

bool TimelineTrack::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip && m_state.active) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int x = help->pos().x();
        QString text = formatSpan(timeForX(x) - m_state.startUs);
        for (const TimelineMark& m : m_markers)
            if (std::abs(xForTime(m.timeUs) - x) <= 3)
                text += QLatin1Char('\n') + formatSpan(m.timeUs - m_state.startUs) + QStringLiteral("  ") + m.text;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace omega::widgets
