#pragma once

#include "httpresponseparser.h"
#include "loadresult.h"

#include <cstdint>
#include <memory>
#include <string>
#include <sys/socket.h>

namespace load {

// One keep-alive HTTP/1.1 connection of the plain-HTTP transport: a non-blocking socket in the
// worker's epoll set (tagged so events come back here), a request written as prepared bytes, the
// answer parsed as it arrives. Per request that is one send and usually one recv, as wrk does;
// libcurl carries https and everything else.
class PlainConnection
{
public:
    enum class Step
    {
        Pending,
        Done,
        Failed,
    };

    PlainConnection(int epoll, std::uint64_t tag);
    ~PlainConnection();
    PlainConnection(const PlainConnection&) = delete;
    PlainConnection& operator=(const PlainConnection&) = delete;

    // Starts a request (connecting first when no connection is open); `request` and `body` stay
    // valid until Done or Failed. `body` (may be null) receives up to bodyLimit bytes of the answer.
    Step begin(const sockaddr* address, socklen_t addressLength, const std::string* request, bool headRequest,
               std::string* body, std::size_t bodyLimit);
    Step onEvents(std::uint32_t events);
    // Drops the connection (a timeout, the end of the run).
    void close();

    ErrorKind failure() const { return m_failure; }
    const HttpResponseParser& response() const { return m_parser; }

private:
    Step connect();
    Step write();
    Step read();
    Step fail(ErrorKind kind);
    // A reused keep-alive connection the server closed meanwhile: one fresh attempt, as browsers do.
    Step retryOrFail(ErrorKind kind);
    void watch(bool writable);

    int m_epoll;
    std::uint64_t m_tag;
    int m_fd = -1;
    bool m_connecting = false;
    bool m_watchingWrite = false;
    bool m_reused = false;
    bool m_retried = false;
    const sockaddr* m_address = nullptr;
    socklen_t m_addressLength = 0;
    const std::string* m_request = nullptr;
    std::size_t m_written = 0;
    std::string* m_body = nullptr;
    std::size_t m_bodyLimit = 0;
    bool m_headRequest = false;
    ErrorKind m_failure = ErrorKind::Read;
    HttpResponseParser m_parser;
    std::unique_ptr<char[]> m_buffer;
};

} // namespace load
