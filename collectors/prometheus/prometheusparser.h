#pragma once

#include "expositionformat.h"
#include "metricfamily.h"
#include "parseerror.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Prometheus {

// One metadata line or sample, as the streaming parser hands it out. Views point into the
// input buffer, or into the parser's scratch space when unescaping was needed; all of them are
// valid until the next call to PrometheusParser::next().
struct Entry
{
    enum class Kind : std::uint8_t
    {
        Help,
        Type,
        Unit,
        Sample
    };
    Kind kind = Kind::Sample;
    std::string_view name;                 // family name (metadata) or full sample name
    std::string_view text;                 // Help: unescaped text; Unit: the unit
    MetricType type = MetricType::Unknown; // Type
    std::span<const Label> labels;         // Sample: exposition order, incl. "le"/"quantile"
    double value = 0;
    std::optional<std::int64_t> timestampMs;
    bool hasExemplar = false; // OpenMetrics only
    std::span<const Label> exemplarLabels;
    double exemplarValue = 0;
    std::optional<std::int64_t> exemplarTimestampMs;
    int line = 0;        // 1-based, for error messages of later validation
    int nameColumn = 0;  // 1-based byte column of the name
    int valueColumn = 0; // 1-based byte column of the value (samples)
};

// Pull parser over a complete exposition in memory; does no I/O and keeps no per-sample heap
// allocations. It checks the syntax of each line (names, label escapes, duplicate label names,
// numbers, timestamps, OpenMetrics' single spaces and "# EOF"); family-level rules (types vs
// sample names, duplicate HELP/TYPE) are checked by MetricSetBuilder.
//
//     PrometheusParser parser(body, ExpositionFormat::OpenMetrics);
//     Entry entry;
//     while (parser.next(&entry)) { ... }
//     if (parser.error()) ... // stop using what you got: the exposition is invalid
//
// Where the formats differ, each mode follows its reference: text mode accepts what
// Prometheus' scraper and promtool accept (blanks and tabs between tokens, blank lines, free
// comments, trailing comma in label sets, integer millisecond timestamps); OpenMetrics mode
// follows the OpenMetrics 1.0 ABNF (single spaces, no blank lines or free comments, float
// second timestamps, exemplars, mandatory final "# EOF").
class PrometheusParser
{
public:
    PrometheusParser(std::string_view input, ExpositionFormat format);

    // Fills *entry with the next entry; false at the end of input or on error.
    bool next(Entry* entry);
    const std::optional<ParseError>& error() const { return m_error; }
    ExpositionFormat format() const { return m_format; }

private:
    bool parseTextLine(Entry* entry, bool* produced);
    bool parseOpenMetricsLine(Entry* entry, bool* produced);
    bool parseTextComment(Entry* entry, bool* produced);
    bool parseOpenMetricsComment(Entry* entry, bool* produced);
    bool parseTextSample(Entry* entry);
    bool parseOpenMetricsSample(Entry* entry);
    bool parseMetadataName(Entry* entry);
    bool parseHelpText(std::string_view* text);
    bool parseType(std::string_view word, Entry* entry);
    bool parseLabels(std::string_view metricName, bool exemplar);
    bool parseLabelValue(std::string_view* value);
    bool checkDuplicateLabels(std::size_t first, std::string_view metricName);
    bool parseExemplar(Entry* entry);
    bool expectLineEnd(const char* what);
    std::string_view readToken();
    void skipBlanks();
    void reserveScratchForLine();
    bool fail(const char* at, std::string message);
    int column(const char* at) const { return static_cast<int>(at - m_lineStart) + 1; }
    std::string describe(const char* at) const;

    const char* m_end;
    const char* m_pos;
    const char* m_lineStart;
    int m_line = 0;
    ExpositionFormat m_format;
    bool m_sawEof = false;
    bool m_scratchReserved = false;
    std::optional<ParseError> m_error;
    std::string m_scratch;       // unescaped strings of the current line
    std::vector<Label> m_labels; // labels (then exemplar labels) of the current line
};

} // namespace Prometheus
