#include "plainconnection.h"

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace load {

namespace {
constexpr std::size_t bufferSize = 16 * 1024;
}

PlainConnection::PlainConnection(int epoll, std::uint64_t tag)
    : m_epoll(epoll)
    , m_tag(tag)
    , m_buffer(new char[bufferSize])
{
}

PlainConnection::~PlainConnection()
{
    close();
}

void PlainConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd); // leaves the epoll set with it
    m_fd = -1;
    m_connecting = false;
    m_watchingWrite = false;
    m_reused = false;
}

PlainConnection::Step PlainConnection::begin(const sockaddr* address, socklen_t addressLength,
                                             const std::string* request, bool headRequest, std::string* body,
                                             std::size_t bodyLimit)
{
    m_address = address;
    m_addressLength = addressLength;
    m_request = request;
    m_written = 0;
    m_body = body;
    m_bodyLimit = bodyLimit;
    m_headRequest = headRequest;
    m_retried = false;
    m_parser.reset(headRequest);
    if (m_fd < 0)
        return connect();
    return write();
}

PlainConnection::Step PlainConnection::connect()
{
    m_fd = ::socket(m_address->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail(ErrorKind::Connect);
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT;
    event.data.u64 = m_tag;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_fd, &event);
    m_watchingWrite = true;
    if (::connect(m_fd, m_address, m_addressLength) == 0)
        return write();
    if (errno != EINPROGRESS)
        return fail(ErrorKind::Connect);
    m_connecting = true;
    return Step::Pending;
}

void PlainConnection::watch(bool writable)
{
    if (writable == m_watchingWrite)
        return;
    epoll_event event{};
    event.events = EPOLLIN | (writable ? EPOLLOUT : 0u);
    event.data.u64 = m_tag;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, m_fd, &event);
    m_watchingWrite = writable;
}

PlainConnection::Step PlainConnection::write()
{
    while (m_written < m_request->size()) {
        const ssize_t sent =
            ::send(m_fd, m_request->data() + m_written, m_request->size() - m_written, MSG_NOSIGNAL);
        if (sent > 0) {
            m_written += std::size_t(sent);
            continue;
        }
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            watch(true);
            return Step::Pending;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        return retryOrFail(ErrorKind::Write);
    }
    watch(false);
    return Step::Pending;
}

PlainConnection::Step PlainConnection::onEvents(std::uint32_t events)
{
    if (m_fd < 0)
        return Step::Pending; // an event of a connection closed meanwhile
    if (m_connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0)
            return fail(ErrorKind::Connect);
        if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP)))
            return Step::Pending;
        m_connecting = false;
        return write();
    }
    if (m_written < m_request->size() && (events & EPOLLOUT)) {
        const Step step = write();
        if (step != Step::Pending || m_written < m_request->size())
            return step;
    }
    if (events & (EPOLLIN | EPOLLERR | EPOLLHUP))
        return read();
    return Step::Pending;
}

PlainConnection::Step PlainConnection::read()
{
    for (;;) {
        const ssize_t got = ::recv(m_fd, m_buffer.get(), bufferSize, 0);
        if (got > 0) {
            const auto state = m_parser.feed(m_buffer.get(), std::size_t(got), m_body, m_bodyLimit);
            if (state == HttpResponseParser::State::Invalid)
                return fail(ErrorKind::Read);
            if (state == HttpResponseParser::State::Complete) {
                if (!m_parser.keepAlive())
                    close();
                else
                    m_reused = true;
                return Step::Done;
            }
            if (std::size_t(got) < bufferSize)
                return Step::Pending; // the rest comes with a later event
            continue;
        }
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return Step::Pending;
        if (got < 0 && errno == EINTR)
            continue;
        if (got == 0 && m_parser.closed() == HttpResponseParser::State::Complete) {
            close();
            return Step::Done;
        }
        return retryOrFail(ErrorKind::Read);
    }
}

PlainConnection::Step PlainConnection::retryOrFail(ErrorKind kind)
{
    if (m_reused && !m_retried && !m_parser.started()) {
        close();
        m_retried = true;
        m_written = 0;
        m_parser.reset(m_headRequest);
        return connect();
    }
    return fail(kind);
}

PlainConnection::Step PlainConnection::fail(ErrorKind kind)
{
    m_failure = kind;
    close();
    return Step::Failed;
}

} // namespace load
