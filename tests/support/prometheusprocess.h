#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A real Prometheus server (Debian's prometheus package) on a loopback port, with its storage in a
// temporary directory, scraping the given host:port targets every second under job "demo". With a
// basic-auth user its web.config.file makes every request, /-/ready included, need that user.
// Killed and its storage removed when destroyed.
class PrometheusProcess
{
public:
    struct BasicAuthUser
    {
        QString name;
        QString bcryptHash; // the password's bcrypt hash, as web.config.file wants it
    };

    explicit PrometheusProcess(const QStringList& scrapeTargets, const BasicAuthUser& user = {});
    ~PrometheusProcess();
    PrometheusProcess(const PrometheusProcess&) = delete;
    PrometheusProcess& operator=(const PrometheusProcess&) = delete;

    // Starts it and waits until /-/ready answers 200; false with errorString() on failure.
    // password: the user's, to ask /-/ready with.
    bool start(const QString& password = {}, int timeoutMs = 30000);
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

    // PERFDASH_PROMETHEUS_BIN or "prometheus" on PATH.
    static QString executable();

private:
    bool writeFiles();

    QStringList m_targets;
    BasicAuthUser m_user;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};
