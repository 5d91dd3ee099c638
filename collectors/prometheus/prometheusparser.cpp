#include "prometheusparser.h"

#include "metricnames.h"
#include "numberparser.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace Prometheus {
namespace {

using MetricNames::isLabelNameChar;
using MetricNames::isLabelNameStart;
using MetricNames::isMetricNameChar;
using MetricNames::isMetricNameStart;
using MetricNames::isPlainValueChar;

// The exposition can carry anything; keep messages one readable line.
std::string quoted(std::string_view text)
{
    constexpr std::size_t maxShown = 40;
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size() && i < maxShown; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        }
    }
    if (text.size() > maxShown)
        out += "...";
    return out + "\"";
}

} // namespace

PrometheusParser::PrometheusParser(std::string_view input, ExpositionFormat format)
    : m_end(input.data() + input.size())
    , m_pos(input.data())
    , m_lineStart(input.data())
    , m_format(format)
{
    m_labels.reserve(16);
}

bool PrometheusParser::next(Entry* entry)
{
    if (m_error)
        return false;
    for (;;) {
        if (m_pos >= m_end) {
            if (m_format == ExpositionFormat::OpenMetrics && !m_sawEof) {
                m_lineStart = m_pos;
                ++m_line;
                fail(m_pos, "data does not end with # EOF");
            }
            return false;
        }
        m_lineStart = m_pos;
        ++m_line;
        m_scratch.clear();
        m_scratchReserved = false;
        m_labels.clear();
        bool produced = false;
        const bool ok = m_format == ExpositionFormat::Text ? parseTextLine(entry, &produced)
                                                           : parseOpenMetricsLine(entry, &produced);
        if (!ok)
            return false;
        if (produced) {
            entry->line = m_line;
            return true;
        }
    }
}

// --- Prometheus text format 0.0.4 -------------------------------------------------------

bool PrometheusParser::parseTextLine(Entry* entry, bool* produced)
{
    skipBlanks();
    if (m_pos >= m_end)
        return true;
    if (*m_pos == '\n') {
        ++m_pos;
        return true;
    }
    if (*m_pos == '#')
        return parseTextComment(entry, produced);
    *produced = true;
    return parseTextSample(entry);
}

bool PrometheusParser::parseTextComment(Entry* entry, bool* produced)
{
    ++m_pos; // '#'
    // Like Prometheus' scraper, only "# HELP name" and "# TYPE name" (with blanks after '#' and
    // the keyword) are metadata; every other comment is ignored.
    if (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t')) {
        skipBlanks();
        const std::string_view word = readToken();
        const bool blankFollows = m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t');
        if ((word == "HELP" || word == "TYPE") && blankFollows) {
            skipBlanks();
            *entry = Entry{};
            if (!parseMetadataName(entry))
                return false;
            skipBlanks();
            *produced = true;
            if (word == "HELP") {
                entry->kind = Entry::Kind::Help;
                if (!parseHelpText(&entry->text))
                    return false;
            } else {
                const char* typeStart = m_pos;
                const char* lineEnd = static_cast<const char*>(std::memchr(m_pos, '\n', m_end - m_pos));
                m_pos = lineEnd ? lineEnd : m_end;
                if (!parseType(std::string_view(typeStart, m_pos - typeStart), entry))
                    return false;
            }
            return expectLineEnd("after metadata");
        }
    }
    const char* lineEnd = static_cast<const char*>(std::memchr(m_pos, '\n', m_end - m_pos));
    m_pos = lineEnd ? lineEnd + 1 : m_end;
    return true;
}

