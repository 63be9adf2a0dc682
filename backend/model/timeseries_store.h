#pragma once
// Multi-resolution time-series store: per table, ring buffers at raw, 1 s, 10 s and 1 min resolution.
// Each aggregated bucket keeps sum, count, min and max so zoomed-out views stay true.
// Memory is fixed at construction: capacity x columns per level.

#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace omega::model {

struct Bucket {
    float sum = 0;
    float min = std::numeric_limits<float>::infinity();
    float max = -std::numeric_limits<float>::infinity();
    std::uint32_t count = 0;

    void add(float v)
    {
        sum += v;
        min = v < min ? v : min;
        max = v > max ? v : max;
        ++count;
    }
    void merge(const Bucket& b);
    float mean() const { return count ? sum / static_cast<float>(count) : 0.0f; }
};

struct SeriesPoint {
    std::int64_t timeUs = 0;   // start of the bucket (raw: the sample time)
    float mean = 0;
    float min = 0;
    float max = 0;
    std::uint32_t count = 0;
};

enum class Resolution : std::uint8_t { Raw = 0, OneSecond = 1, TenSeconds = 2, OneMinute = 3 };
inline constexpr int kResolutionCount = 4;
std::int64_t resolutionStepUs(Resolution r); // 0 for Raw

// Number of rows each resolution keeps (0 = level disabled).
struct TableCapacity {
    std::array<int, kResolutionCount> rows{600, 3600, 2160, 1440}; // 1 min @10 Hz, 1 h, 6 h, 24 h
};

class SeriesTable {
public:
    SeriesTable(QString name, QStringList columns, TableCapacity capacity = {});

    const QString& name() const { return m_name; }
    const QStringList& columns() const { return m_columns; }
    int columnCount() const { return static_cast<int>(m_columns.size()); }

    // One row of samples (columnCount() values). Samples must come in non-decreasing time order;
    // an earlier time (a publisher restart, a replay seek) starts the table afresh.
    void append(std::int64_t timeUs, const float* values);
    void clear();

    // Points of one column in [fromUs, toUs] at a resolution, oldest first. The newest, still open
    // bucket of an aggregated level is included (the 10 s and 1 min ones hold whole seconds only).
    std::vector<SeriesPoint> query(int column, Resolution res, std::int64_t fromUs, std::int64_t toUs) const;
    // Several columns over one time axis (a heatmap's rows): values[c * times.size() + t], NaN where
    // a bucket is empty.
    struct Matrix {
        std::vector<std::int64_t> times;
        std::vector<float> values;
    };
    Matrix queryMatrix(const std::vector<int>& columns, Resolution res, std::int64_t fromUs, std::int64_t toUs) const;
    // The finest resolution that covers the span with at most maxPoints points.
    Resolution pickResolution(std::int64_t spanUs, int maxPoints) const;
    std::int64_t latestTimeUs() const { return m_latestUs; }
    std::size_t memoryBytes() const;
    int rowCount(Resolution res) const;

private:
    struct Level {
        std::int64_t stepUs = 0;
        int capacity = 0;
        int head = 0;      // index of the next row to write
        int size = 0;
        std::vector<std::int64_t> times;   // capacity
        std::vector<Bucket> cells;         // capacity * columns
        std::int64_t openStartUs = std::numeric_limits<std::int64_t>::min();
        std::vector<Bucket> open;          // the bucket being filled (aggregated levels)
    };
    // The open 1 s bucket, column by column (sum, min, max, count in separate arrays), because it
    // is updated for every column on every sample: this way the update loops vectorise.
    struct OpenSecond {
        std::vector<float> sum, min, max;
        std::vector<std::uint32_t> count;
        void reset(std::size_t columns);
        void add(const float* values);
        Bucket at(std::size_t column) const { return {sum[column], min[column], max[column], count[column]}; }
    };
    void pushRow(Level& level, std::int64_t timeUs, const Bucket* row);
    void closeBucket(int level, std::int64_t startUs, const Bucket* row);
    const Bucket* openRow(const Level& level) const;   // the level's open bucket as one row

    QString m_name;
    QStringList m_columns;
    std::array<Level, kResolutionCount> m_levels;
    OpenSecond m_second;                   // level 1's open bucket; its Level::open is scratch
    mutable std::vector<Bucket> m_openScratch;   // queryMatrix; callers serialise access (the store mutex)
    std::int64_t m_latestUs = std::numeric_limits<std::int64_t>::min();
};

} // namespace omega::model
