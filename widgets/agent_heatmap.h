#pragma once
// Every agent a cell, grouped team -> prime kosha -> domain kosha. Cells are coloured into a
// QImage (one pixel per cell) only when data changes; painting scales that image and draws the
// cached group borders and labels, so a frame stays cheap at 100,000 agents.

#include "model/rollup.h"
#include "model/snapshot.h"
#include "widgets/color_scale.h"
#include "widgets/selection.h"

#include <QImage>
#include <QPainterPath>
#include <QWidget>
#include <vector>

namespace omega::widgets {

class AgentHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit AgentHeatmap(QWidget* parent = nullptr);

    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setSelectionModel(SelectionModel* selection);
    void setMetric(model::Metric metric);
    model::Metric metric() const { return m_metric; }
    void setAutoRange(bool on);
    void setRange(float lo, float hi);           // fixed range (turns auto off)
    void setPalette(ColorScale::Palette palette);
    const ColorScale& scale() const { return m_scale; }
    bool autoRange() const { return m_autoRange; }

    void zoomTo(const Scope& scope);             // Team or Prime; Fleet = everything
    void zoomOut();
    Scope zoom() const { return m_zoom; }

    // For tests and tools.
    QRgb cellColor(int agent) const;
    QRect cellRect(int agent) const;             // empty when the agent is not shown
    int agentAt(QPoint pos) const;
    QString toolTipText(int agent) const;
    static QColor stateColor(int state);

signals:
    void zoomChanged(const omega::widgets::Scope& zoom);
    void rangeChanged(float lo, float hi);

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    bool event(QEvent* e) override;

private:
    struct Block {                               // one team's cells
        int team = 0;
        QRect cells;                             // in cell coordinates
        QString label;
    };
    void relayout();
    void recolour();
    void rebuildOutline();
    bool shown(int agent) const;
    QPointF origin() const;

    model::SnapshotPtr m_snapshot;
    model::TopologyPtr m_layoutTopology;
    SelectionModel* m_selection = nullptr;
    model::Metric m_metric = model::Metric::LatencyP99;
    ColorScale m_scale;
    bool m_autoRange = true;
    Scope m_zoom;

    // Layout, in cells; rebuilt on topology, size or zoom changes.
    std::vector<QPoint> m_cellOf;                // per agent; (-1,-1) when hidden
    std::vector<int> m_agentAt;                  // per grid cell; -1 = empty
    QSize m_grid;
    std::vector<Block> m_blocks;
    QPainterPath m_domainBorders, m_primeBorders;
    QPainterPath m_outline;                      // around the selection
    int m_cellPx = 1;                            // cell size in pixels (>= 1)
    int m_headerPx = 14;                         // team label band above each block
    QImage m_image;                              // one pixel per cell
};

} // namespace omega::widgets
