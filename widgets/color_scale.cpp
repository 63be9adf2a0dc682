#include "widgets/color_scale.h"

#include <algorithm>
#include <cmath>

namespace omega::widgets {

namespace {
// Control points sampled from the published viridis and cividis maps (matplotlib), linearly
// interpolated to 256 entries: both are perceptually uniform and readable with colour-vision deficiency.
struct Stop { float t; int r, g, b; };
constexpr Stop kViridis[] = {
    {0.00f, 68, 1, 84},    {0.10f, 72, 36, 117},  {0.20f, 65, 68, 135},  {0.30f, 53, 95, 141},
    {0.40f, 42, 120, 142}, {0.50f, 33, 145, 140}, {0.60f, 34, 168, 132}, {0.70f, 68, 191, 112},
    {0.80f, 122, 209, 81}, {0.90f, 189, 223, 38}, {1.00f, 253, 231, 37}};
constexpr Stop kCividis[] = {
    {0.00f, 0, 34, 78},     {0.10f, 18, 53, 112},   {0.20f, 59, 73, 108},   {0.30f, 87, 92, 109},
    {0.40f, 112, 113, 115}, {0.50f, 138, 134, 120}, {0.60f, 165, 156, 116}, {0.70f, 193, 179, 107},
    {0.80f, 222, 203, 93},  {0.90f, 248, 229, 71},  {1.00f, 255, 234, 70}};

template <std::size_t N>
void fill(std::array<QRgb, 256>& lut, const Stop (&stops)[N])
{
    for (int i = 0; i < 256; ++i) {
        const float t = static_cast<float>(i) / 255.0f;
        std::size_t k = 0;
        while (k + 2 < N && stops[k + 1].t < t)
            ++k;
        const Stop& a = stops[k];
        const Stop& b = stops[k + 1];
        const float u = std::clamp((t - a.t) / (b.t - a.t), 0.0f, 1.0f);
        auto mix = [u](int x, int y) { return static_cast<int>(std::lround(static_cast<float>(x) + u * static_cast<float>(y - x))); };
        lut[static_cast<std::size_t>(i)] = qRgb(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
    }
}
} // namespace

ColorScale::ColorScale(Palette palette) : m_palette(palette)
{
    setPalette(palette);
}

void ColorScale::setPalette(Palette palette)
{
    m_palette = palette;
    if (palette == Palette::Viridis)
        fill(m_lut, kViridis);
    else
        fill(m_lut, kCividis);
}

void ColorScale::setRange(float lo, float hi)
{
    m_lo = lo;
    m_hi = hi > lo ? hi : lo + 1.0f;
}

void ColorScale::fit(const float* values, std::size_t count)
{
    float lo = INFINITY, hi = -INFINITY;
    for (std::size_t i = 0; i < count; ++i) {
        if (std::isfinite(values[i])) {
            lo = std::min(lo, values[i]);
            hi = std::max(hi, values[i]);
        }
    }
    if (!std::isfinite(lo))
        lo = 0, hi = 1;
    setRange(lo, hi);
}

QRgb ColorScale::map(float v) const
{
    if (std::isnan(v))
        return noData();
    const float t = (v - m_lo) / (m_hi - m_lo);
    const int i = static_cast<int>(std::clamp(t, 0.0f, 1.0f) * 255.0f + 0.5f);
    return m_lut[static_cast<std::size_t>(i)];
}

} // namespace omega::widgets
