#include "demotargetlauncher.h"

#include "applogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

DemoTargetLauncher::DemoTargetLauncher(QObject* parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If perfdash is killed outright, the kernel stops the demo target too: no orphan keeps its port.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoTargetLauncher::readStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // Keep the last lines: they explain a crash or a refused port.
        m_stderrTail.append(m_process.readAllStandardError());
        m_stderrTail = m_stderrTail.right(2000);
    });
    connect(&m_process, &QProcess::finished, this, &DemoTargetLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(
                tr("cannot start the demo target %1: %2").arg(m_process.program(), m_process.errorString()));
    });
}

DemoTargetLauncher::~DemoTargetLauncher()
{
    stop();
}

QString DemoTargetLauncher::defaultExecutable()
{
    // The build tree keeps both executables in bin/; an install keeps the helper in libexec/perfdash.
    const QString ourDir = QCoreApplication::applicationDirPath();
    for (const QString& dir :
         QStringList{ourDir, ourDir + QStringLiteral("/" PERFDASH_DEMO_TARGET_FROM_BINDIR)}) {
        const QFileInfo candidate(dir + QStringLiteral("/perfdash-demo-target"));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.canonicalFilePath();
    }
    return QStringLiteral("perfdash-demo-target");
}

void DemoTargetLauncher::start(const QString& executable)
{
    m_stopping = false;
    m_baseUrl.clear();
    m_stderrTail.clear();
    qCInfo(lcDemo) << "starting demo target" << executable;
    m_process.start(executable, {QStringLiteral("--port"), QStringLiteral("0")});
}

void DemoTargetLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void DemoTargetLauncher::readStandardOutput()
{
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    // stop() waits for the process, which still delivers its output: an owner being destroyed
    // must not hear "ready".
    if (m_stopping)
        return;
    while (m_process.canReadLine()) {
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const auto match = listening.match(line);
        if (match.hasMatch() && m_baseUrl.isEmpty()) {
            m_baseUrl = QUrl(match.captured(1));
            qCInfo(lcDemo).noquote() << "demo target listening on" << m_baseUrl.toString() << "pid"
                                     << m_process.processId();
            emit ready(m_baseUrl);
        }
    }
}

void DemoTargetLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    const QString why =
        status == QProcess::CrashExit ? tr("crashed") : tr("exited with code %1").arg(exitCode);
    QString message = tr("the demo target %1").arg(why);
    const QString tail = QString::fromUtf8(m_stderrTail).trimmed();
    if (!tail.isEmpty())
        message += QStringLiteral(": ") + tail.section(QLatin1Char('\n'), -1);
    qCWarning(lcDemo).noquote() << message;
    emit failed(message);
}