bool PrometheusParser::parseTextSample(Entry* entry)
{
    *entry = Entry{};
    entry->kind = Entry::Kind::Sample;
    const char* nameStart = m_pos;
    if (!isMetricNameStart(*m_pos))
        return fail(m_pos, "expected metric name, got " + describe(m_pos));
    ++m_pos;
    while (m_pos < m_end && isMetricNameChar(*m_pos))
        ++m_pos;
    const char* nameEnd = m_pos;
    entry->name = std::string_view(nameStart, nameEnd - nameStart);
    entry->nameColumn = column(nameStart);
    skipBlanks();
    if (m_pos < m_end && *m_pos == '{') {
        if (!parseLabels(entry->name, false))
            return false;
        skipBlanks();
    } else if (m_pos == nameEnd && m_pos < m_end && *m_pos != '\n') {
        return fail(m_pos, "invalid character " + describe(m_pos) + " in metric name");
    }
    const char* valueStart = m_pos;
    const std::string_view value = readToken();
    if (value.empty())
        return fail(m_pos, "expected value after metric, got " + describe(m_pos));
    if (!NumberParser::parseValue(value, &entry->value))
        return fail(valueStart, "expected float as value, got " + quoted(value));
    entry->valueColumn = column(valueStart);
    skipBlanks();
    if (m_pos < m_end && *m_pos != '\n') {
        const char* timestampStart = m_pos;
        const std::string_view timestamp = readToken();
        std::int64_t ms = 0;
        if (!NumberParser::parseMilliseconds(timestamp, &ms))
            return fail(timestampStart, "expected integer as timestamp, got " + quoted(timestamp));
        entry->timestampMs = ms;
        skipBlanks();
        if (!expectLineEnd("after timestamp"))
            return false;
    } else if (!expectLineEnd("after value")) {
        return false;
    }
    entry->labels = m_labels;
    return true;
}

// --- OpenMetrics 1.0 ---------------------------------------------------------------------

bool PrometheusParser::parseOpenMetricsLine(Entry* entry, bool* produced)
{
    if (*m_pos == '#')
        return parseOpenMetricsComment(entry, produced);
    if (*m_pos == '\n')
        return fail(m_pos, "empty lines are not allowed in OpenMetrics");
    *produced = true;
    return parseOpenMetricsSample(entry);
}

bool PrometheusParser::parseOpenMetricsComment(Entry* entry, bool* produced)
{
    const char* hash = m_pos;
    ++m_pos;
    if (m_pos >= m_end || *m_pos != ' ')
        return fail(m_pos, "expected ' ' after '#', got " + describe(m_pos));
    ++m_pos;
    const char* wordStart = m_pos;
    while (m_pos < m_end && *m_pos != ' ' && *m_pos != '\n')
        ++m_pos;
    const std::string_view word(wordStart, m_pos - wordStart);
    if (word == "EOF") {
        if (m_pos < m_end && *m_pos == '\n') {
            ++m_pos;
            if (m_pos < m_end) {
                m_lineStart = m_pos;
                ++m_line;
                return fail(m_pos, "unexpected data after # EOF");
            }
        } else if (m_pos < m_end) {
            return fail(m_pos, "unexpected data after # EOF");
        }
        m_sawEof = true;
        return true;
    }
    if (word != "HELP" && word != "TYPE" && word != "UNIT")
        return fail(hash, "invalid comment " + quoted(word) +
                              ": OpenMetrics allows only # HELP, # TYPE, # UNIT and # EOF");
    if (m_pos >= m_end || *m_pos != ' ')
        return fail(m_pos, "expected ' ' after " + std::string(word) + ", got " + describe(m_pos));
    ++m_pos;
    *entry = Entry{};
    if (!parseMetadataName(entry))
        return false;
    if (m_pos >= m_end || *m_pos != ' ')
        return fail(m_pos, "expected ' ' after metric name, got " + describe(m_pos));
    ++m_pos;
    *produced = true;
    const char* textStart = m_pos;
    if (word == "HELP") {
        entry->kind = Entry::Kind::Help;
        if (!parseHelpText(&entry->text))
            return false;
    } else {
        while (m_pos < m_end && *m_pos != '\n')
            ++m_pos;
        const std::string_view text(textStart, m_pos - textStart);
        if (word == "TYPE") {
            if (!parseType(text, entry))
                return false;
        } else {
            entry->kind = Entry::Kind::Unit;
            entry->text = text;
            for (const char* p = textStart; p < m_pos; ++p) {
                if (!isMetricNameChar(*p))
                    return fail(p, "invalid character " + describe(p) + " in unit");
            }
        }
    }
    return expectLineEnd("after metadata");
}

