#pragma once
// The fleet heatmap with its controls: metric, range (auto or fixed), palette, search, zoom, legend.

#include "model/snapshot.h"
#include "widgets/selection.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace omega::widgets {

class AgentHeatmap;
class ColorLegend;

class HeatmapPanel : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapPanel(QWidget* parent = nullptr);
    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setSelectionModel(SelectionModel* selection);
    AgentHeatmap* heatmap() const { return m_heatmap; }
    ColorLegend* legend() const { return m_legend; }
    // Finds the next agent, domain, prime or team whose name contains `text`, selects it and
    // returns true; false (and a message in the panel) when nothing matches.
    bool find(const QString& text);
    void focusSearch();
    QString message() const;

private:
    void updateLegend();

    AgentHeatmap* m_heatmap;
    ColorLegend* m_legend;
    QComboBox* m_metric;
    QCheckBox* m_auto;
    QDoubleSpinBox* m_lo;
    QDoubleSpinBox* m_hi;
    QComboBox* m_palette;
    QLineEdit* m_search;
    QLabel* m_message;
    QLabel* m_zoomLabel;
    SelectionModel* m_selection = nullptr;
    model::SnapshotPtr m_snapshot;
    int m_lastFound = -1;
};

// Gradient bar with its range and unit, or the state categories.
class ColorLegend : public QWidget {
    Q_OBJECT
public:
    explicit ColorLegend(QWidget* parent = nullptr);
    void setScale(const class ColorScale* scale, const QString& label, bool categorical);
    QString rangeText() const { return m_rangeText; }
    QSize sizeHint() const override { return {360, 34}; }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    const ColorScale* m_scale = nullptr;
    QString m_label, m_rangeText;
    bool m_categorical = false;
};

} // namespace omega::widgets
