#include "widgets/stat_tile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace omega::widgets {

StatTile::StatTile(const QString& caption, const QString& toolTip, QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setToolTip(toolTip);
    auto* layout = new QVBoxLayout(this);
    auto* captionLabel = new QLabel(caption, this);
    captionLabel->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 9pt;"));
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont f = m_value->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_value->setFont(f);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
}

void StatTile::setValue(const QString& value)
{
    m_value->setText(value);
}

QString StatTile::value() const
{
    return m_value->text();
}

} // namespace omega::widgets
