#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

// What the perfdash command line asked for.
struct CommandLineOptions
{
    bool showHelp = false;
    bool showVersion = false;
    bool demo = false;              // open the demo workspace and start the demo target
    QString workspace;              // workspace name or directory
    bool workspaceGiven = false;    // --workspace or --demo named it; else the first run decides
    QString screenshotFile;         // render the window to this PNG and exit
    int screenshotAfterSeconds = 0; // 0: as soon as everything reported
    QString page;                   // page to open first (its id, e.g. "overview")
    QString demoTargetBinary;       // override where perfdash-demo-target is found
    QString theme;                  // "system", "light" or "dark"; empty: as last chosen
    int refreshSeconds = 0;         // how often live charts are redrawn; 0: as last chosen
    QSize windowSize;               // invalid: as last left (or the screenshot's 1500x1000)
    QString error;                  // non-empty: the arguments were wrong, this says how
};

class CommandLine
{
public:
    static CommandLineOptions parse(const QStringList& arguments);
    static QString helpText();
    static QString versionText();
};
