#pragma once

#include <QStringList>

// Load-run results and acceptance verdicts out to Prometheus, from a terminal:
//   perfdash export run ID [--workspace W] [--format openmetrics|prometheus] [-o FILE]
//                          [--push URL] [--remote-write URL] [--job J] [--instance I]
//                          [--username U] [--secret-env VAR | --secret-file F] [--ca-file F]
//                          [--insecure-skip-verify] [--timeout S] [--attempts N]
//   perfdash export acceptance RESULT.json [the same options]
// Without -o, --push or --remote-write the text goes to standard output. Exit status 0 when
// everything was written and taken, 1 when the store, a file or a server failed (with the
// server's message), 2 for bad arguments. (`perfdash export [METRIC]` is the store's export.)
namespace ExportCommand {
bool handles(const QStringList& arguments); // "export run …" or "export acceptance …"
int run(const QStringList& arguments);
} // namespace ExportCommand