bool PrometheusParser::parseOpenMetricsSample(Entry* entry)
{
    *entry = Entry{};
    entry->kind = Entry::Kind::Sample;
    const char* nameStart = m_pos;
    if (!isMetricNameStart(*m_pos))
        return fail(m_pos, "expected metric name, got " + describe(m_pos));
    ++m_pos;
    while (m_pos < m_end && isMetricNameChar(*m_pos))
        ++m_pos;
    entry->name = std::string_view(nameStart, m_pos - nameStart);
    entry->nameColumn = column(nameStart);
    if (m_pos < m_end && *m_pos == '{') {
        if (!parseLabels(entry->name, false))
            return false;
    } else if (m_pos < m_end && *m_pos != ' ' && *m_pos != '\n') {
        return fail(m_pos, "invalid character " + describe(m_pos) + " in metric name");
    }
    if (m_pos >= m_end || *m_pos != ' ')
        return fail(m_pos, "expected ' ' before value, got " + describe(m_pos));
    ++m_pos;
    const std::size_t sampleLabels = m_labels.size();
    const char* valueStart = m_pos;
    const std::string_view value = readToken();
    if (value.empty())
        return fail(m_pos, "expected value, got " + describe(m_pos));
    if (!NumberParser::parseValue(value, &entry->value))
        return fail(valueStart, "expected float as value, got " + quoted(value));
    entry->valueColumn = column(valueStart);
    if (m_pos < m_end && *m_pos == ' ') {
        ++m_pos;
        if (m_pos < m_end && *m_pos == '#') {
            if (!parseExemplar(entry))
                return false;
        } else {
            const char* timestampStart = m_pos;
            const std::string_view timestamp = readToken();
            if (timestamp.empty())
                return fail(m_pos, "expected timestamp or exemplar, got " + describe(m_pos));
            std::int64_t ms = 0;
            if (!NumberParser::parseSecondsAsMilliseconds(timestamp, &ms))
                return fail(timestampStart, "expected float seconds as timestamp, got " + quoted(timestamp));
            entry->timestampMs = ms;
            if (m_pos < m_end && *m_pos == ' ') {
                ++m_pos;
                if (m_pos >= m_end || *m_pos != '#')
                    return fail(m_pos, "expected exemplar after timestamp, got " + describe(m_pos));
                if (!parseExemplar(entry))
                    return false;
            }
        }
    }
    if (!expectLineEnd(entry->hasExemplar ? "after exemplar" : "after sample"))
        return false;
    // Spans are taken last: m_labels may have grown while the exemplar was read.
    const std::span<const Label> all(m_labels);
    entry->labels = all.first(sampleLabels);
    entry->exemplarLabels = all.subspan(sampleLabels);
    return true;
}

bool PrometheusParser::parseExemplar(Entry* entry)
{
    const char* hash = m_pos;
    ++m_pos;
    if (m_pos >= m_end || *m_pos != ' ')
        return fail(m_pos, "expected ' ' after '#' of exemplar, got " + describe(m_pos));
    ++m_pos;
    if (m_pos >= m_end || *m_pos != '{')
        return fail(m_pos, "expected '{' to start exemplar labels, got " + describe(m_pos));
    const std::size_t first = m_labels.size();
    if (!parseLabels(entry->name, true))
        return false;
    std::size_t codePoints = 0;
    for (std::size_t i = first; i < m_labels.size(); ++i)
        codePoints +=
            MetricNames::codePointCount(m_labels[i].name) + MetricNames::codePointCount(m_labels[i].value);
    if (codePoints > 128)
        return fail(hash, "exemplar labels have " + std::to_string(codePoints) +
                              " UTF-8 characters, more than the 128 allowed");
    if (m_pos >= m_end || *m_pos != ' ')
        return fail(m_pos, "expected ' ' before exemplar value, got " + describe(m_pos));
    ++m_pos;
    const char* valueStart = m_pos;
    const std::string_view value = readToken();
    if (!NumberParser::parseValue(value, &entry->exemplarValue))
        return fail(valueStart, "expected float as exemplar value, got " + quoted(value));
    if (m_pos < m_end && *m_pos == ' ') {
        ++m_pos;
        const char* timestampStart = m_pos;
        const std::string_view timestamp = readToken();
        std::int64_t ms = 0;
        if (!NumberParser::parseSecondsAsMilliseconds(timestamp, &ms))
            return fail(timestampStart,
                        "expected float seconds as exemplar timestamp, got " + quoted(timestamp));
        entry->exemplarTimestampMs = ms;
    }
    entry->hasExemplar = true;
    return true;
}

