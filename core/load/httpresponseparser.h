#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace load {

// An incremental HTTP/1.1 response parser for the plain-HTTP transport: status, keep-alive, and
// where the body ends (Content-Length, chunked, or the connection closing). Bytes are counted, not
// kept, unless a body buffer is given (for body assertions). No allocation once warmed up.
class HttpResponseParser
{
public:
    enum class State
    {
        Incomplete,
        Complete,
        Invalid,
    };

    // headRequest: the answer has no body whatever its headers say.
    void reset(bool headRequest);
    // Feeds received bytes; `body` (may be null) gets the body's first `bodyLimit` bytes.
    State feed(const char* data, std::size_t size, std::string* body = nullptr, std::size_t bodyLimit = 0);
    // The peer closed the connection: completes a body that runs to the close, else Invalid.
    State closed();

    long status() const { return m_status; }
    bool keepAlive() const { return m_keepAlive; }
    std::int64_t bytes() const { return m_bytes; }
    bool started() const { return m_bytes > 0; }

private:
    enum class Phase
    {
        Head,
        Body,         // m_remaining bytes, or to the close when m_untilClose
        ChunkSize,    // a line of hex digits
        ChunkData,    // m_remaining bytes
        ChunkDataEnd, // CRLF after the data
        Trailers,     // lines until an empty one
        Done,
    };

    State parseHead();
    bool readLine(const char*& p, const char* end);
    void keepBody(const char* p, std::size_t n, std::string* body, std::size_t limit);

    Phase m_phase = Phase::Head;
    bool m_headRequest = false;
    bool m_untilClose = false;
    bool m_keepAlive = true;
    long m_status = 0;
    std::int64_t m_remaining = 0;
    std::int64_t m_bytes = 0;
    std::string m_head; // the head (or a chunk-size or trailer line) while it is incomplete
};

} // namespace load
