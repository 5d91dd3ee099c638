#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <map>
#include <optional>
#include <vector>

// The text of Redis' INFO command as data: "name:value" fields from every section, plus the
// structured lines of the keyspace ("db7:keys=3,expires=0,avg_ttl=0") and of a master's
// replicas ("slave0:ip=…,port=…,state=online,offset=…,lag=…"). Pure: no I/O.
class RedisInfo
{
public:
    struct Database
    {
        int index = 0;
        double keys = 0;
        double expires = 0;
    };
    struct Replica
    {
        QByteArray address; // "ip:port"
        QByteArray state;   // online, wait_bgsave, send_bulk, …
        double offset = 0;  // replication offset the replica acknowledged
        double lagSeconds = 0;
    };

    // Accepts LF or CRLF line ends; ignores section headers, blank and malformed lines.
    static RedisInfo parse(QByteArrayView text);

    bool has(QByteArrayView field) const;
    QByteArray text(QByteArrayView field) const;
    // The field as a number, or nothing when absent or not numeric.
    std::optional<double> number(QByteArrayView field) const;

    const std::vector<Database>& databases() const { return m_databases; }
    const std::vector<Replica>& replicas() const { return m_replicas; }

private:
    std::map<QByteArray, QByteArray, std::less<>> m_fields;
    std::vector<Database> m_databases;
    std::vector<Replica> m_replicas;
};
