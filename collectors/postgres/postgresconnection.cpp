#include "postgresconnection.h"

#include "postgreserrors.h"

#include <QDeadlineTimer>
#include <libpq-fe.h>
#include <poll.h>

namespace {
void clearResult(pg_result* result)
{
    PQclear(result);
}
constexpr int kStopCheckMs = 100; // how soon a stop request is noticed while waiting
} // namespace

PostgresConnection::PostgresConnection(const std::atomic<bool>* stopRequested)
    : m_stopRequested(stopRequested)
{
}

PostgresConnection::~PostgresConnection()
{
    close();
}

bool PostgresConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void PostgresConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

PostgresConnection::Wait PostgresConnection::waitForSocket(bool forWrite, qint64 deadlineMs) const
{
    const QDeadlineTimer deadline(deadlineMs);
    while (true) {
        if (m_stopRequested->load())
            return Wait::Stopped;
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0)
            return Wait::TimedOut;
        pollfd fd{PQsocket(m_conn), short(forWrite ? POLLOUT : POLLIN), 0};
        if (fd.fd < 0)
            return Wait::Failed;
        const int ready = ::poll(&fd, 1, int(std::min<qint64>(remaining, kStopCheckMs)));
        if (ready > 0)
            return Wait::Ready;
        if (ready < 0 && errno != EINTR)
            return Wait::Failed;
    }
}

bool PostgresConnection::open(const PostgresSource& source, QString* error)
{
    close();
    // The whole attempt is bounded here (libpq only applies connect_timeout in its blocking
    // calls); connect_timeout is still passed so `PQconninfo` shows what applies.
    const QByteArray conninfo = source.conninfo.toUtf8();
    const QByteArray connectTimeout = QByteArray::number(std::max(2, (source.connectTimeoutMs + 999) / 1000));
    const char* keywords[] = {"dbname", "fallback_application_name", "connect_timeout", nullptr};
    const char* values[] = {conninfo.constData(), "perfdash", connectTimeout.constData(), nullptr};
    m_conn = PQconnectStartParams(keywords, values, 1);
    if (!m_conn) {
        *error = QStringLiteral("out of memory starting a libpq connection");
        return false;
    }
    const qint64 startedMs = QDeadlineTimer::current().deadline();
    const qint64 deadlineMs = startedMs + source.connectTimeoutMs;
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (PQstatus(m_conn) != CONNECTION_BAD && status != PGRES_POLLING_OK &&
           status != PGRES_POLLING_FAILED) {
        const Wait wait =
            waitForSocket(status == PGRES_POLLING_WRITING, deadlineMs - QDeadlineTimer::current().deadline());
        if (wait == Wait::Stopped) {
            *error = QStringLiteral("stopped");
            close();
            return false;
        }
        if (wait == Wait::TimedOut) {
            *error = QStringLiteral("timeout expired after %1 ms connecting to %2:%3")
                         .arg(source.connectTimeoutMs)
                         .arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)));
            close();
            return false;
        }
        status = PQconnectPoll(m_conn);
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        *error = PostgresErrors::describe(PQerrorMessage(m_conn));
        close();
        return false;
    }

    // Our own statements must never outlive their budget, nor write anything.
    m_queryDeadlineMs = source.statementTimeoutMs + std::max(source.connectTimeoutMs, 1000);
    const QByteArray setup = "SET statement_timeout = " + QByteArray::number(source.statementTimeoutMs) +
                             "; SET default_transaction_read_only = on";
    if (!exec(setup, error)) {
        close();
        return false;
    }
    return true;
}

PostgresConnection::Result PostgresConnection::exec(const QByteArray& sql, QString* error,
                                                    const QList<QByteArray>& params)
{
    Result none(nullptr, &clearResult);
    if (!isOpen()) {
        *error = QStringLiteral("not connected");
        return none;
    }
    std::vector<const char*> values;
    for (const QByteArray& param : params)
        values.push_back(param.constData());
    // A plain query may hold several statements (the session setup); parameters need the extended protocol.
    const int sent = params.isEmpty() ? PQsendQuery(m_conn, sql.constData())
                                      : PQsendQueryParams(m_conn, sql.constData(), int(values.size()),
                                                          nullptr, values.data(), nullptr, nullptr, 0);
    if (!sent) {
        *error = PostgresErrors::describe(PQerrorMessage(m_conn));
        close();
        return none;
    }
    const qint64 deadlineMs = QDeadlineTimer::current().deadline() + m_queryDeadlineMs;
    while (PQisBusy(m_conn)) {
        const Wait wait = waitForSocket(false, deadlineMs - QDeadlineTimer::current().deadline());
        if (wait == Wait::Stopped || wait == Wait::TimedOut) {
            // The server may still be working on it: ask it to stop, then drop the session.
            if (PGcancel* cancel = PQgetCancel(m_conn)) {
                char buffer[256];
                PQcancel(cancel, buffer, sizeof buffer);
                PQfreeCancel(cancel);
            }
            *error = wait == Wait::Stopped
                         ? QStringLiteral("stopped")
                         : QStringLiteral("no answer from the server within %1 ms").arg(m_queryDeadlineMs);
            close();
            return none;
        }
        if (wait == Wait::Failed || !PQconsumeInput(m_conn)) {
            *error = PostgresErrors::describe(PQerrorMessage(m_conn));
            close();
            return none;
        }
    }
    // Keep the first error, else the last result (the session setup sends two statements).
    Result kept(nullptr, &clearResult);
    QString firstError;
    while (pg_result* next = PQgetResult(m_conn)) {
        Result result(next, &clearResult);
        const ExecStatusType status = PQresultStatus(next);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && firstError.isEmpty())
            firstError = PostgresErrors::describe(PQresultErrorMessage(next));
        kept = std::move(result);
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        *error = firstError.isEmpty() ? PostgresErrors::describe(PQerrorMessage(m_conn)) : firstError;
        close();
        return none;
    }
    if (!firstError.isEmpty() || !kept) {
        *error = firstError.isEmpty() ? QStringLiteral("the server sent no result") : firstError;
        return none;
    }
    return kept;
}

int PostgresConnection::serverVersionNum() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

QString PostgresConnection::serverVersion() const
{
    return m_conn ? QString::fromUtf8(PQparameterStatus(m_conn, "server_version")) : QString();
}

QString PostgresConnection::database() const
{
    return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString();
}

QByteArray PostgresConnection::identifier(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    char* escaped = m_conn ? PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size())) : nullptr;
    if (!escaped)
        return '"' + utf8 + '"';
    QByteArray result(escaped);
    PQfreemem(escaped);
    return result;
}
