#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

namespace report {

// Big-endian reads and writes in OpenType data that check they stay inside it. The report code
// patches font tables in place; nothing is inserted, so every offset stays valid.
class SfntBytes
{
public:
    explicit SfntBytes(QByteArray* data)
        : m_data(data)
    {
    }

    bool has(qint64 offset, qint64 size) const
    {
        return offset >= 0 && size >= 0 && offset + size <= m_data->size();
    }
    quint16 u16(qint64 offset) const { return qFromBigEndian<quint16>(m_data->constData() + offset); }
    quint32 u32(qint64 offset) const { return qFromBigEndian<quint32>(m_data->constData() + offset); }
    void set16(qint64 offset, quint16 value) const { qToBigEndian(value, m_data->data() + offset); }
    void set32(qint64 offset, quint32 value) const { qToBigEndian(value, m_data->data() + offset); }

private:
    QByteArray* m_data;
};

// The offsets of the table tagged `tag` in every face of `font` (an OpenType file or a .ttc
// collection), each once: faces of a collection may share a table. False with `error` when the
// headers are damaged; a face without the table adds nothing.
bool sfntTables(const QByteArray& font, quint32 tag, QList<qint64>* tables, QString* error);

} // namespace report
