#include "redisinfo.h"

#include <QByteArrayList>

namespace {
// "keys=3,expires=0,avg_ttl=0" -> value of `key`, or nothing.
std::optional<QByteArray> attribute(QByteArrayView list, QByteArrayView key)
{
    for (QByteArrayView part : QByteArray::fromRawData(list.data(), list.size()).split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0 && part.first(eq) == key)
            return part.sliced(eq + 1).toByteArray();
    }
    return std::nullopt;
}

double toNumber(const std::optional<QByteArray>& text)
{
    bool ok = false;
    const double value = text ? text->toDouble(&ok) : 0;
    return ok ? value : 0;
}

// "db7" -> 7, "slave0" with prefix "slave" -> 0; -1 when `name` is not prefix + digits.
int indexAfter(QByteArrayView name, QByteArrayView prefix)
{
    if (!name.startsWith(prefix) || name.size() == prefix.size())
        return -1;
    bool ok = false;
    const int index = name.sliced(prefix.size()).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}
} // namespace

RedisInfo RedisInfo::parse(QByteArrayView text)
{
    RedisInfo info;
    for (QByteArrayView line : QByteArray::fromRawData(text.data(), text.size()).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1);
        if (const int db = indexAfter(name, "db"); db >= 0 && value.contains("keys=")) {
            info.m_databases.push_back(
                {db, toNumber(attribute(value, "keys")), toNumber(attribute(value, "expires"))});
        } else if (indexAfter(name, "slave") >= 0 && value.contains("ip=")) {
            const QByteArray ip = attribute(value, "ip").value_or(QByteArray());
            const QByteArray port = attribute(value, "port").value_or(QByteArray());
            const QByteArray address = QByteArray(ip).append(':').append(port);
            info.m_replicas.push_back({address, attribute(value, "state").value_or(QByteArray()),
                                       toNumber(attribute(value, "offset")),
                                       toNumber(attribute(value, "lag"))});
        }
        info.m_fields.insert_or_assign(name.toByteArray(), value.toByteArray());
    }
    return info;
}

bool RedisInfo::has(QByteArrayView field) const
{
    return m_fields.find(field) != m_fields.end();
}

QByteArray RedisInfo::text(QByteArrayView field) const
{
    auto it = m_fields.find(field);
    return it == m_fields.end() ? QByteArray() : it->second;
}

std::optional<double> RedisInfo::number(QByteArrayView field) const
{
    auto it = m_fields.find(field);
    if (it == m_fields.end())
        return std::nullopt;
    bool ok = false;
    const double value = it->second.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}
