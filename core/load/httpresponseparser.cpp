#include "httpresponseparser.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace load {

namespace {
constexpr std::size_t maxHeadBytes = 64 * 1024;

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

bool containsIgnoringCase(std::string_view text, std::string_view word)
{
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
        if (equalsIgnoringCase(text.substr(i, word.size()), word))
            return true;
    }
    return false;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}
} // namespace

void HttpResponseParser::reset(bool headRequest)
{
    m_phase = Phase::Head;
    m_headRequest = headRequest;
    m_untilClose = false;
    m_keepAlive = true;
    m_status = 0;
    m_remaining = 0;
    m_bytes = 0;
    m_head.clear();
}

bool HttpResponseParser::readLine(const char*& p, const char* end)
{
    const char* newline = static_cast<const char*>(std::memchr(p, '\n', std::size_t(end - p)));
    const char* stop = newline ? newline + 1 : end;
    m_head.append(p, std::size_t(stop - p));
    p = stop;
    return newline != nullptr;
}

void HttpResponseParser::keepBody(const char* p, std::size_t n, std::string* body, std::size_t limit)
{
    if (body && body->size() < limit)
        body->append(p, std::min(n, limit - body->size()));
}

HttpResponseParser::State HttpResponseParser::parseHead()
{
    const std::string_view head(m_head);
    // "HTTP/1.1 200 OK"
    if (head.size() < 12 || head.substr(0, 7) != "HTTP/1." || head[8] != ' ')
        return State::Invalid;
    long status = 0;
    for (std::size_t i = 9; i < 12; ++i) {
        if (head[i] < '0' || head[i] > '9')
            return State::Invalid;
        status = status * 10 + (head[i] - '0');
    }
    m_status = status;
    bool keepAlive = head[7] == '1';
    bool chunked = false;
    std::int64_t length = -1;
    std::size_t lineStart = head.find('\n') + 1;
    while (lineStart < head.size()) {
        const std::size_t lineEnd = head.find('\n', lineStart);
        const std::string_view line = head.substr(lineStart, lineEnd - lineStart);
        lineStart = lineEnd == std::string_view::npos ? head.size() : lineEnd + 1;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view name = trimmed(line.substr(0, colon));
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (equalsIgnoringCase(name, "content-length")) {
            length = 0;
            for (char c : value) {
                if (c < '0' || c > '9' || length > (INT64_MAX - 9) / 10)
                    return State::Invalid;
                length = length * 10 + (c - '0');
            }
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            chunked = containsIgnoringCase(value, "chunked");
        } else if (equalsIgnoringCase(name, "connection")) {
            if (containsIgnoringCase(value, "close"))
                keepAlive = false;
            else if (containsIgnoringCase(value, "keep-alive"))
                keepAlive = true;
        }
    }
    m_head.clear();
    if (status >= 100 && status < 200 && status != 101)
        return State::Incomplete; // an interim answer; the real one follows
    m_keepAlive = keepAlive && status != 101;
    if (m_headRequest || status == 204 || status == 304 || status == 101) {
        m_phase = Phase::Done;
    } else if (chunked) {
        m_phase = Phase::ChunkSize;
    } else if (length >= 0) {
        m_remaining = length;
        m_phase = length == 0 ? Phase::Done : Phase::Body;
    } else {
        m_untilClose = true;
        m_keepAlive = false;
        m_phase = Phase::Body;
    }
    return State::Incomplete;
}

HttpResponseParser::State HttpResponseParser::feed(const char* data, std::size_t size, std::string* body,
                                                   std::size_t bodyLimit)
{
    const char* p = data;
    const char* end = data + size;
    m_bytes += std::int64_t(size);
    while (p < end || m_phase == Phase::Done) {
        switch (m_phase) {
        case Phase::Head: {
            // Up to the blank line that ends the head, which may span several reads.
            const std::size_t searchFrom = m_head.size() < 3 ? 0 : m_head.size() - 3;
            const std::size_t before = m_head.size();
            m_head.append(p, std::size_t(end - p));
            const std::size_t blank = m_head.find("\r\n\r\n", searchFrom);
            if (blank == std::string::npos) {
                if (m_head.size() > maxHeadBytes)
                    return State::Invalid;
                p = end;
                break;
            }
            p += blank + 4 - before;
            m_head.resize(blank + 2);
            if (parseHead() == State::Invalid)
                return State::Invalid;
            break;
        }
        case Phase::Body: {
            const auto available = std::size_t(end - p);
            const std::size_t take = m_untilClose ? available : std::min<std::size_t>(available, m_remaining);
            keepBody(p, take, body, bodyLimit);
            p += take;
            if (!m_untilClose) {
                m_remaining -= std::int64_t(take);
                if (m_remaining == 0)
                    m_phase = Phase::Done;
            }
            break;
        }
        case Phase::ChunkSize: {
            if (!readLine(p, end))
                break;
            std::int64_t chunk = 0;
            bool digits = false;
            for (char c : m_head) {
                const int v = c >= '0' && c <= '9'                     ? c - '0'
                              : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                       : -1;
                if (v < 0)
                    break;
                if (chunk > (INT64_MAX >> 4))
                    return State::Invalid;
                chunk = chunk * 16 + v;
                digits = true;
            }
            m_head.clear();
            if (!digits)
                return State::Invalid;
            m_remaining = chunk;
            m_phase = chunk == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const std::size_t take = std::min<std::size_t>(std::size_t(end - p), m_remaining);
            keepBody(p, take, body, bodyLimit);
            p += take;
            m_remaining -= std::int64_t(take);
            if (m_remaining == 0)
                m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd:
            if (!readLine(p, end))
                break;
            m_head.clear();
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            if (!readLine(p, end))
                break;
            const bool blank = m_head == "\r\n" || m_head == "\n";
            m_head.clear();
            if (blank)
                m_phase = Phase::Done;
            break;
        }
        case Phase::Done:
            // We never pipeline, so bytes past the answer are the server's mistake.
            return p == end ? State::Complete : State::Invalid;
        }
    }
    return State::Incomplete;
}

HttpResponseParser::State HttpResponseParser::closed()
{
    if (m_phase == Phase::Done)
        return State::Complete;
    if (m_phase == Phase::Body && m_untilClose) {
        m_phase = Phase::Done;
        return State::Complete;
    }
    return State::Invalid;
}

} // namespace load
