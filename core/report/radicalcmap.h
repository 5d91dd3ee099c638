#pragma once

#include <QByteArray>
#include <QString>

namespace report {

// Noto Sans CJK draws a Kangxi radical (U+2F08 "⼈") and its ideograph (U+4EBA "人") with one glyph.
// Qt's PDF text map gives each embedded glyph the lowest code point that maps to it, so the radical
// wins and pdftotext, search and copy read "⼈" where the report says "人". Removing the radical
// blocks from the font's Unicode cmaps leaves each shared glyph with its ideograph only; the
// reports never print a radical as such.
namespace RadicalCmap {
inline constexpr char32_t firstRadical = 0x2E80; // CJK Radicals Supplement
inline constexpr char32_t lastRadical = 0x2FDF;  // end of Kangxi Radicals

// `font` (an OpenType file or a .ttc collection) with the radical blocks unmapped in every format 4
// and format 12 cmap subtable, patched in place so no table moves; false with `error` when the
// data is not a font this can read.
bool unmapRadicals(QByteArray* font, QString* error);
} // namespace RadicalCmap

} // namespace report
