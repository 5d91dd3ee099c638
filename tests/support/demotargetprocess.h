#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// Runs the real perfdash-demo-target on a loopback port the kernel picks,
// and stops it when destroyed.
class DemoTargetProcess
{
public:
    // extraArgs go to the demo target as they are (e.g. {"--db-latency-ms", "40"}).
    explicit DemoTargetProcess(const QStringList& extraArgs = {});
    ~DemoTargetProcess();
    DemoTargetProcess(const DemoTargetProcess&) = delete;
    DemoTargetProcess& operator=(const DemoTargetProcess&) = delete;

    // Starts it and waits for its "listening on <url>" line; false with errorString() on failure.
    bool start(int timeoutMs = 15000);
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString& pathAndQuery) const;
    QString errorString() const { return m_error; }
    QByteArray standardError() const;

    // Path of the executable, from PERFDASH_DEMO_TARGET_BIN (set by CTest).
    static QString executable();

private:
    QProcess m_process;
    QStringList m_args;
    QUrl m_baseUrl;
    QString m_error;
};
