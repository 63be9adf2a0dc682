#pragma once
// A caption over a large value: one figure of the fleet at a glance.

#include <QFrame>

class QLabel;

namespace omega::widgets {

class StatTile : public QFrame {
    Q_OBJECT
public:
    StatTile(const QString& caption, const QString& toolTip, QWidget* parent = nullptr);
    void setValue(const QString& value);
    QString value() const;

private:
    QLabel* m_value;
};

} // namespace omega::widgets
