#include "reportcommand.h"

#include "reportfiles.h"
#include "storedresults.h"
#include "storedrunreport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>
#include <optional>

namespace {
constexpr int exitWritten = 0;
constexpr int exitCannotWrite = 1;
constexpr int exitUsage = 2;

void printError(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("perfdash report: ") + text + QLatin1Char('\n')), stderr);
}

const QString usage = QStringLiteral(
    "usage: perfdash report <result.json | RUN-ID | run RUN-ID | acceptance ID> [-w workspace] "
    "-o out.pdf|.html|.csv|.xml|.json [--lang zh]");

// What the positional arguments name: a result file, a stored load run (a bare id or "run ID")
// or a stored acceptance result ("acceptance ID"). Nothing, with `error`, when unreadable.
std::optional<report::PlanResult> readSubject(const QStringList& what, const QString& workspace,
                                              QString* error)
{
    const QString kind = what.size() == 2 ? what.first() : QString(); // "run", "acceptance" or none
    const QString subject = what.last();
    bool isId = false;
    const qint64 id = subject.toLongLong(&isId);
    const bool acceptance = kind == QLatin1String("acceptance");
    if ((kind.isEmpty() && (!isId || QFileInfo::exists(subject))) || (acceptance && !isId))
        return StoredResults::resultFile(subject, error);
    if (!isId || id <= 0 || (!kind.isEmpty() && kind != QLatin1String("run") && !acceptance)) {
        *error = usage;
        return std::nullopt;
    }
    if (acceptance)
        return StoredResults::acceptanceResult(workspace, id, error);
    const std::optional<load::StoredRun> run = StoredResults::loadRun(workspace, id, error);
    return run ? std::optional(report::planResultFromStoredRun(*run)) : std::nullopt;
}
} // namespace

namespace ReportCommand {

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Re-render an acceptance result (a file from perfdash acceptance --json, or one stored "
        "in the workspace) or a stored load run as PDF, HTML, CSV, JUnit XML or JSON, chosen by "
        "the output's extension."));
    parser.addPositionalArgument(
        QStringLiteral("what"),
        QStringLiteral(
            "result.json; a load run's id (as the Load runs page lists it), also written 'run ID'; "
            "or 'acceptance ID' for a stored acceptance result."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file: .pdf, .html, .csv, .xml (JUnit) or .json."),
                                    QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Report language: en (default) or zh."),
                                  QStringLiteral("en|zh"), QStringLiteral("en"));
    const QCommandLineOption signedBy(QStringLiteral("signed-by"),
                                      QStringLiteral("Name for the sign-off block."), QStringLiteral("name"));
    const QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                       QStringLiteral("Workspace of a stored run or result (default: demo)."),
                                       QStringLiteral("name|dir"), QStringLiteral("demo"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions({output, lang, signedBy, workspace, help});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return exitWritten;
    }
    const QStringList what = parser.positionalArguments().mid(1); // the first is "report"
    if (what.isEmpty() || what.size() > 2 || !parser.isSet(output)) {
        printError(usage);
        return exitUsage;
    }
    report::ReportFormat format;
    if (!report::formatFromFileName(parser.value(output), &format)) {
        printError(QStringLiteral("cannot tell the format of %1: use .pdf, .html, .csv, .xml or .json")
                       .arg(parser.value(output)));
        return exitUsage;
    }
    report::ReportOptions options;
    options.language = parser.value(lang);
    options.signedBy = parser.value(signedBy);
    if (options.language != QLatin1String("en") && options.language != QLatin1String("zh")) {
        printError(QStringLiteral("--lang expects en or zh, got \"%1\"").arg(options.language));
        return exitUsage;
    }
    QString error;
    const std::optional<report::PlanResult> result = readSubject(what, parser.value(workspace), &error);
    if (!result) {
        printError(error);
        return exitUsage;
    }
    if (!report::writeReport(*result, format, options, parser.value(output), &error)) {
        printError(error);
        return exitCannotWrite;
    }
    return exitWritten;
}

} // namespace ReportCommand
