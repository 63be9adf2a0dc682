#pragma once
// Perceptually uniform, colour-blind-safe colour scales (viridis, cividis) as 256-entry tables,
// with a fixed or automatic value range.

#include <QColor>
#include <QString>
#include <array>

namespace omega::widgets {

class ColorScale {
public:
    enum class Palette { Viridis, Cividis };
    explicit ColorScale(Palette palette = Palette::Viridis);

    void setPalette(Palette palette);
    Palette palette() const { return m_palette; }
    void setRange(float lo, float hi);          // fixed range
    float low() const { return m_lo; }
    float high() const { return m_hi; }
    // Auto range: fit [min, max] of the finite values given (a constant set gets a unit-wide range).
    void fit(const float* values, std::size_t count);

    QRgb map(float value) const;                // NaN -> the "no data" grey
    QRgb at(int index) const { return m_lut[static_cast<std::size_t>(index)]; }
    static QRgb noData() { return qRgb(128, 128, 128); }

private:
    Palette m_palette;
    std::array<QRgb, 256> m_lut{};
    float m_lo = 0, m_hi = 1;
};

} // namespace omega::widgets
