#pragma once
// Light and dark palettes for the whole application (Fusion style so both look the same everywhere).

#include <QString>

class QApplication;

namespace omega::widgets {

enum class Theme { Light, Dark };

void applyTheme(Theme theme);
Theme currentTheme();
QString themeKey(Theme theme);               // "light" / "dark", for settings
Theme themeFromKey(const QString& key);      // unknown -> Light

} // namespace omega::widgets
