#include "widgets/color_legend.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace omega::widgets {

namespace {
constexpr int kBarH = 10;
constexpr int kPad = 4;
}

ColorLegend::ColorLegend(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Colour legend"));
    m_gradient = QImage(256, 1, QImage::Format_RGB32);
    setScale(m_scale, {});
}

void ColorLegend::setScale(const ColorScale& scale, const QString& label, const QString& unit, const QString& note)
{
    // Called every frame under an auto range: only a new label or unit changes the size hint.
    const bool reshaped = m_categorical || label != m_label || unit != m_unit || note != m_note;
    m_scale = scale;
    m_label = label;
    m_unit = unit;
    m_note = note;
    m_categorical = false;
    for (int i = 0; i < 256; ++i)
        m_gradient.setPixel(i, 0, scale.at(i));
    setToolTip(tr("%1: %2").arg(label, rangeText()));
    if (reshaped)
        updateGeometry();
    update();
}

void ColorLegend::setCategories(const QString& label, const QList<QPair<QColor, QString>>& categories)
{
    m_label = label;
    m_note.clear();
    m_unit.clear();
    m_categorical = true;
    m_categories = categories;
    setToolTip(label);
    updateGeometry();
    update();
}

QString ColorLegend::formatNumber(double v, double span)
{
    const double a = std::abs(span);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    return QLocale().toString(v, 'f', decimals);
}

QString ColorLegend::rangeText() const
{
    if (m_categorical)
        return {};
    const double span = static_cast<double>(m_scale.high()) - m_scale.low();
    QString text = QStringLiteral("%1 – %2").arg(formatNumber(m_scale.low(), span), formatNumber(m_scale.high(), span));
    if (!m_unit.isEmpty())
        text += QLatin1Char(' ') + m_unit;
    return text;
}

QSize ColorLegend::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int h = kPad + kBarH + 3 + fm.height() + 2;
    int w = fm.horizontalAdvance(m_label) + 3 * kPad;
    if (m_categorical) {
        for (const auto& c : m_categories)
            w += kBarH + 4 + fm.horizontalAdvance(c.second) + 3 * kPad;
        return {w, h};
    }
    if (!m_note.isEmpty())
        w += fm.horizontalAdvance(m_note) + 2 * kPad;
    return {w + 280, h};
}

QSize ColorLegend::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void ColorLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const QColor ink = palette().color(QPalette::WindowText);
    QColor muted = ink;
    muted.setAlphaF(0.62f);
    const int barY = kPad;
    int x = 0;
    // Label (and note) on the bar's line, so the eye reads "what" before "how much".
    p.setPen(ink);
    const int labelY = m_categorical ? (height() - fm.height()) / 2 : barY + kBarH / 2 - fm.height() / 2;
    const QRect labelRect(0, labelY, fm.horizontalAdvance(m_label) + 1, fm.height());
    p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, m_label);
    x = labelRect.right() + 1 + kPad;
    if (!m_note.isEmpty()) {
        p.setPen(muted);
        const QRect noteRect(x, labelRect.y(), fm.horizontalAdvance(m_note) + 1, fm.height());
        p.drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter, m_note);
        x = noteRect.right() + 1 + kPad;
    }
    x += 2 * kPad;

    if (m_categorical) {
        const int y = (height() - kBarH) / 2;
        for (const auto& [colour, name] : m_categories) {
            p.fillRect(QRect(x, y, kBarH, kBarH), colour);
            p.setPen(QPen(muted, 1));
            p.drawRect(QRect(x, y, kBarH - 1, kBarH - 1));
            p.setPen(ink);
            const QRect t(x + kBarH + 4, 0, fm.horizontalAdvance(name) + 1, height());
            p.drawText(t, Qt::AlignLeft | Qt::AlignVCenter, name);
            x = t.right() + 1 + 3 * kPad;
        }
        return;
    }

    const double lo = m_scale.low(), hi = m_scale.high(), span = hi - lo;
    const QString loText = formatNumber(lo, span);
    const QString midText = formatNumber((lo + hi) / 2, span);
    const QString hiText = m_unit.isEmpty() ? formatNumber(hi, span) : formatNumber(hi, span) + QLatin1Char(' ') + m_unit;
    const int barW = std::max(40, width() - x - 1);
    const QRect bar(x, barY, barW, kBarH);
    p.drawImage(bar, m_gradient);   // scaled without smoothing: 256 steps are finer than the eye
    p.setPen(QPen(muted, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    const int tickY = bar.bottom() + 1;
    for (int t : {bar.left(), bar.left() + barW / 2, bar.right()})
        p.drawLine(t, tickY, t, tickY + 2);
    p.setPen(ink);
    const int textY = tickY + 2;
    const QRect textRow(bar.left(), textY, barW, fm.height());
    p.drawText(textRow, Qt::AlignLeft | Qt::AlignTop, loText);
    p.drawText(textRow, Qt::AlignRight | Qt::AlignTop, hiText);
    const int midW = fm.horizontalAdvance(midText);
    // The middle value only where it cannot collide with the ends.
    if (fm.horizontalAdvance(loText) + midW + fm.horizontalAdvance(hiText) + 24 < barW)
        p.drawText(textRow, Qt::AlignHCenter | Qt::AlignTop, midText);
}

} // namespace omega::widgets
