#pragma once

#include <QByteArrayList>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

struct redisContext;
struct redisReply;

struct RedisReplyDeleter
{
    void operator()(redisReply* reply) const;
};
using RedisReplyPtr = std::unique_ptr<redisReply, RedisReplyDeleter>;

// A blocking hiredis connection with connect and command timeouts. Any I/O error (refused,
// timed out, closed by the server) closes it and yields a message for the user; Redis error
// replies (WRONGTYPE, NOGROUP, …) are ordinary replies and leave it open.
class RedisConnection
{
public:
    RedisConnection() = default;
    ~RedisConnection();
    RedisConnection(const RedisConnection&) = delete;
    RedisConnection& operator=(const RedisConnection&) = delete;

    bool connect(const QString& host, int port, int connectTimeoutMs, int commandTimeoutMs, QString* error);
    bool isConnected() const { return m_context != nullptr; }
    void close();

    // Sends the commands in one pipeline and reads every reply in order.
    bool pipeline(const std::vector<QByteArrayList>& commands, std::vector<RedisReplyPtr>* replies,
                  QString* error);
    RedisReplyPtr command(const QByteArrayList& arguments, QString* error);

    // From any thread: unblocks a read in progress and refuses further connects.
    void interrupt();

private:
    QString ioError(const QByteArray& command, int savedErrno) const;

    redisContext* m_context = nullptr; // replaced on the polling thread only
    std::mutex m_fdMutex;              // held while m_context changes, and by interrupt()
    std::atomic<bool> m_interrupted{false};
    QString m_address;
    int m_commandTimeoutMs = 0;
};
