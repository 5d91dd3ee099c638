#include "radicalcmap.h"

#include "sfnttables.h"

#include <QSet>

namespace report::RadicalCmap {

namespace {
constexpr quint32 lo = firstRadical;
constexpr quint32 hi = lastRadical;

// Format 4 (BMP): a segment inside the blocks keeps one code point, mapped to glyph 0; one that
// straddles an end is cut back to outside them; glyph-array entries inside are zeroed.
bool patchFormat4(const SfntBytes& bytes, qint64 table)
{
    if (!bytes.has(table, 14))
        return false;
    const int segments = bytes.u16(table + 6) / 2;
    const qint64 ends = table + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                 rangeOffsets = deltas + 2 * segments;
    if (!bytes.has(rangeOffsets, 2 * segments))
        return false;
    for (int i = 0; i < segments; ++i) {
        const quint32 start = bytes.u16(starts + 2 * i), end = bytes.u16(ends + 2 * i);
        if (end < lo || start > hi || start > end)
            continue;
        const qint64 rangeOffsetAt = rangeOffsets + 2 * i;
        if (const quint16 rangeOffset = bytes.u16(rangeOffsetAt); rangeOffset != 0) {
            for (quint32 c = qMax(start, lo); c <= qMin(end, hi); ++c) {
                const qint64 glyphAt = rangeOffsetAt + rangeOffset + 2 * (c - start);
                if (bytes.has(glyphAt, 2))
                    bytes.set16(glyphAt, 0);
            }
        } else if (start >= lo && end <= hi) {
            bytes.set16(starts + 2 * i, quint16(end));
            bytes.set16(deltas + 2 * i, quint16(0x10000 - end));
        } else if (start < lo && end <= hi) {
            bytes.set16(ends + 2 * i, quint16(lo - 1));
        } else if (start >= lo) {
            bytes.set16(starts + 2 * i, quint16(hi + 1));
        }
    }
    return true;
}

// Format 12 (all planes): groups are cut the same way; a group inside keeps its first code point
// on glyph 0.
bool patchFormat12(const SfntBytes& bytes, qint64 table)
{
    if (!bytes.has(table, 16))
        return false;
    const quint32 groups = bytes.u32(table + 12);
    if (!bytes.has(table + 16, qint64(groups) * 12))
        return false;
    for (quint32 i = 0; i < groups; ++i) {
        const qint64 group = table + 16 + qint64(i) * 12;
        const quint32 start = bytes.u32(group), end = bytes.u32(group + 4), glyph = bytes.u32(group + 8);
        if (end < lo || start > hi)
            continue;
        if (start >= lo && end <= hi) {
            bytes.set32(group + 4, start);
            bytes.set32(group + 8, 0);
        } else if (start < lo && end <= hi) {
            bytes.set32(group + 4, lo - 1);
        } else if (start >= lo) {
            bytes.set32(group, hi + 1);
            bytes.set32(group + 8, glyph + (hi + 1 - start));
        }
    }
    return true;
}

// Every Unicode subtable of the cmap at `cmap`; each subtable once, since faces share them.
bool patchCmap(const SfntBytes& bytes, qint64 cmap, QSet<qint64>* done)
{
    if (!bytes.has(cmap, 4))
        return false;
    const int count = bytes.u16(cmap + 2);
    if (!bytes.has(cmap + 4, 8 * count))
        return false;
    for (int i = 0; i < count; ++i) {
        const qint64 table = cmap + bytes.u32(cmap + 4 + 8 * i + 4);
        if (done->contains(table) || !bytes.has(table, 2))
            continue;
        done->insert(table);
        const quint16 format = bytes.u16(table);
        if ((format == 4 && !patchFormat4(bytes, table)) || (format == 12 && !patchFormat12(bytes, table)))
            return false;
    }
    return true;
}

} // namespace

bool unmapRadicals(QByteArray* font, QString* error)
{
    QList<qint64> cmaps;
    if (!sfntTables(*font, 0x636D6170 /* 'cmap' */, &cmaps, error))
        return false;
    const SfntBytes bytes(font);
    QSet<qint64> done;
    for (const qint64 cmap : cmaps) {
        if (!patchCmap(bytes, cmap, &done)) {
            *error = QStringLiteral("the font's cmap is damaged");
            return false;
        }
    }
    return true;
}

} // namespace report::RadicalCmap
