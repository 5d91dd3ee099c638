#include "redisconnection.h"

#include <cerrno>
#include <cstring>
#include <hiredis/hiredis.h>
#include <sys/socket.h>

namespace {
timeval toTimeval(int ms)
{
    return timeval{ms / 1000, (ms % 1000) * 1000};
}

// hiredis keeps errno's text, not the number, in some paths; compare both.
bool isErrno(int savedErrno, const char* errstr, int code)
{
    return savedErrno == code || QByteArray(errstr).endsWith(std::strerror(code));
}
} // namespace

void RedisReplyDeleter::operator()(redisReply* reply) const
{
    freeReplyObject(reply);
}

RedisConnection::~RedisConnection()
{
    close();
}

bool RedisConnection::connect(const QString& host, int port, int connectTimeoutMs, int commandTimeoutMs,
                              QString* error)
{
    close();
    m_address = host + QLatin1Char(':') + QString::number(port);
    m_commandTimeoutMs = commandTimeoutMs;
    if (m_interrupted) {
        *error = QStringLiteral("stopped");
        return false;
    }
    errno = 0;
    redisContext* context =
        redisConnectWithTimeout(host.toUtf8().constData(), port, toTimeval(connectTimeoutMs));
    const int savedErrno = errno;
    if (!context) {
        *error = QStringLiteral("cannot allocate a connection to %1").arg(m_address);
        return false;
    }
    if (context->err) {
        if (isErrno(savedErrno, context->errstr, ECONNREFUSED))
            *error = QStringLiteral("connection refused at %1").arg(m_address);
        else if (isErrno(savedErrno, context->errstr, ETIMEDOUT) ||
                 isErrno(savedErrno, context->errstr, EINPROGRESS))
            *error =
                QStringLiteral("connect to %1 timed out after %2 ms").arg(m_address).arg(connectTimeoutMs);
        else
            *error = QStringLiteral("cannot connect to %1: %2")
                         .arg(m_address, QString::fromLocal8Bit(context->errstr));
        redisFree(context);
        return false;
    }
    // Without this a command would wait forever on a hung server: SO_RCVTIMEO / SO_SNDTIMEO.
    if (redisSetTimeout(context, toTimeval(commandTimeoutMs)) != REDIS_OK) {
        *error = QStringLiteral("cannot set the command timeout on %1: %2")
                     .arg(m_address, QString::fromLocal8Bit(context->errstr));
        redisFree(context);
        return false;
    }
    std::lock_guard lock(m_fdMutex);
    m_context = context;
    return true;
}

void RedisConnection::close()
{
    std::lock_guard lock(m_fdMutex);
    if (m_context)
        redisFree(m_context);
    m_context = nullptr;
}

void RedisConnection::interrupt()
{
    m_interrupted = true;
    std::lock_guard lock(m_fdMutex);
    if (m_context)
        ::shutdown(m_context->fd, SHUT_RDWR);
}

RedisReplyPtr RedisConnection::command(const QByteArrayList& arguments, QString* error)
{
    std::vector<RedisReplyPtr> replies;
    if (!pipeline({arguments}, &replies, error))
        return nullptr;
    return std::move(replies.front());
}

bool RedisConnection::pipeline(const std::vector<QByteArrayList>& commands,
                               std::vector<RedisReplyPtr>* replies, QString* error)
{
    replies->clear();
    if (!m_context) {
        *error = QStringLiteral("not connected to %1").arg(m_address);
        return false;
    }
    for (const QByteArrayList& arguments : commands) {
        std::vector<const char*> argv;
        std::vector<size_t> argvlen;
        for (const QByteArray& argument : arguments) {
            argv.push_back(argument.constData());
            argvlen.push_back(size_t(argument.size()));
        }
        if (redisAppendCommandArgv(m_context, int(argv.size()), argv.data(), argvlen.data()) != REDIS_OK) {
            *error = ioError(arguments.value(0), errno);
            close();
            return false;
        }
    }
    for (const QByteArrayList& arguments : commands) {
        void* reply = nullptr;
        errno = 0;
        if (redisGetReply(m_context, &reply) != REDIS_OK || !reply) {
            *error = ioError(arguments.value(0), errno);
            close();
            return false;
        }
        replies->emplace_back(static_cast<redisReply*>(reply));
    }
    return true;
}

QString RedisConnection::ioError(const QByteArray& command, int savedErrno) const
{
    const QString during = QString::fromLatin1(command.toUpper());
    if (m_interrupted)
        return QStringLiteral("stopped");
    if (m_context->err == REDIS_ERR_EOF)
        return QStringLiteral("server closed the connection during %1 (%2)").arg(during, m_address);
    if (savedErrno == EAGAIN || savedErrno == EWOULDBLOCK || savedErrno == ETIMEDOUT)
        return QStringLiteral("timed out after %1 ms waiting for %2 (%3)")
            .arg(m_commandTimeoutMs)
            .arg(during, m_address);
    if (savedErrno == ECONNRESET || savedErrno == EPIPE)
        return QStringLiteral("server closed the connection during %1 (%2: %3)")
            .arg(during, m_address, QString::fromLocal8Bit(std::strerror(savedErrno)));
    return QStringLiteral("I/O error during %1 (%2): %3")
        .arg(during, m_address, QString::fromLocal8Bit(m_context->errstr));
}
