#pragma once

#include <QStringList>

// Acceptance runs from a terminal:
//   perfdash acceptance [plan.json] [--target URL] [--duration D] [--users N] [--report out.pdf]
//                       [--html f] [--csv f] [--json f] [--junit f] [--lang en|zh] [--signed-by NAME]
//                       [--allow-remote] [--validate] [--print-default-plan]
// Without a plan file, the default plan (the seeds' criteria over the built-in presets). Prints one
// line per criterion; exit 0 when every required criterion passed, 99 when one failed, 2 for bad
// arguments or an invalid plan (each field error printed), 1 when the run could not be done.
namespace AcceptanceCommand {
int run(const QStringList& arguments);
}
