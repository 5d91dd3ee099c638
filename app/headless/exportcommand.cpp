#include "exportcommand.h"

#include "acceptancemetrics.h"
#include "planresult.h"
#include "prometheuspush.h"
#include "runmetrics.h"
#include "storedresults.h"
#include "textexposition.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <cstdio>
#include <functional>
#include <optional>

namespace {
constexpr int exitOk = 0;
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

void printError(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("perfdash export: ") + text + QLatin1Char('\n')), stderr);
}

struct Options
{
    QString kind;    // "run" or "acceptance"
    QString subject; // the run id or the result file
    QString workspace;
    bool openMetrics = true;
    QString outputFile;
    std::optional<exporting::ExportEndpoint> push;
    std::optional<exporting::ExportEndpoint> remoteWrite;
    QString job;
    QString instance;
};

// Everything about the connection but the URL, shared by --push and --remote-write.
struct EndpointOptions
{
    QCommandLineOption username{QStringLiteral("username"),
                                QStringLiteral("Basic auth user (with a secret)."), QStringLiteral("name")};
    QCommandLineOption secretEnv{QStringLiteral("secret-env"),
                                 QStringLiteral("Environment variable holding the bearer token or password."),
                                 QStringLiteral("var")};
    QCommandLineOption secretFile{QStringLiteral("secret-file"),
                                  QStringLiteral("File whose first line is the bearer token or password."),
                                  QStringLiteral("file")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              QStringLiteral("CA certificates to verify the server with."),
                              QStringLiteral("file")};
    QCommandLineOption insecure{QStringLiteral("insecure-skip-verify"),
                                QStringLiteral("Do not verify the server's TLS certificate.")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Seconds per attempt (default 10)."),
                               QStringLiteral("s"), QStringLiteral("10")};
    QCommandLineOption attempts{QStringLiteral("attempts"),
                                QStringLiteral("Attempts on 5xx, 429 or no connection (default 4)."),
                                QStringLiteral("n"), QStringLiteral("4")};

    QList<QCommandLineOption> all() const
    {
        return {username, secretEnv, secretFile, caFile, insecure, timeout, attempts};
    }
};

bool positiveInt(const QString& text, const QString& option, int* out, QString* error)
{
    bool ok = false;
    *out = text.toInt(&ok);
    if (ok && *out > 0)
        return true;
    *error = QStringLiteral("--%1 expects a positive whole number, got \"%2\"").arg(option, text);
    return false;
}

bool endpointFrom(const QCommandLineParser& parser, const EndpointOptions& o, const QString& url,
                  exporting::ExportEndpoint* endpoint, QString* error)
{
    endpoint->url = QUrl(url, QUrl::StrictMode);
    const QString scheme = endpoint->url.scheme();
    if (!endpoint->url.isValid() || endpoint->url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = QStringLiteral("expected an http:// or https:// URL, got \"%1\"").arg(url);
        return false;
    }
    if (parser.isSet(o.secretEnv) && parser.isSet(o.secretFile)) {
        *error = QStringLiteral("give --secret-env or --secret-file, not both");
        return false;
    }
    int timeoutS = 0;
    if (!positiveInt(parser.value(o.timeout), QStringLiteral("timeout"), &timeoutS, error) ||
        !positiveInt(parser.value(o.attempts), QStringLiteral("attempts"), &endpoint->maxAttempts, error))
        return false;
    endpoint->timeoutMs = timeoutS * 1000;
    endpoint->username = parser.value(o.username);
    endpoint->secret = {parser.value(o.secretEnv), parser.value(o.secretFile)};
    endpoint->caFile = parser.value(o.caFile);
    endpoint->insecureSkipVerify = parser.isSet(o.insecure);
    return true;
}