// --- shared pieces --------------------------------------------------------------------------

bool PrometheusParser::parseMetadataName(Entry* entry)
{
    const char* nameStart = m_pos;
    if (m_pos >= m_end || !isMetricNameStart(*m_pos))
        return fail(m_pos, "expected metric name in metadata, got " + describe(m_pos));
    ++m_pos;
    while (m_pos < m_end && isMetricNameChar(*m_pos))
        ++m_pos;
    if (m_pos < m_end && *m_pos != ' ' && *m_pos != '\n' &&
        !(m_format == ExpositionFormat::Text && *m_pos == '\t'))
        return fail(m_pos, "invalid character " + describe(m_pos) + " in metric name in comment");
    entry->name = std::string_view(nameStart, m_pos - nameStart);
    entry->nameColumn = column(nameStart);
    return true;
}

bool PrometheusParser::parseType(std::string_view word, Entry* entry)
{
    entry->kind = Entry::Kind::Type;
    const bool openMetrics = m_format == ExpositionFormat::OpenMetrics;
    if (word == "counter")
        entry->type = MetricType::Counter;
    else if (word == "gauge")
        entry->type = MetricType::Gauge;
    else if (word == "histogram")
        entry->type = MetricType::Histogram;
    else if (word == "summary")
        entry->type = MetricType::Summary;
    else if (!openMetrics && word == "untyped")
        entry->type = MetricType::Unknown;
    else if (openMetrics && word == "unknown")
        entry->type = MetricType::Unknown;
    else if (openMetrics && word == "gaugehistogram")
        entry->type = MetricType::GaugeHistogram;
    else if (openMetrics && word == "info")
        entry->type = MetricType::Info;
    else if (openMetrics && word == "stateset")
        entry->type = MetricType::StateSet;
    else
        return fail(word.data(), "invalid metric type " + quoted(word));
    return true;
}

// HELP escapes: "\\" and "\n" in both formats, plus "\"" in OpenMetrics. Other backslashes are
// kept as they are (Prometheus' scraper does the same; the OpenMetrics ABNF allows "\" before
// any normal character). OpenMetrics forbids a raw '"'.
bool PrometheusParser::parseHelpText(std::string_view* text)
{
    const bool openMetrics = m_format == ExpositionFormat::OpenMetrics;
    const char* start = m_pos;
    const char* run = m_pos;
    bool unescaped = false;
    std::size_t scratchStart = 0;
    for (;;) {
        while (m_pos < m_end && isPlainValueChar(*m_pos))
            ++m_pos;
        if (m_pos >= m_end || *m_pos == '\n')
            break;
        const char c = *m_pos;
        if (c == '"') {
            if (openMetrics)
                return fail(m_pos, "unescaped '\"' in HELP text");
            ++m_pos;
            continue;
        }
        if (c == '\\') {
            const char* escape = m_pos;
            ++m_pos;
            const char e = m_pos < m_end ? *m_pos : '\n';
            if (e == '\\' || e == 'n' || (openMetrics && e == '"')) {
                if (!unescaped) {
                    reserveScratchForLine();
                    scratchStart = m_scratch.size();
                    unescaped = true;
                }
                m_scratch.append(run, escape - run);
                m_scratch.push_back(e == 'n' ? '\n' : e);
                ++m_pos;
                run = m_pos;
            } else if (openMetrics && e == '\n') {
                return fail(escape, "invalid escape at end of HELP text");
            }
            continue;
        }
        const std::size_t length = MetricNames::utf8SequenceLength(m_pos, m_end);
        if (length == 0)
            return fail(m_pos, "invalid UTF-8 in HELP text");
        m_pos += length;
    }
    if (unescaped) {
        m_scratch.append(run, m_pos - run);
        *text = std::string_view(m_scratch.data() + scratchStart, m_scratch.size() - scratchStart);
    } else {
        *text = std::string_view(start, m_pos - start);
    }
    return true;
}

