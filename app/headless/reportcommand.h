#pragma once

#include <QStringList>

// Re-renders a saved acceptance result (the JSON of `perfdash acceptance --json`):
//   perfdash report <result.json> -o out.{pdf,html,csv,xml,json} [--lang zh] [--signed-by NAME]
// Exit 0 when written, 2 for bad arguments or a file that is no result, 1 when it cannot be written.
namespace ReportCommand {
int run(const QStringList& arguments);
}
