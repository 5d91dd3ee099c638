#include "fontrename.h"

#include "sfnttables.h"

#include <QtEndian>

namespace report::FontRename {

namespace {
// Family, full name, typographic family, WWS family: the names a font matcher compares.
bool isFamilyRecord(quint16 nameId)
{
    return nameId == 1 || nameId == 4 || nameId == 16 || nameId == 21;
}

// `text` as a record of `platform` stores it: UTF-16BE for Unicode and Windows, bytes for Mac.
QByteArray encoded(const QString& text, quint16 platform)
{
    if (platform == 1)
        return text.toLatin1();
    QByteArray bytes(text.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        qToBigEndian(text.at(i).unicode(), bytes.data() + 2 * i);
    return bytes;
}

// Replaces `from` with `to` in the family records of the name table at `table`; the count replaced.
int renameIn(QByteArray* font, qint64 table, const QString& from, const QString& to)
{
    const SfntBytes bytes(font);
    if (!bytes.has(table, 6))
        return 0;
    const int count = bytes.u16(table + 2);
    const qint64 strings = table + bytes.u16(table + 4);
    int replaced = 0;
    for (int i = 0; i < count && bytes.has(table + 6 + 12 * i, 12); ++i) {
        const qint64 record = table + 6 + 12 * i;
        if (!isFamilyRecord(bytes.u16(record + 6)))
            continue;
        const quint16 platform = bytes.u16(record);
        const qint64 at = strings + bytes.u16(record + 10), length = bytes.u16(record + 8);
        if (!bytes.has(at, length))
            continue;
        const QByteArray old = encoded(from, platform), renamed = encoded(to, platform);
        for (qint64 found = font->indexOf(old, at); found >= 0 && found + old.size() <= at + length;
             found = font->indexOf(old, found + old.size())) {
            font->replace(found, renamed.size(), renamed);
            ++replaced;
        }
    }
    return replaced;
}
} // namespace

bool renameFamily(QByteArray* font, const QString& from, const QString& to, QString* error)
{
    if (from.size() != to.size()) {
        *error = QStringLiteral("a font family can only be renamed to a name of the same length");
        return false;
    }
    QList<qint64> tables;
    if (!sfntTables(*font, 0x6E616D65 /* 'name' */, &tables, error))
        return false;
    int replaced = 0;
    for (const qint64 table : tables)
        replaced += renameIn(font, table, from, to);
    if (replaced == 0) {
        *error = QStringLiteral("the font has no family named %1").arg(from);
        return false;
    }
    return true;
}

} // namespace report::FontRename