bool PrometheusParser::parseLabels(std::string_view metricName, bool exemplar)
{
    const bool text = m_format == ExpositionFormat::Text;
    const std::size_t first = m_labels.size();
    ++m_pos; // '{'
    if (text)
        skipBlanks();
    if (m_pos < m_end && *m_pos == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        const char* nameStart = m_pos;
        if (m_pos >= m_end || !isLabelNameStart(*m_pos))
            return fail(m_pos, "expected label name, got " + describe(m_pos));
        ++m_pos;
        while (m_pos < m_end && isLabelNameChar(*m_pos))
            ++m_pos;
        const std::string_view name(nameStart, m_pos - nameStart);
        if (text)
            skipBlanks();
        if (m_pos >= m_end || *m_pos != '=')
            return fail(m_pos, "expected '=' after label name, got " + describe(m_pos));
        ++m_pos;
        if (text)
            skipBlanks();
        if (m_pos >= m_end || *m_pos != '"')
            return fail(m_pos, "expected '\"' at start of label value, got " + describe(m_pos));
        ++m_pos;
        std::string_view value;
        if (!parseLabelValue(&value))
            return false;
        if (!exemplar && name == "__name__")
            return fail(nameStart, "label name \"__name__\" is reserved");
        m_labels.push_back({name, value});
        if (text)
            skipBlanks();
        if (m_pos < m_end && *m_pos == ',') {
            ++m_pos;
            if (text) {
                // Prometheus accepts a trailing comma; the OpenMetrics ABNF does not.
                skipBlanks();
                if (m_pos < m_end && *m_pos == '}') {
                    ++m_pos;
                    break;
                }
            }
            continue;
        }
        if (m_pos < m_end && *m_pos == '}') {
            ++m_pos;
            break;
        }
        return fail(m_pos, "expected ',' or '}' after label value, got " + describe(m_pos));
    }
    return checkDuplicateLabels(first, metricName);
}

// Label values: escapes "\\", "\"" and "\n". The text format rejects any other escape (as
// promtool does); OpenMetrics keeps "\x" as the two characters (its ABNF allows it).
bool PrometheusParser::parseLabelValue(std::string_view* value)
{
    const bool text = m_format == ExpositionFormat::Text;
    const char* start = m_pos;
    const char* run = m_pos;
    bool unescaped = false;
    std::size_t scratchStart = 0;
    for (;;) {
        while (m_pos < m_end && isPlainValueChar(*m_pos))
            ++m_pos;
        if (m_pos >= m_end)
            return fail(m_pos, "unexpected end of input in label value");
        const char c = *m_pos;
        if (c == '"')
            break;
        if (c == '\n')
            return fail(m_pos, "label value contains unescaped new-line");
        if (c == '\\') {
            const char* escape = m_pos;
            ++m_pos;
            if (m_pos >= m_end)
                return fail(m_pos, "unexpected end of input in label value");
            const char e = *m_pos;
            if (e == '\\' || e == '"' || e == 'n') {
                if (!unescaped) {
                    reserveScratchForLine();
                    scratchStart = m_scratch.size();
                    unescaped = true;
                }
                m_scratch.append(run, escape - run);
                m_scratch.push_back(e == 'n' ? '\n' : e);
                ++m_pos;
                run = m_pos;
                continue;
            }
            if (text || e == '\n')
                return fail(escape, "invalid escape sequence " + quoted(std::string_view(escape, 2)));
            continue; // OpenMetrics: keep the backslash, read the next character normally
        }
        const std::size_t length = MetricNames::utf8SequenceLength(m_pos, m_end);
        if (length == 0)
            return fail(m_pos, "invalid UTF-8 in label value");
        m_pos += length;
    }
    if (unescaped) {
        m_scratch.append(run, m_pos - run);
        *value = std::string_view(m_scratch.data() + scratchStart, m_scratch.size() - scratchStart);
    } else {
        *value = std::string_view(start, m_pos - start);
    }
    ++m_pos; // closing '"'
    return true;
}

