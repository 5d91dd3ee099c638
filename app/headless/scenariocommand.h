#pragma once

#include <QStringList>

// Scenario runs from a terminal:
//   perfdash load run <scenario.json|preset> [--target URL] [--json out.json] [--junit out.xml]
//                     [--duration 30s] [--users N] [--rate R] [--max-requests N] [--allow-remote]
//   perfdash load presets
//   perfdash load validate <scenario.json>
// `run` prints the wrk-like summary, k6-like threshold lines and the acceptance checks. Exit status
// 0 when every threshold and check passed, 99 when one failed (k6's convention), 2 for bad
// arguments or an invalid scenario (each field error printed), 1 when the run could not be done.
namespace ScenarioCommand {
// True for the command lines above (a `load run` naming a scenario or preset rather than --url).
bool handles(const QStringList& arguments);
int run(const QStringList& arguments);
} // namespace ScenarioCommand
