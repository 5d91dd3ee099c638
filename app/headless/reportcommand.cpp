#include "reportcommand.h"

#include "reportfiles.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>

namespace {
constexpr int exitWritten = 0;
constexpr int exitCannotWrite = 1;
constexpr int exitUsage = 2;

void printError(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("perfdash report: ") + text + QLatin1Char('\n')), stderr);
}
} // namespace

namespace ReportCommand {

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Re-render a saved acceptance result (perfdash acceptance --json) as PDF, HTML, CSV, "
                       "JUnit XML or JSON, chosen by the output's extension."));
    parser.addPositionalArgument(QStringLiteral("result"), QStringLiteral("The result JSON."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file: .pdf, .html, .csv, .xml (JUnit) or .json."),
                                    QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Report language: en (default) or zh."),
                                  QStringLiteral("en|zh"), QStringLiteral("en"));
    const QCommandLineOption signedBy(QStringLiteral("signed-by"),
                                      QStringLiteral("Name for the sign-off block."), QStringLiteral("name"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions({output, lang, signedBy, help});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return exitWritten;
    }
    const QStringList positional = parser.positionalArguments(); // "report", result
    if (positional.size() != 2 || !parser.isSet(output)) {
        printError(QStringLiteral(
            "usage: perfdash report <result.json> -o out.pdf|.html|.csv|.xml|.json [--lang zh]"));
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
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return exitUsage;
    }
    report::PlanResult result;
    QString error;
    if (!report::PlanResult::fromJsonText(file.readAll(), &result, &error)) {
        printError(file.fileName() + QStringLiteral(": ") + error);
        return exitUsage;
    }
    if (!report::writeReport(result, format, options, parser.value(output), &error)) {
        printError(error);
        return exitCannotWrite;
    }
    return exitWritten;
}

} // namespace ReportCommand
