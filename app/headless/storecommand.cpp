#include "storecommand.h"

#include "exportimport.h"
#include "storereader.h"
#include "timeseriesstore.h"
#include "timespec.h"
#include "workspacepaths.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace {
void printError(const char* command, const QString& text)
{
    std::fprintf(stderr, "perfdash %s: %s\n", command, qPrintable(text));
}

const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                                         QStringLiteral("Workspace name or directory (default: demo)."),
                                         QStringLiteral("name|dir"), QStringLiteral("demo"));
const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                    QStringLiteral("Show this help."));

// -1: go on; else the exit status (help shown, or arguments wrong).
int parseArguments(QCommandLineParser& parser, const QStringList& arguments, const char* command)
{
    if (!parser.parse(arguments)) {
        printError(command, parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    return -1;
}

bool parseMatchers(const QStringList& texts, std::vector<std::pair<std::string, std::string>>* out,
                   QString* error)
{
    for (const QString& text : texts) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("--match expects name=value, got \"%1\"").arg(text);
            return false;
        }
        out->emplace_back(text.left(eq).toStdString(), text.mid(eq + 1).toStdString());
    }
    return true;
}
} // namespace

namespace StoreCommand {

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write a workspace's stored samples as CSV or OpenMetrics text."));
    parser.addPositionalArgument(QStringLiteral("metric"),
                                 QStringLiteral("Metric name (every series when omitted)."),
                                 QStringLiteral("[metric]"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("csv or openmetrics (default csv)."),
                                    QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Start (default now-1h)."),
                                  QStringLiteral("time"), QStringLiteral("now-1h"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("End (default now)."),
                                QStringLiteral("time"), QStringLiteral("now"));
    const QCommandLineOption match(QStringLiteral("match"),
                                   QStringLiteral("Only series with this label value (repeatable)."),
                                   QStringLiteral("name=value"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("File to write (default standard output)."),
                                    QStringLiteral("file"));
    parser.addOptions({workspaceOption, format, from, to, match, output, helpOption});
    if (const int status = parseArguments(parser, arguments, "export"); status >= 0)
        return status;

    store::RangeQuery query;
    QString error;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const QStringList positional = parser.positionalArguments().mid(1); // first is "export"
    const QString formatName = parser.value(format);
    if (positional.size() > 1)
        error = QStringLiteral("give at most one metric name");
    else if (formatName != QLatin1String("csv") && formatName != QLatin1String("openmetrics"))
        error = QStringLiteral("--format must be csv or openmetrics, got \"%1\"").arg(formatName);
    if (!error.isEmpty() || !TimeSpec::parse(parser.value(from), now, &query.startMs, &error) ||
        !TimeSpec::parse(parser.value(to), now, &query.endMs, &error) ||
        !parseMatchers(parser.values(match), &query.matchers, &error)) {
        printError("export", error);
        return 2;
    }
    if (query.endMs < query.startMs) {
        printError("export", QStringLiteral("--to is before --from"));
        return 2;
    }
    query.metric = positional.isEmpty() ? std::string() : positional.first().toStdString();

    const QString dataFile = WorkspacePaths::resolve(parser.value(workspaceOption)).dataFile();
    if (!QFileInfo::exists(dataFile)) {
        printError("export",
                   QStringLiteral("no data file at %1; is the workspace name right?").arg(dataFile));
        return 1;
    }
    store::StoreReader reader;
    if (!reader.open(dataFile, &error)) {
        printError("export", error);
        return 1;
    }
    QFile out;
    const bool opened = parser.isSet(output)
                            ? (out.setFileName(parser.value(output)), out.open(QIODevice::WriteOnly))
                            : out.open(stdout, QIODevice::WriteOnly);
    if (!opened) {
        printError("export", QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
        return 1;
    }
    const bool ok = formatName == QLatin1String("csv")
                        ? store::exportCsv(reader, query, &out, &error)
                        : store::exportOpenMetrics(reader, query, &out, &error);
    if (!ok || !out.flush()) {
        printError("export", error.isEmpty() ? out.errorString() : error);
        return 1;
    }
    return 0;
}

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Append samples from an OpenMetrics or Prometheus text file to a workspace's store."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Exposition text to import."));
    const QCommandLineOption defaultTime(
        QStringLiteral("default-time"), QStringLiteral("Time for samples without a timestamp (default now)."),
        QStringLiteral("time"), QStringLiteral("now"));
    parser.addOptions({workspaceOption, defaultTime, helpOption});
    if (const int status = parseArguments(parser, arguments, "import"); status >= 0)
        return status;
    const QStringList positional = parser.positionalArguments().mid(1); // first is "import"
    std::int64_t defaultMs = 0;
    QString error;
    if (positional.size() != 1) {
        printError("import", QStringLiteral("give one file to import"));
        return 2;
    }
    if (!TimeSpec::parse(parser.value(defaultTime), QDateTime::currentMSecsSinceEpoch(), &defaultMs,
                         &error)) {
        printError("import", error);
        return 2;
    }
    QFile in(positional.first());
    if (!in.open(QIODevice::ReadOnly)) {
        printError("import", QStringLiteral("cannot read %1: %2").arg(in.fileName(), in.errorString()));
        return 1;
    }
    const QByteArray text = in.readAll();

    const WorkspacePaths paths = WorkspacePaths::resolve(parser.value(workspaceOption));
    store::TimeSeriesStore store;
    store::ImportStats stats;
    if (!paths.ensureDirectory(&error) || !store.open(paths.dataFile(), store::StoreOptions(), &error) ||
        !store::importOpenMetrics(store, text, defaultMs, &stats, &error)) {
        printError("import", error);
        return 1;
    }
    if (!store.flush() || !store.lastError().isEmpty()) {
        printError("import",
                   QStringLiteral("writing %1 failed: %2").arg(paths.dataFile(), store.lastError()));
        return 1;
    }
    std::printf("perfdash import: %lld samples of %lld series into %s\n",
                static_cast<long long>(stats.samples), static_cast<long long>(stats.series),
                qPrintable(paths.dataFile()));
    return 0;
}

} // namespace StoreCommand
