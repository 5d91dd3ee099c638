#pragma once

#include <QStringList>

// The workspace's stored series from a terminal:
//   perfdash export [--workspace W] [--format csv|openmetrics] [--from T] [--to T]
//                   [--match name=value]... [--output FILE] [METRIC]
//   perfdash import [--workspace W] [--default-time T] FILE
// export writes raw samples of METRIC (every series when omitted) in [from, to] (default the
// last hour); import appends an OpenMetrics or Prometheus text file. Exit status 0 on success,
// 1 when the store or a file could not be used (with the reason), 2 for bad arguments.
namespace StoreCommand {
int runExport(const QStringList& arguments);
int runImport(const QStringList& arguments);
} // namespace StoreCommand
