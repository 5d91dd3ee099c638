#include "commandline.h"

#include "pagecatalog.h"
#include "perfdashversion.h"

#include <QCommandLineParser>

namespace {
// Parsing needs no QApplication, so --help and --version work without a display.
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QStringLiteral("Open the demo workspace: start the embedded demo target on loopback "
                       "and watch it.")};
    QCommandLineOption workspace{{QStringLiteral("w"), QStringLiteral("workspace")},
                                 QStringLiteral("Open workspace <name-or-dir> (default: demo with --demo, "
                                                "else \"default\")."),
                                 QStringLiteral("name-or-dir")};
    QCommandLineOption page{
        QStringLiteral("page"),
        QStringLiteral("Page to show first: %1.").arg(PageCatalog::ids().join(QStringLiteral(", "))),
        QStringLiteral("page")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main window (1500x1000) to <file.png> once the workspace is up, "
                       "then exit. Works without a display."),
        QStringLiteral("file.png")};
    QCommandLineOption screenshotAfter{
        QStringLiteral("screenshot-after"),
        QStringLiteral("With --screenshot: render after <seconds> instead of as soon as everything "
                       "reported (so the charts have data)."),
        QStringLiteral("seconds")};
    QCommandLineOption demoTarget{QStringLiteral("demo-target"),
                                  QStringLiteral("Path of perfdash-demo-target (default: next to perfdash)."),
                                  QStringLiteral("path")};
    QCommandLineOption theme{
        QStringLiteral("theme"),
        QStringLiteral("Colours: system, light or dark (default: as last chosen in View > Theme)."),
        QStringLiteral("theme")};
    QCommandLineOption refresh{QStringLiteral("refresh"),
                               QStringLiteral("Redraw live charts every <seconds>: 1, 5, 10, 30 or 60."),
                               QStringLiteral("seconds")};
    QCommandLineOption windowSize{
        QStringLiteral("window-size"),
        QStringLiteral("Open the window at <width>x<height> pixels, e.g. 1500x1700."), QStringLiteral("WxH")};
    QCommandLineOption help =
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    QCommandLineOption version = QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                                    QStringLiteral("Show the version."));

    Parser()
    {
        parser.setApplicationDescription(
            QStringLiteral("perfdash — watch a web system's latency, cache, pools and queues, run load tests "
                           "and sign off its performance acceptance."));
        parser.addOptions({demo, workspace, page, screenshot, screenshotAfter, demoTarget, theme, refresh,
                           windowSize, help, version});
    }
};
} // namespace

CommandLineOptions CommandLine::parse(const QStringList& arguments)
{
    Parser p;
    CommandLineOptions options;
    if (!p.parser.parse(arguments)) {
        options.error = p.parser.errorText();
        return options;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        options.error = QStringLiteral("unexpected argument: %1").arg(p.parser.positionalArguments().first());
        return options;
    }
    options.showHelp = p.parser.isSet(p.help);
    options.showVersion = p.parser.isSet(p.version);
    options.demo = p.parser.isSet(p.demo);
    options.workspace = p.parser.value(p.workspace);
    options.workspaceGiven = options.demo || !options.workspace.isEmpty();
    if (options.workspace.isEmpty())
        options.workspace = options.demo ? QStringLiteral("demo") : QStringLiteral("default");
    options.screenshotFile = p.parser.value(p.screenshot);
    options.demoTargetBinary = p.parser.value(p.demoTarget);
    if (p.parser.isSet(p.screenshotAfter)) {
        bool ok = false;
        options.screenshotAfterSeconds = p.parser.value(p.screenshotAfter).toInt(&ok);
        if (!ok || options.screenshotAfterSeconds < 1 || options.screenshotAfterSeconds > 3600) {
            options.error = QStringLiteral("--screenshot-after expects 1 to 3600 seconds");
            return options;
        }
        if (options.screenshotFile.isEmpty()) {
            options.error = QStringLiteral("--screenshot-after needs --screenshot");
            return options;
        }
    }
    options.theme = p.parser.value(p.theme);
    if (!options.theme.isEmpty() &&
        !QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}.contains(
            options.theme)) {
        options.error = QStringLiteral("--theme expects system, light or dark");
        return options;
    }
    if (p.parser.isSet(p.refresh)) {
        bool ok = false;
        options.refreshSeconds = p.parser.value(p.refresh).toInt(&ok);
        if (!ok || !QList<int>{1, 5, 10, 30, 60}.contains(options.refreshSeconds)) {
            options.error = QStringLiteral("--refresh expects 1, 5, 10, 30 or 60 seconds");
            return options;
        }
    }
    if (p.parser.isSet(p.windowSize)) {
        const QStringList parts = p.parser.value(p.windowSize).split(QLatin1Char('x'));
        const int width = parts.value(0).toInt(), height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 400 || height < 300 || width > 10000 || height > 10000) {
            options.error =
                QStringLiteral("--window-size expects WIDTHxHEIGHT, e.g. 1500x1000 (400x300 to 10000x10000)");
            return options;
        }
        options.windowSize = QSize(width, height);
    }
    options.page = p.parser.value(p.page);
    if (!options.page.isEmpty() && !PageCatalog::ids().contains(options.page))
        options.error = QStringLiteral("unknown page \"%1\"; pages: %2")
                            .arg(options.page, PageCatalog::ids().join(QStringLiteral(", ")));
    return options;
}

QString CommandLine::helpText()
{
    Parser p;
    return p.parser.helpText();
}

QString CommandLine::versionText()
{
    return QStringLiteral("perfdash " PERFDASH_VERSION_STRING);
}
