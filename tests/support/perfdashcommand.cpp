#include "perfdashcommand.h"

#include <QProcess>
#include <QTest>

PerfdashRun runPerfdash(const QStringList& arguments)
{
    PerfdashRun result;
    const QString program = qEnvironmentVariable("PERFDASH_BIN");
    if (program.isEmpty()) {
        QTest::qFail("PERFDASH_BIN is not set; run the test through ctest", __FILE__, __LINE__);
        return result;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        QTest::qFail("perfdash did not finish", __FILE__, __LINE__);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString pdfText(const QString& file)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}
