#include "demotargetprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

DemoTargetProcess::DemoTargetProcess(const QStringList& extraArgs)
    : m_args(extraArgs)
{
}

DemoTargetProcess::~DemoTargetProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString DemoTargetProcess::executable()
{
    return qEnvironmentVariable("PERFDASH_DEMO_TARGET_BIN");
}

bool DemoTargetProcess::start(int timeoutMs)
{
    const QString program = executable();
    if (program.isEmpty()) {
        m_error = QStringLiteral("PERFDASH_DEMO_TARGET_BIN is not set; run the test through ctest");
        return false;
    }
    m_process.setProgram(program);
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + m_args);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https?://\\S+)"));
    QByteArray seen;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine());
                seen += line.toUtf8();
                const auto match = listening.match(line);
                if (match.hasMatch()) {
                    m_baseUrl = QUrl(match.captured(1));
                    return true;
                }
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    m_error = QStringLiteral("demo target did not report its address; stdout: %1 stderr: %2")
                  .arg(QString::fromUtf8(seen), QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

QUrl DemoTargetProcess::url(const QString& pathAndQuery) const
{
    return QUrl(m_baseUrl.toString(QUrl::StripTrailingSlash) + pathAndQuery);
}

QByteArray DemoTargetProcess::standardError() const
{
    return const_cast<QProcess&>(m_process).readAllStandardError();
}
