#pragma once

#include <QFont>
#include <QString>

namespace report {

// The typefaces of the reports, loaded from their files so the PDF embeds them and reads the same
// on every machine: Lato (fonts-lato) for Latin text and digits, Noto Sans CJK SC (fonts-noto-cjk)
// for Chinese.
namespace ReportFonts {
inline const QString cjkFontFile = QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
inline const QString cjkBoldFontFile = QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc");
inline const QString latinFontFile = QStringLiteral("/usr/share/fonts/truetype/lato/Lato-Regular.ttf");
inline const QString cjkFamily = QStringLiteral("Noto Sans CJK SC");
inline const QString patchedCjkFamily = QStringLiteral("Perf Sans CJK SC"); // same length as cjkFamily
inline const QString latinBoldFontFile = QStringLiteral("/usr/share/fonts/truetype/lato/Lato-Bold.ttf");

// Loads the fonts once (needs a QGuiApplication); false with `error` naming the missing file and
// its package.
bool load(QString* error);
QFont font(double pointSize, bool bold = false);
} // namespace ReportFonts

} // namespace report
