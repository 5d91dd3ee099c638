#pragma once

#include <QString>
#include <optional>

// The application's colours: the system's palette as the platform gave it at start-up, or the
// Fusion style with perfdash's light or dark palette. Widgets follow through palette changes.
enum class Theme
{
    System,
    Light,
    Dark,
};

namespace AppTheme {
void apply(Theme theme);
Theme current();
QString name(Theme theme); // "system", "light", "dark": for settings and the command line
std::optional<Theme> fromName(const QString& name);
} // namespace AppTheme