// What to export and where to.
struct CommandOptions
{
    QCommandLineOption workspace{{QStringLiteral("w"), QStringLiteral("workspace")},
                                 QStringLiteral("Workspace of the run (name or directory; default demo)."),
                                 QStringLiteral("name|dir"),
                                 QStringLiteral("demo")};
    QCommandLineOption format{QStringLiteral("format"),
                              QStringLiteral("openmetrics (default) or prometheus text."),
                              QStringLiteral("format"), QStringLiteral("openmetrics")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("Write the text to this file."),
                              QStringLiteral("file")};
    QCommandLineOption push{QStringLiteral("push"), QStringLiteral("Pushgateway base URL (PUT)."),
                            QStringLiteral("url")};
    QCommandLineOption remoteWrite{QStringLiteral("remote-write"),
                                   QStringLiteral("Remote-write URL, e.g. http://prom:9090/api/v1/write."),
                                   QStringLiteral("url")};
    QCommandLineOption job{QStringLiteral("job"), QStringLiteral("job label (default perfdash)."),
                           QStringLiteral("name"), QStringLiteral("perfdash")};
    QCommandLineOption instance{QStringLiteral("instance"),
                                QStringLiteral("instance label (default this host's name)."),
                                QStringLiteral("name"), QSysInfo::machineHostName()};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};

    QList<QCommandLineOption> all() const
    {
        return {workspace, format, output, push, remoteWrite, job, instance, help};
    }
};

// The positional arguments and the format; empty when they are right.
QString checkArguments(const QStringList& positional, const QString& format)
{
    if (positional.size() != 2 ||
        (positional[0] != QLatin1String("run") && positional[0] != QLatin1String("acceptance")))
        return QStringLiteral("expected 'run ID', 'acceptance ID' or 'acceptance RESULT.json'");
    if (positional[0] == QLatin1String("run") && positional[1].toLongLong() <= 0)
        return QStringLiteral("a run id is a positive number, got \"%1\"").arg(positional[1]);
    if (format != QLatin1String("openmetrics") && format != QLatin1String("prometheus"))
        return QStringLiteral("--format must be openmetrics or prometheus, got \"%1\"").arg(format);
    return {};
}

bool destinationsFrom(const QCommandLineParser& parser, const CommandOptions& o, const EndpointOptions& e,
                      Options* options, QString* error)
{
    for (const auto& [option, target] :
         {std::pair{&o.push, &options->push}, std::pair{&o.remoteWrite, &options->remoteWrite}}) {
        if (!parser.isSet(*option))
            continue;
        target->emplace();
        if (!endpointFrom(parser, e, parser.value(*option), &**target, error)) {
            *error = QStringLiteral("--%1: %2").arg(option->names().constFirst(), *error);
            return false;
        }
    }
    return true;
}

// -1: go on; else the exit status.
int parse(const QStringList& arguments, Options* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export a stored load run or an acceptance result as OpenMetrics, to a file, a "
                       "Pushgateway or a Prometheus remote-write receiver."));
    parser.addPositionalArgument(
        QStringLiteral("what"),
        QStringLiteral("run ID, or acceptance ID|RESULT.json (a stored result's id or a result file)"));
    const CommandOptions o;
    const EndpointOptions endpoint;
    parser.addOptions(o.all());
    parser.addOptions(endpoint.all());
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(o.help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return exitOk;
    }
    const QStringList positional = parser.positionalArguments().mid(1); // first is "export"
    QString error = checkArguments(positional, parser.value(o.format));
    if (!error.isEmpty() || !destinationsFrom(parser, o, endpoint, options, &error)) {
        printError(error);
        return exitUsage;
    }
    options->kind = positional[0];
    options->subject = positional[1];
    options->workspace = parser.value(o.workspace);
    options->openMetrics = parser.value(o.format) == QLatin1String("openmetrics");
    options->outputFile = parser.value(o.output);
    options->job = parser.value(o.job);
    options->instance = parser.value(o.instance);
    return -1;
}

// An acceptance subject is a result file, or the id of a result stored in the workspace.
std::optional<report::PlanResult> readAcceptance(const Options& options, QString* error)
{
    bool isId = false;
    const qint64 id = options.subject.toLongLong(&isId);
    if (isId && !QFileInfo::exists(options.subject))
        return StoredResults::acceptanceResult(options.workspace, id, error);
    return StoredResults::resultFile(options.subject, error);
}

