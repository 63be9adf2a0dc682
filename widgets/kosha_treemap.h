#pragma once
// Squarified treemap (Bruls, Huizing, van Wijk 2000) of domain koshas nested in prime koshas nested
// in teams: area is proportional to work, colour shows the chosen metric. The layout only moves when
// the sizes shift by more than ~5 % (at most once a second), or on resize, zoom or a new topology,
// so that it stays calm; colours follow every snapshot.

#include "model/snapshot.h"
#include "widgets/color_scale.h"
#include "widgets/selection.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QStaticText>
#include <QWidget>
#include <vector>

namespace omega::widgets {

class KoshaTreemap : public QWidget {
    Q_OBJECT
public:
    enum class SizeBy { Throughput, Agents };

    explicit KoshaTreemap(QWidget* parent = nullptr);

    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setSelectionModel(SelectionModel* selection);
    void setMetric(model::Metric metric);
    model::Metric metric() const { return m_metric; }
    void setSizeBy(SizeBy sizeBy);
    SizeBy sizeBy() const { return m_sizeBy; }
    void setColorPalette(ColorScale::Palette palette);

    // Zoom into a Team or a Prime (Fleet shows everything); other kinds are ignored.
    void zoomTo(const Scope& scope);
    void zoomOut();
    Scope zoom() const { return m_zoom; }

    // The current layout in widget coordinates; empty for groups outside the zoom.
    QRectF teamRect(int team) const;
    QRectF primeRect(int prime) const;
    QRectF domainRect(int domain) const;
    double domainWork(int domain) const;        // what the domain's area is proportional to
    int domainAt(const QPointF& pos) const;     // -1 where there is none
    QString toolTipFor(int domain) const;
    const ColorScale& colorScale() const { return m_scale; }
    int layoutCount() const { return m_layoutCount; }

    QSize sizeHint() const override { return {640, 420}; }
    QSize minimumSizeHint() const override { return {260, 180}; }

signals:
    void zoomChanged(const omega::model::Scope& zoom);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Text is laid out once (QStaticText) and only again when its string changes: shaping text
    // is most of the cost of a frame.
    struct DomainLabel {
        QString text;              // empty: no room
        QRectF nameBox;
        bool showValue = false;
        bool showDetail = false;   // a third line with agents and throughput
        QStaticText name;
        QString value, detail;     // as last drawn
        QStaticText valueText, detailText;
    };
    struct Badge {
        QString text;              // empty: not shown
        QRectF box;
        QStaticText staticText;
    };

    void rebuildTopology();
    void computeWork();
    bool workShifted() const;
    bool inZoom(int domain) const;
    void ensureLayout() const;
    void relayout();
    void layoutPrimesOf(int team);
    void layoutDomainsOf(int prime);
    void placeLabels();
    void recolour();
    int headerHeight() const;
    QRectF mapArea() const;
    QRectF selectedRect() const;
    void drawHeader(QPainter& p) const;
    QString formatMetric(float value) const;
    void updateFormats();

    model::SnapshotPtr m_snapshot;
    model::TopologyPtr m_topology;
    QPointer<SelectionModel> m_selection;
    model::Metric m_metric = model::Metric::LatencyP99;
    SizeBy m_sizeBy = SizeBy::Throughput;
    Scope m_zoom;
    ColorScale m_scale;
    bool m_rangeFresh = true;       // next colouring fits the range at once instead of easing

    std::vector<std::vector<int>> m_teamPrimes, m_primeDomains;
    std::vector<int> m_domainAgents;          // from the topology, for sizing before any tick
    std::vector<double> m_work;               // per domain, this snapshot
    std::vector<double> m_layoutWork;         // per domain, as laid out
    std::vector<float> m_values;              // per domain, the metric
    std::vector<QRgb> m_colors;

    std::vector<QRectF> m_teamRects, m_primeRects, m_domainRects;
    std::vector<Badge> m_teamBadges, m_primeBadges;
    std::vector<DomainLabel> m_labels;
    QSize m_layoutSize;
    bool m_layoutDirty = true;
    int m_layoutCount = 0;
    QElapsedTimer m_sinceLayout;
    int m_hover = -1;
    QLocale m_locale;
    QString m_valueFormat, m_detailFormat, m_detailFormatOne;
    int m_valueDecimals = 0;
};

} // namespace omega::widgets
