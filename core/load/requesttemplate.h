#pragma once

#include <QString>
#include <cstdint>
#include <string>
#include <vector>

namespace load {

// A URL or body with {{...}} placeholders, parsed once; render() only appends literals and
// numbers, so the hot path does no parsing and no allocation once the output has room.
//   {{seq}}            the request's sequence number (0, 1, 2, ...)
//   {{random_int a b}} a uniform integer in [a, b]
//   {{uuid}}           a random version-4 UUID
//   {{timestamp_ms}}   the wall clock, ms since the epoch
class RequestTemplate
{
public:
    RequestTemplate() = default;

    // False with `error` ("unknown template \"{{foo}}\"") when the text cannot be compiled.
    static bool compile(const QString& text, RequestTemplate* out, QString* error);

    bool isLiteral() const
    {
        return m_parts.empty() || (m_parts.size() == 1 && m_parts[0].kind == Kind::Literal);
    }
    // Appends the rendering for sequence number `seq`; `random` is the caller's generator state.
    void appendTo(std::string& out, std::uint64_t seq, std::uint64_t& random) const;
    // The text with every placeholder kept as written (what a report shows).
    const std::string& source() const { return m_source; }

    // The generator render() uses (splitmix64): advances `state` and returns the next value.
    static std::uint64_t nextRandom(std::uint64_t& state);

private:
    enum class Kind
    {
        Literal,
        Seq,
        RandomInt,
        Uuid,
        TimestampMs,
    };
    struct Part
    {
        Kind kind = Kind::Literal;
        std::string literal;
        std::int64_t low = 0;
        std::int64_t high = 0;
    };
    static bool compilePlaceholder(const QString& inner, Part* part, QString* error);

    std::vector<Part> m_parts;
    std::string m_source;
};

} // namespace load
