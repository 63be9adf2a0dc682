#include "model/timeseries_store.h"

#include <algorithm>

namespace omega::model {

void SeriesTable::OpenSecond::reset(std::size_t columns)
{
    sum.assign(columns, 0.0f);
    min.assign(columns, std::numeric_limits<float>::infinity());
    max.assign(columns, -std::numeric_limits<float>::infinity());
    count.assign(columns, 0);
}

void SeriesTable::OpenSecond::add(const float* values)
{
    const std::size_t n = sum.size();
    float* s = sum.data();
    float* lo = min.data();
    float* hi = max.data();
    std::uint32_t* c = count.data();
    for (std::size_t i = 0; i < n; ++i) {
        s[i] += values[i];
        lo[i] = values[i] < lo[i] ? values[i] : lo[i];
        hi[i] = values[i] > hi[i] ? values[i] : hi[i];
        ++c[i];
    }
}

void Bucket::merge(const Bucket& b)
{
    sum += b.sum;
    min = std::min(min, b.min);
    max = std::max(max, b.max);
    count += b.count;
}

std::int64_t resolutionStepUs(Resolution r)
{
    switch (r) {
    case Resolution::Raw: return 0;
    case Resolution::OneSecond: return 1'000'000;
    case Resolution::TenSeconds: return 10'000'000;
    case Resolution::OneMinute: return 60'000'000;
    }
    return 0;
}

SeriesTable::SeriesTable(QString name, QStringList columns, TableCapacity capacity)
    : m_name(std::move(name)), m_columns(std::move(columns))
{
    const auto cols = static_cast<std::size_t>(m_columns.size());
    for (int i = 0; i < kResolutionCount; ++i) {
        Level& l = m_levels[i];
        l.stepUs = resolutionStepUs(static_cast<Resolution>(i));
        l.capacity = std::max(0, capacity.rows[i]);
        l.times.assign(l.capacity, 0);
        l.cells.assign(static_cast<std::size_t>(l.capacity) * cols, Bucket{});
        l.open.assign(l.stepUs ? cols : 0, Bucket{});
    }
    m_second.reset(cols);
}

void SeriesTable::clear()
{
    for (Level& l : m_levels) {
        l.head = l.size = 0;
        l.openStartUs = std::numeric_limits<std::int64_t>::min();
        std::fill(l.open.begin(), l.open.end(), Bucket{});
    }
    m_second.reset(static_cast<std::size_t>(m_columns.size()));
    m_latestUs = std::numeric_limits<std::int64_t>::min();
}

void SeriesTable::pushRow(Level& level, std::int64_t timeUs, const Bucket* row)
{
    if (level.capacity == 0)
        return;
    const auto cols = static_cast<std::size_t>(m_columns.size());
    level.times[level.head] = timeUs;
    std::copy_n(row, cols, level.cells.begin() + static_cast<std::ptrdiff_t>(level.head * cols));
    level.head = (level.head + 1) % level.capacity;
    level.size = std::min(level.size + 1, level.capacity);
}

void SeriesTable::append(std::int64_t timeUs, const float* values)
{
    if (timeUs < m_latestUs)
        clear();
    m_latestUs = timeUs;
    const auto cols = static_cast<std::size_t>(m_columns.size());

    Level& raw = m_levels[0];
    if (raw.capacity > 0) {
        Bucket* dst = raw.cells.data() + raw.head * cols;
        for (std::size_t c = 0; c < cols; ++c) {
            dst[c] = Bucket{};
            dst[c].add(values[c]);
        }
        raw.times[raw.head] = timeUs;
        raw.head = (raw.head + 1) % raw.capacity;
        raw.size = std::min(raw.size + 1, raw.capacity);
    }
    // Only the 1 s level sees every sample; a closed second is merged into the coarser levels, so
    // a wide table costs one bucket update per column per sample instead of three.
    Level& second = m_levels[1];
    const std::int64_t start = timeUs - (timeUs % second.stepUs);
    if (start != second.openStartUs) {
        if (second.openStartUs != std::numeric_limits<std::int64_t>::min()) {
            for (std::size_t c = 0; c < cols; ++c)
                second.open[c] = m_second.at(c);
            closeBucket(1, second.openStartUs, second.open.data());
        }
        second.openStartUs = start;
        m_second.reset(cols);
    }
    m_second.add(values);
}

const Bucket* SeriesTable::openRow(const Level& level) const
{
    if (&level != &m_levels[1])
        return level.open.data();
    const std::size_t cols = m_second.sum.size();
    m_openScratch.resize(cols);
    for (std::size_t c = 0; c < cols; ++c)
        m_openScratch[c] = m_second.at(c);
    return m_openScratch.data();
}

void SeriesTable::closeBucket(int level, std::int64_t startUs, const Bucket* row)
{
    pushRow(m_levels[level], startUs, row);
    if (level + 1 >= kResolutionCount)
        return;
    Level& up = m_levels[level + 1];
    const std::int64_t upStart = startUs - (startUs % up.stepUs);
    if (upStart != up.openStartUs) {
        if (up.openStartUs != std::numeric_limits<std::int64_t>::min())
            closeBucket(level + 1, up.openStartUs, up.open.data());
        up.openStartUs = upStart;
        std::fill(up.open.begin(), up.open.end(), Bucket{});
    }
    for (std::size_t c = 0; c < up.open.size(); ++c)
        up.open[c].merge(row[c]);
}

std::vector<SeriesPoint> SeriesTable::query(int column, Resolution res, std::int64_t fromUs, std::int64_t toUs) const
{
    std::vector<SeriesPoint> out;
    if (column < 0 || column >= columnCount())
        return out;
    const Level& l = m_levels[static_cast<int>(res)];
    const auto cols = static_cast<std::size_t>(m_columns.size());
    auto take = [&](std::int64_t t, const Bucket& b) {
        if (t >= fromUs && t <= toUs && b.count > 0)
            out.push_back({t, b.mean(), b.min, b.max, b.count});
    };
    if (l.capacity > 0) {
        out.reserve(static_cast<std::size_t>(l.size) + 1);
        const int first = (l.head - l.size + l.capacity) % l.capacity;
        for (int k = 0; k < l.size; ++k) {
            const int row = (first + k) % l.capacity;
            take(l.times[row], l.cells[row * cols + static_cast<std::size_t>(column)]);
        }
        if (l.stepUs && l.openStartUs != std::numeric_limits<std::int64_t>::min())
            take(l.openStartUs, &l == &m_levels[1] ? m_second.at(static_cast<std::size_t>(column))
                                                   : l.open[static_cast<std::size_t>(column)]);
    }
    return out;
}

SeriesTable::Matrix SeriesTable::queryMatrix(const std::vector<int>& columns, Resolution res, std::int64_t fromUs,
                                             std::int64_t toUs) const
{
    Matrix m;
    const Level& l = m_levels[static_cast<int>(res)];
    if (l.capacity == 0)
        return m;
    const auto cols = static_cast<std::size_t>(m_columns.size());
    std::vector<const Bucket*> rows;
    const int first = (l.head - l.size + l.capacity) % l.capacity;
    for (int k = 0; k < l.size; ++k) {
        const int row = (first + k) % l.capacity;
        if (l.times[row] >= fromUs && l.times[row] <= toUs) {
            m.times.push_back(l.times[row]);
            rows.push_back(&l.cells[row * cols]);
        }
    }
    if (l.stepUs && l.openStartUs >= fromUs && l.openStartUs <= toUs) {
        m.times.push_back(l.openStartUs);
        rows.push_back(openRow(l));
    }
    const std::size_t t = m.times.size();
    m.values.assign(columns.size() * t, std::numeric_limits<float>::quiet_NaN());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const int col = columns[c];
        if (col < 0 || col >= columnCount())
            continue;
        for (std::size_t k = 0; k < t; ++k) {
            const Bucket& b = rows[k][col];
            if (b.count)
                m.values[c * t + k] = b.mean();
        }
    }
    return m;
}