// What to export, built once per destination (remote write also takes the per-second series).
struct Subject
{
    std::function<std::vector<exporting::ExportFamily>(bool timeline)> families;
    exporting::GroupingKey groupingKey;
};

std::optional<Subject> readSubject(const Options& options, QString* error)
{
    exporting::GroupingKey key{{QStringLiteral("job"), options.job},
                               {QStringLiteral("instance"), options.instance}};
    if (options.kind == QLatin1String("run")) {
        std::optional<load::StoredRun> run =
            StoredResults::loadRun(options.workspace, options.subject.toLongLong(), error);
        if (!run)
            return std::nullopt;
        key.emplace_back(QStringLiteral("run"), options.subject);
        return Subject{[run](bool timeline) { return exporting::RunMetrics::build(*run, timeline); }, key};
    }
    std::optional<report::PlanResult> result = readAcceptance(options, error);
    if (!result)
        return std::nullopt;
    key.emplace_back(QStringLiteral("plan"), result->planName);
    return Subject{[result](bool) { return exporting::AcceptanceMetrics::build(*result); }, key};
}

QByteArray textOf(const Options& options, const Subject& subject)
{
    const auto families = subject.families(false);
    return options.openMetrics ? exporting::TextExposition::openMetrics(families, true)
                               : exporting::TextExposition::prometheusText(families);
}

bool writeText(const Options& options, const Subject& subject, QString* error)
{
    QFile out;
    const bool toFile = !options.outputFile.isEmpty();
    const bool opened = toFile ? (out.setFileName(options.outputFile), out.open(QIODevice::WriteOnly))
                               : out.open(stdout, QIODevice::WriteOnly);
    const QByteArray text = textOf(options, subject);
    if (!opened || out.write(text) != text.size() || !out.flush()) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(toFile ? options.outputFile : QStringLiteral("the output"), out.errorString());
        return false;
    }
    return true;
}

bool send(const Options& options, const Subject& subject, QString* error)
{
    if (options.push && !exporting::PrometheusPush::toPushgateway(*options.push, subject.groupingKey,
                                                                  subject.families(false), error)) {
        *error = QStringLiteral("push: ") + *error;
        return false;
    }
    if (options.remoteWrite) {
        auto families = subject.families(true);
        // Pushed series carry job and instance as a scrape's do; the Pushgateway adds its own.
        exporting::addLabels(&families, {{QStringLiteral("job"), options.job},
                                         {QStringLiteral("instance"), options.instance}});
        if (!exporting::PrometheusPush::remoteWrite(*options.remoteWrite, families,
                                                    QDateTime::currentMSecsSinceEpoch(), error)) {
            *error = QStringLiteral("remote write: ") + *error;
            return false;
        }
    }
    return true;
}

} // namespace

namespace ExportCommand {

bool handles(const QStringList& arguments)
{
    return arguments.size() > 2 &&
           (arguments.at(2) == QLatin1String("run") || arguments.at(2) == QLatin1String("acceptance"));
}

int run(const QStringList& arguments)
{
    Options options;
    if (const int status = parse(arguments, &options); status >= 0)
        return status;
    QString error;
    const std::optional<Subject> subject = readSubject(options, &error);
    const bool textWanted = !options.outputFile.isEmpty() || (!options.push && !options.remoteWrite);
    if (!subject || (textWanted && !writeText(options, *subject, &error)) ||
        !send(options, *subject, &error)) {
        printError(error);
        return exitFailure;
    }
    if (options.push)
        std::fprintf(stderr, "perfdash export: pushed to %s\n", qPrintable(options.push->url.authority()));
    if (options.remoteWrite)
        std::fprintf(stderr, "perfdash export: remote-written to %s\n",
                     qPrintable(options.remoteWrite->url.authority()));
    return exitOk;
}

} // namespace ExportCommand
