#pragma once

#include <QString>
#include <QStringList>

// The built perfdash as a user runs it from a terminal, for the tests of its headless commands.
struct PerfdashRun
{
    int exitCode = -1; // -1: it crashed, hung, or PERFDASH_BIN was not set
    QString out;
    QString err;
};

// Runs PERFDASH_BIN (ctest sets it) with `arguments`. Every run in the tests is bounded to seconds
// of load, so one past two minutes is a hang: it is killed and the test fails.
PerfdashRun runPerfdash(const QStringList& arguments);

// The text of a PDF as `pdftotext -layout` reads it, its words joined by single spaces so a table's
// cells read as one line; empty when it cannot be read.
QString pdfText(const QString& file);
