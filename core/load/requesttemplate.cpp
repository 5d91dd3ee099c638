#include "requesttemplate.h"

#include <QStringList>
#include <charconv>
#include <chrono>

namespace load {

namespace {
void appendInteger(std::string& out, std::int64_t value)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

void appendUuid(std::string& out, std::uint64_t& random)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::uint64_t high = RequestTemplate::nextRandom(random);
    std::uint64_t low = RequestTemplate::nextRandom(random);
    // RFC 9562 version 4: the version nibble is 4, the variant bits are 10.
    high = (high & ~0xf000ULL) | 0x4000ULL;
    low = (low & ~(0xc0ULL << 56)) | (0x80ULL << 56);
    char text[36];
    int at = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            text[at++] = '-';
        const std::uint64_t word = i < 16 ? high : low;
        const int shift = 60 - 4 * (i % 16);
        text[at++] = hex[(word >> shift) & 0xf];
    }
    out.append(text, sizeof text);
}

bool parseInteger(const QString& text, std::int64_t* value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}
} // namespace

std::uint64_t RequestTemplate::nextRandom(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

bool RequestTemplate::compilePlaceholder(const QString& inner, Part* part, QString* error)
{
    const QStringList words = inner.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString name = words.value(0);
    const auto noArguments = [&](Kind kind) {
        if (words.size() != 1) {
            *error = QStringLiteral("template {{%1}} takes no arguments").arg(name);
            return false;
        }
        part->kind = kind;
        return true;
    };
    if (name == QLatin1String("seq"))
        return noArguments(Kind::Seq);
    if (name == QLatin1String("uuid"))
        return noArguments(Kind::Uuid);
    if (name == QLatin1String("timestamp_ms"))
        return noArguments(Kind::TimestampMs);
    if (name == QLatin1String("random_int")) {
        if (words.size() != 3 || !parseInteger(words[1], &part->low) ||
            !parseInteger(words[2], &part->high) || part->low > part->high) {
            *error = QStringLiteral("{{random_int a b}} needs two integers with a <= b, got {{%1}}")
                         .arg(inner.trimmed());
            return false;
        }
        part->kind = Kind::RandomInt;
        return true;
    }
    *error = QStringLiteral("unknown template {{%1}} (known: seq, random_int a b, uuid, timestamp_ms)")
                 .arg(inner.trimmed());
    return false;
}

bool RequestTemplate::compile(const QString& text, RequestTemplate* out, QString* error)
{
    RequestTemplate compiled;
    compiled.m_source = text.toStdString();
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), at);
        const qsizetype literalEnd = open < 0 ? text.size() : open;
        if (literalEnd > at)
            compiled.m_parts.push_back({Kind::Literal, text.mid(at, literalEnd - at).toStdString(), 0, 0});
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            *error = QStringLiteral("unclosed {{ at character %1").arg(open + 1);
            return false;
        }
        Part part;
        if (!compilePlaceholder(text.mid(open + 2, close - open - 2), &part, error))
            return false;
        compiled.m_parts.push_back(std::move(part));
        at = close + 2;
    }
    *out = std::move(compiled);
    return true;
}

void RequestTemplate::appendTo(std::string& out, std::uint64_t seq, std::uint64_t& random) const
{
    for (const Part& part : m_parts) {
        switch (part.kind) {
        case Kind::Literal:
            out += part.literal;
            break;
        case Kind::Seq:
            appendInteger(out, std::int64_t(seq));
            break;
        case Kind::RandomInt: {
            const std::uint64_t span = std::uint64_t(part.high - part.low) + 1; // 0: the whole range
            const std::uint64_t draw = nextRandom(random);
            appendInteger(out, span == 0 ? std::int64_t(draw) : part.low + std::int64_t(draw % span));
            break;
        }
        case Kind::Uuid:
            appendUuid(out, random);
            break;
        case Kind::TimestampMs:
            appendInteger(out, std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
            break;
        }
    }
}

} // namespace load
