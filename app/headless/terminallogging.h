#pragma once

#include <QLoggingCategory>
#include <QtGlobal>

// The libraries' progress messages ("opened workspace file …", "schema migrated") are for the
// GUI's log; a terminal command prints results and errors only, so main() calls this for every
// headless command. QT_LOGGING_RULES still wins.
inline void quietProgressLogs()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("perfdash.*.info=false"));
}
