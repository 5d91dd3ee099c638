#pragma once

#include "postgressource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <memory>

struct pg_conn;
struct pg_result;

// One libpq session used by one poll thread. Connecting and queries run on libpq's
// non-blocking interface, so both are bounded by a client-side deadline and give up at once
// when `stopRequested` is set (the collector is shutting down).
class PostgresConnection
{
public:
    using Result = std::unique_ptr<pg_result, void (*)(pg_result*)>;

    explicit PostgresConnection(const std::atomic<bool>* stopRequested);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    // Connects and prepares the session (statement_timeout, read-only transactions).
    bool open(const PostgresSource& source, QString* error);
    bool isOpen() const;
    void close();

    // Runs one statement, parameters as text. Null with a message on any error; the session
    // is closed when the error broke it (the caller reconnects).
    Result exec(const QByteArray& sql, QString* error, const QList<QByteArray>& params = {});

    int serverVersionNum() const;
    QString serverVersion() const;
    QString database() const;
    // Quotes a name for SQL (PQescapeIdentifier).
    QByteArray identifier(const QString& name) const;

private:
    enum class Wait
    {
        Ready,
        TimedOut,
        Stopped,
        Failed
    };
    Wait waitForSocket(bool forWrite, qint64 deadlineMs) const;

    const std::atomic<bool>* m_stopRequested;
    pg_conn* m_conn = nullptr;
    int m_queryDeadlineMs = 0; // statement_timeout plus time for the network
};
