#pragma once
// A colour legend any view can reuse: the gradient of a ColorScale with its low, middle and high
// values and the unit, or a row of named categorical swatches.

#include "widgets/color_scale.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPair>
#include <QWidget>

namespace omega::widgets {

class ColorLegend : public QWidget {
    Q_OBJECT
public:
    explicit ColorLegend(QWidget* parent = nullptr);

    // Continuous: the scale is copied (range and palette); `label` names the quantity, `unit`
    // follows the numbers; `note` is a short hint after the label such as "auto" or "fixed".
    void setScale(const ColorScale& scale, const QString& label, const QString& unit = {}, const QString& note = {});
    // Categorical: coloured swatches with their names.
    void setCategories(const QString& label, const QList<QPair<QColor, QString>>& categories);

    bool isCategorical() const { return m_categorical; }
    float low() const { return m_scale.low(); }
    float high() const { return m_scale.high(); }
    QString label() const { return m_label; }
    QString rangeText() const;                   // "100 – 5,000 ms"; empty when categorical
    static QString formatNumber(double value, double span);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    ColorScale m_scale;
    QImage m_gradient;                           // 256 x 1, rebuilt with the scale
    QString m_label, m_unit, m_note;
    bool m_categorical = false;
    QList<QPair<QColor, QString>> m_categories;
};

} // namespace omega::widgets
