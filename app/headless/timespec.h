#pragma once

#include <QString>
#include <cstdint>

// Times on the command line, as Grafana and promtool users type them: "now", "now-15m" or
// "-15m" (s, m, h, d, w), Unix seconds ("1700000000" or "1700000000.5"), or an ISO 8601 date
// and time ("2026-11-30T08:00:00Z"; local time without an offset).
namespace TimeSpec {
// False with a message naming the text when it is none of these.
bool parse(const QString& text, std::int64_t nowMs, std::int64_t* ms, QString* error);
} // namespace TimeSpec