bool PrometheusParser::checkDuplicateLabels(std::size_t first, std::string_view metricName)
{
    const std::size_t count = m_labels.size() - first;
    const Label* labels = m_labels.data() + first;
    std::string_view duplicate;
    if (count <= 32) {
        // Label sets are small: quadratic beats sorting and needs no allocation.
        for (std::size_t i = 1; i < count && duplicate.empty(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (labels[i].name == labels[j].name) {
                    duplicate = labels[i].name;
                    break;
                }
            }
        }
    } else {
        std::vector<std::string_view> names;
        names.reserve(count);
        for (std::size_t i = 0; i < count; ++i)
            names.push_back(labels[i].name);
        std::sort(names.begin(), names.end());
        const auto it = std::adjacent_find(names.begin(), names.end());
        if (it == names.end())
            return true;
        // Report the second occurrence in exposition order.
        bool seen = false;
        for (std::size_t i = 0; i < count; ++i) {
            if (labels[i].name == *it) {
                if (seen) {
                    duplicate = labels[i].name;
                    break;
                }
                seen = true;
            }
        }
    }
    if (duplicate.empty())
        return true;
    // Label names are never escaped, so the view points into the line.
    return fail(duplicate.data(),
                "duplicate label name " + quoted(duplicate) + " for metric " + quoted(metricName));
}

bool PrometheusParser::expectLineEnd(const char* what)
{
    if (m_pos >= m_end)
        return fail(m_pos, "unexpected end of input: the last line must end with a line feed");
    if (*m_pos != '\n')
        return fail(m_pos, std::string("expected end of line ") + what + ", got " + describe(m_pos));
    ++m_pos;
    return true;
}

std::string_view PrometheusParser::readToken()
{
    const char* start = m_pos;
    if (m_format == ExpositionFormat::Text) {
        while (m_pos < m_end && *m_pos != ' ' && *m_pos != '\t' && *m_pos != '\n')
            ++m_pos;
    } else {
        while (m_pos < m_end && *m_pos != ' ' && *m_pos != '\n')
            ++m_pos;
    }
    return std::string_view(start, m_pos - start);
}

void PrometheusParser::skipBlanks()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t'))
        ++m_pos;
}

// Called before the first unescaped string of a line: unescaping never grows text, so room for
// the whole line means later appends in this line cannot move earlier views.
void PrometheusParser::reserveScratchForLine()
{
    if (m_scratchReserved)
        return;
    // From the line start: the first append also copies the plain run before the escape.
    const char* lineEnd = static_cast<const char*>(std::memchr(m_pos, '\n', m_end - m_pos));
    m_scratch.reserve(static_cast<std::size_t>((lineEnd ? lineEnd : m_end) - m_lineStart) + 1);
    m_scratchReserved = true;
}

bool PrometheusParser::fail(const char* at, std::string message)
{
    m_error = ParseError{m_line, column(at), std::move(message)};
    return false;
}

std::string PrometheusParser::describe(const char* at) const
{
    if (at >= m_end)
        return "end of input";
    const auto c = static_cast<unsigned char>(*at);
    if (c == '\n')
        return "end of line";
    if (c >= 0x20 && c < 0x7f)
        return std::string("'") + static_cast<char>(c) + "'";
    char hex[12];
    std::snprintf(hex, sizeof hex, "'\\x%02x'", c);
    return hex;
}

} // namespace Prometheus
