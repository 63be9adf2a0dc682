#pragma once
// Every agent a cell, grouped team -> prime kosha -> domain kosha. The groups of the zoom level are
// horizontal bands (label on the left; in several columns when the view is wide and low), their
// sub-groups sit side by side inside the band, each domain a small block of square cells.
// Layout, labels and gaps are drawn once into an image when the topology, size or zoom changes;
// new data only rewrites the cells whose colour changed, and a frame is one blit plus the outline.

#include "model/rollup.h"
#include "model/snapshot.h"
#include "widgets/color_scale.h"
#include "widgets/heatmap_layout.h"
#include "widgets/selection.h"

#include <QImage>
#include <QPointer>
#include <QWidget>
#include <vector>

class QPainter;

namespace omega::widgets {

class FleetHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit FleetHeatmap(QWidget* parent = nullptr);

    // Cheap when the snapshot's serial and topology did not change.
    void setSnapshot(const model::SnapshotPtr& snapshot);
    model::SnapshotPtr snapshot() const { return m_snapshot; }
    void setSelectionModel(SelectionModel* selection);

    void setMetric(model::Metric metric);
    model::Metric metric() const { return m_metric; }
    void setAutoRange(bool on);                  // fit the shown agents' min..max
    bool autoRange() const { return m_autoRange; }
    void setFixedRange(float lo, float hi);      // turns auto range off
    void setColorPalette(ColorScale::Palette palette);
    const ColorScale& scale() const;             // current range and palette
    float rangeLow() const { return scale().low(); }
    float rangeHigh() const { return scale().high(); }

    // Zoom: Fleet, a Team, a Prime or a Domain (an Agent zooms to its domain's prime).
    void zoomTo(const Scope& scope);
    void zoomOut();                              // up one level; no-op at the fleet
    Scope zoom() const { return m_zoom; }
    bool contains(const Scope& zoom, const Scope& s) const;   // is s inside the zoom scope?

    // What is drawn, for tests and tools (widget coordinates).
    QRgb cellColor(int agent) const;             // 0 when the agent is not shown
    QRect cellRect(int agent) const;             // empty when the agent is not shown
    int agentAt(QPoint pos) const;               // -1 when no cell is there
    Scope scopeAt(QPoint pos) const;             // agent, or the group of a label/caption/empty slot
    QString toolTipText(int agent) const;
    QString groupToolTipText(const Scope& scope) const;
    QList<QRect> outlineRects() const;           // where the selection is outlined
    bool selectionOutsideZoom() const;
    QString note() const;                        // shown at the bottom when the selection is off-view
    int cellSize() const;                        // px per cell side
    int layoutCount() const { return m_layoutCount; }   // how often the layout was rebuilt

    static QColor stateColor(int state);         // fixed categorical palette
    static QString stateName(int state);
    static QString metricName(model::Metric metric);           // short, without unit
    static QString unitText(model::Metric metric);
    static QString formatValue(model::Metric metric, float value);   // "5,000 ms", "50 %"
    QString scopeName(const Scope& scope) const;      // "domain kosha atlas.p01.d3"
    QString shortName(const Scope& scope) const;      // without the parent's prefix: "d3"

signals:
    void zoomChanged(const omega::model::Scope& zoom);
    void rangeChanged(float lo, float hi);

protected:
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void changeEvent(QEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void leaveEvent(QEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    bool event(QEvent* e) override;
    QSize sizeHint() const override { return {900, 560}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

private:
    void ensureLayout() const;
    void ensureColours() const;
    void rebuildTree();
    void buildSpecs();
    void relayout();
    void drawBase();
    void buildSlots();
    void recolour();
    void rebuildOutline();
    void paintCellTexts(QPainter& p, const QRect& exposed);
    void setHover(int agent);
    bool validScope(const Scope& s) const;
    Scope parentOf(const Scope& s) const;

    model::SnapshotPtr m_snapshot;
    model::TopologyPtr m_topology;                // the one the tree was built for
    std::uint64_t m_topologyVersion = 0;
    QPointer<SelectionModel> m_selection;
    model::Metric m_metric = model::Metric::LatencyP99;
    ColorScale m_scale;
    bool m_autoRange = true;
    Scope m_zoom;

    heatmap::Tree m_tree;
    heatmap::Spec m_spec;                         // what the zoom level shows

    // Layout (logical px), rebuilt on topology, size, zoom, font or palette changes.
    bool m_layoutDirty = true;
    QSize m_layoutSize;
    bool m_coloursDirty = true;
    heatmap::Layout m_layout;
    QImage m_image;                               // background, labels and cells at device pixels
    // Drawable cells in drawing order: agent, top-left pixel index in m_image, colour drawn (0 = none).
    std::vector<int> m_slotAgent;
    std::vector<std::uint32_t> m_slotOffset;
    std::vector<QRgb> m_slotDrawn;
    int m_slotSide = 1;                           // device pixels per painted cell side
    std::vector<float> m_values;                  // per slot, this frame
    QRect m_dirty;                                // cells recoloured since the last reset
    int m_layoutCount = 0;

    QList<QRect> m_outline;
    int m_hover = -1;
};

} // namespace omega::widgets
