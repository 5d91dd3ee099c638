#pragma once

// Helpers of the PostgreSQL collector's integration tests: plain libpq sessions that play the
// application (holding locks, sleeping, staying in a transaction) and a way to wait for the
// collector's results without sleeping.

#include "postgrescollector.h"
#include "testservers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <functional>
#include <libpq-fe.h>
#include <memory>

namespace PgTest {

// One libpq session in the test's thread.
class Session
{
public:
    explicit Session(const QString& conninfo)
        : m_conn(PQconnectdb(conninfo.toUtf8().constData()), &PQfinish)
    {
        // The tests' own NOTICEs ("does not exist, skipping") are not worth printing.
        PQsetNoticeProcessor(
            m_conn.get(), [](void*, const char*) {}, nullptr);
    }
    ~Session() { cancel(); }

    bool ok() const { return PQstatus(m_conn.get()) == CONNECTION_OK; }
    QByteArray error() const { return PQerrorMessage(m_conn.get()); }
    int backendPid() const { return PQbackendPID(m_conn.get()); }

    // Runs a statement to completion; the error message, empty on success.
    QByteArray exec(const QByteArray& sql)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(m_conn.get(), sql.constData()), &PQclear);
        const ExecStatusType status = PQresultStatus(result.get());
        return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK
                   ? QByteArray()
                   : QByteArray(PQerrorMessage(m_conn.get()));
    }
    // The first cell of a query's answer.
    QByteArray value(const QByteArray& sql)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(m_conn.get(), sql.constData()), &PQclear);
        return PQresultStatus(result.get()) == PGRES_TUPLES_OK && PQntuples(result.get()) > 0
                   ? QByteArray(PQgetvalue(result.get(), 0, 0))
                   : QByteArray();
    }
    // Sends a statement without waiting for it (it may block on a lock or sleep).
    bool send(const QByteArray& sql)
    {
        m_busy = PQsendQuery(m_conn.get(), sql.constData()) == 1;
        return m_busy;
    }
    // Cancels what send() started and drains its results.
    void cancel()
    {
        if (!m_busy || !m_conn)
            return;
        m_busy = false;
        if (PGcancel* handle = PQgetCancel(m_conn.get())) {
            char buffer[256];
            PQcancel(handle, buffer, sizeof buffer);
            PQfreeCancel(handle);
        }
        while (PGresult* result = PQgetResult(m_conn.get()))
            PQclear(result);
    }

private:
    std::unique_ptr<PGconn, decltype(&PQfinish)> m_conn;
    bool m_busy = false;
};

inline QString conninfo(const QString& extra = {})
{
    return TestServers::postgresConninfo() + (extra.isEmpty() ? QString() : QLatin1Char(' ') + extra);
}

inline QString port()
{
    return qEnvironmentVariable("PERFDASH_TEST_PG");
}

// A name unique to this test process, for databases and tables it creates.
inline QString unique(const char* stem)
{
    return QString::fromLatin1(stem) + QLatin1Char('_') + QString::number(QCoreApplication::applicationPid());
}

inline PostgresSource source(const QString& name, const QString& conninfo, int intervalMs = 60000)
{
    PostgresSource s;
    s.name = name;
    s.conninfo = conninfo;
    s.intervalMs = intervalMs;
    s.connectTimeoutMs = 5000;
    s.statementTimeoutMs = 5000;
    s.topN = 20;
    return s;
}

// A loopback port nobody listens on: bound, then released.
inline quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// The results a collector emitted, read from a spy on its polled() signal.
class Results
{
public:
    explicit Results(PostgresCollector* collector)
        : m_spy(collector, &PostgresCollector::polled)
    {
    }
    // Every result of `source` so far.
    std::vector<PostgresPollResult> of(const QString& source, qsizetype from = 0) const
    {
        std::vector<PostgresPollResult> results;
        for (qsizetype i = from; i < m_spy.size(); ++i) {
            auto result = m_spy.at(i).first().value<PostgresPollResult>();
            if (result.source == source)
                results.push_back(std::move(result));
        }
        return results;
    }
    qsizetype mark() const { return m_spy.size(); }
    // The first result of `source` after `from` that satisfies `accept` (waits up to timeoutMs).
    PostgresPollResult waitFor(const QString& source, qsizetype from,
                               const std::function<bool(const PostgresPollResult&)>& accept,
                               int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            for (const PostgresPollResult& result : of(source, from))
                if (accept(result))
                    return result;
            if (deadline.hasExpired())
                return {};
            m_spy.wait(int(std::max<qint64>(1, std::min<qint64>(deadline.remainingTime(), 1000))));
        }
    }
    // Polls `source` now and returns that poll's result.
    PostgresPollResult pollNow(PostgresCollector& collector, const QString& source)
    {
        const qsizetype from = mark();
        collector.pollNow(source);
        return waitFor(source, from, [](const PostgresPollResult&) { return true; });
    }

private:
    QSignalSpy m_spy;
};

} // namespace PgTest
