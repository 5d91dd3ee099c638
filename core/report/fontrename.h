#pragma once

#include <QByteArray>
#include <QString>

namespace report {

// Renames a font family inside the font's own data. The reports load a patched copy of a system
// font (see RadicalCmap); under its original name fontconfig may pick the installed file instead,
// for one weight and not the other. A name of its own makes the patched faces the only match.
namespace FontRename {
// Replaces `from` with `to` (the same length, so no table moves) in the family and full-name
// records of every face's name table (.ttc or single font); false with `error` when the data is
// not a font this can read or no record held `from`.
bool renameFamily(QByteArray* font, const QString& from, const QString& to, QString* error);
} // namespace FontRename

} // namespace report
