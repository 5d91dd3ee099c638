#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

// Starts perfdash-demo-target as a child process on a loopback port the kernel picks,
// learns its address from its first line, and reports when it stops. Never blocks the GUI thread.
class DemoTargetLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoTargetLauncher(QObject* parent = nullptr);
    ~DemoTargetLauncher() override;

    // Executable next to the running perfdash (build tree) or in ../libexec/perfdash (installed).
    static QString defaultExecutable();

    void start(const QString& executable);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 processId() const { return m_process.processId(); }

signals:
    void ready(const QUrl& baseUrl);
    void failed(const QString& message);

private:
    void readStandardOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_stderrTail;
    bool m_stopping = false;
};
