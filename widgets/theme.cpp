#include "widgets/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace omega::widgets {

namespace {
Theme g_theme = Theme::Light;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(37, 39, 43), base(27, 29, 32), text(222, 224, 228), mid(90, 94, 100);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(50, 52, 58));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mid.lighter(130));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 120, 120));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(20, 21, 24));
    p.setColor(QPalette::Light, QColor(70, 73, 79));
    p.setColor(QPalette::Highlight, QColor(64, 128, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(100, 170, 240));
    p.setColor(QPalette::Disabled, QPalette::Text, mid.lighter(120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mid.lighter(120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, mid.lighter(120));
    return p;
}
} // namespace

void applyTheme(Theme theme)
{
    g_theme = theme;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

Theme currentTheme()
{
    return g_theme;
}

QString themeKey(Theme theme)
{
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

Theme themeFromKey(const QString& key)
{
    return key == QLatin1String("dark") ? Theme::Dark : Theme::Light;
}

} // namespace omega::widgets
