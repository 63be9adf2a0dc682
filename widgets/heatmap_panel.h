#pragma once
// The fleet heatmap with its controls: metric, colour range (auto or fixed), palette, search,
// zoom, and the colour legend. It only forwards intent: selection goes to the SelectionModel.

#include "model/rollup.h"
#include "model/snapshot.h"
#include "widgets/color_legend.h"
#include "widgets/color_scale.h"
#include "widgets/fleet_heatmap.h"
#include "widgets/selection.h"

#include <QPointer>
#include <QWidget>
#include <array>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace omega::widgets {

class HeatmapPanel : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapPanel(QWidget* parent = nullptr);

    // From the frame timer (<= 30 Hz); a snapshot with the serial already shown is skipped.
    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setSelectionModel(SelectionModel* selection);

    FleetHeatmap* heatmap() const { return m_heatmap; }
    ColorLegend* legend() const { return m_legend; }

    void setMetric(model::Metric metric);
    model::Metric metric() const;
    void setAutoRange(bool on);
    void setFixedRange(float lo, float hi);      // also switches auto range off
    void setColorPalette(ColorScale::Palette palette);

    // Selects the next team, kosha or agent whose name contains `text` (exact names first);
    // repeated calls with the same text walk the matches. False, with a message, when none match.
    bool find(const QString& text);
    void focusSearch();                          // Ctrl+F in the main window
    void zoomToSelection();                      // an agent zooms to its prime kosha
    void zoomOut();
    QString message() const;                     // search feedback shown in the panel
    QString zoomText() const;                    // "Fleet › Atlas › p01"

private:
    void updateLegend();
    void updateRangeControls();
    void updateZoomText();
    void applyFixedRange();

    FleetHeatmap* m_heatmap;
    ColorLegend* m_legend;
    QComboBox* m_metric;
    QCheckBox* m_auto;
    QDoubleSpinBox* m_lo;
    QDoubleSpinBox* m_hi;
    QComboBox* m_palette;
    QLineEdit* m_search;
    QToolButton* m_zoomIn;
    QToolButton* m_zoomOut;
    QLabel* m_zoomLabel;
    QLabel* m_message;
    QPointer<SelectionModel> m_selection;
    model::SnapshotPtr m_snapshot;
    std::array<std::optional<std::pair<float, float>>, model::kMetricCount> m_fixed{};   // per metric

    // Search state: the matches of the last text, walked by Enter.
    QString m_query;
    const void* m_queryTopology = nullptr;
    std::vector<Scope> m_matches;
    int m_matchIndex = -1;
};

} // namespace omega::widgets