Resolution SeriesTable::pickResolution(std::int64_t spanUs, int maxPoints) const
{
    // Raw spacing is not fixed; estimate it from what the raw ring holds.
    const Level& raw = m_levels[0];
    if (raw.capacity > 0 && raw.size > 1) {
        const int newest = (raw.head - 1 + raw.capacity) % raw.capacity;
        const int oldest = (raw.head - raw.size + raw.capacity) % raw.capacity;
        const std::int64_t held = raw.times[newest] - raw.times[oldest];
        const double perPoint = static_cast<double>(held) / (raw.size - 1);
        if (held >= spanUs && perPoint > 0 && spanUs / perPoint <= maxPoints)
            return Resolution::Raw;
    }
    for (int i = 1; i < kResolutionCount; ++i) {
        const Level& l = m_levels[i];
        if (l.capacity > 0 && spanUs / l.stepUs <= maxPoints && spanUs <= l.stepUs * l.capacity)
            return static_cast<Resolution>(i);
    }
    return Resolution::OneMinute;
}

int SeriesTable::rowCount(Resolution res) const
{
    return m_levels[static_cast<int>(res)].size;
}

std::size_t SeriesTable::memoryBytes() const
{
    std::size_t bytes = sizeof(*this);
    for (const Level& l : m_levels)
        bytes += l.times.capacity() * sizeof(std::int64_t) + (l.cells.capacity() + l.open.capacity()) * sizeof(Bucket);
    bytes += m_second.sum.capacity() * 3 * sizeof(float) + m_second.count.capacity() * sizeof(std::uint32_t);
    return bytes;
}

} // namespace omega::model
