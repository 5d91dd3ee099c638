#include "sfnttables.h"

namespace report {

namespace {
constexpr quint32 collectionTag = 0x74746366; // 'ttcf'

// Where each face's table directory starts; empty when the collection header is cut short.
QList<qint64> faceDirectories(const SfntBytes& bytes)
{
    if (!bytes.has(0, 12) || bytes.u32(0) != collectionTag)
        return {0};
    const quint32 count = bytes.u32(8);
    if (!bytes.has(12, qint64(count) * 4))
        return {};
    QList<qint64> faces;
    for (quint32 i = 0; i < count; ++i)
        faces.append(bytes.u32(12 + 4 * i));
    return faces;
}
} // namespace

bool sfntTables(const QByteArray& font, quint32 tag, QList<qint64>* tables, QString* error)
{
    QByteArray copy = font; // shared, never written: SfntBytes wants a mutable array
    const SfntBytes bytes(&copy);
    const QList<qint64> faces = faceDirectories(bytes);
    if (faces.isEmpty()) {
        *error = QStringLiteral("the font collection's header is cut short");
        return false;
    }
    for (const qint64 face : faces) {
        if (!bytes.has(face, 12) || !bytes.has(face + 12, 16 * qint64(bytes.u16(face + 4)))) {
            *error = QStringLiteral("a face's table directory lies outside the font data");
            return false;
        }
        for (int i = 0; i < bytes.u16(face + 4); ++i) {
            const qint64 record = face + 12 + 16 * i;
            if (bytes.u32(record) == tag && !tables->contains(bytes.u32(record + 8)))
                tables->append(bytes.u32(record + 8));
        }
    }
    return true;
}

} // namespace report
