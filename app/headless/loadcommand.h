#pragma once

#include "loadplan.h"

#include <QString>
#include <QStringList>
#include <cstdint>

// `perfdash load run --url URL [-c N] [-d 10s] [--rate R] [--model closed|open] [--think 0ms]
// [--ramp-up 0s] [--requests N] [--timeout 10s] [--workers N] [--json out.json] [--allow-remote]
// [--method M] [-H 'Name: value'] [--body text] [--insecure] [--curl]`:
// runs a load test and prints a wrk-like summary. Exit 0 when the run completed, 1 when it could
// not run or reach the target (or was interrupted), 2 for bad arguments.
struct LoadRunOptions
{
    load::LoadPlan plan;
    QString url;
    QString jsonFile;       // "-" for stdout
    QStringList positional; // after "load run": scenario files or presets (not handled here yet)
    bool showHelp = false;
    QString helpText;
};

namespace LoadCommand {
// Every option of `load run` is read here: arguments are the whole command line (perfdash load run ...).
// False with a message naming the option on bad input.
bool parseRunArguments(const QStringList& arguments, LoadRunOptions* options, QString* error);
// "10s", "500ms", "2m", "1h", "1.5s"; a bare number is seconds (as wrk reads -d).
bool parseDuration(const QString& text, std::int64_t* ms);
int run(const QStringList& arguments);
} // namespace LoadCommand
