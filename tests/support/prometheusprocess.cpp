#include "prometheusprocess.h"

#include "httpclient.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

namespace {
quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

PrometheusProcess::PrometheusProcess(const QStringList& scrapeTargets, const BasicAuthUser& user)
    : m_targets(scrapeTargets)
    , m_user(user)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

PrometheusProcess::~PrometheusProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QString PrometheusProcess::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("PERFDASH_PROMETHEUS_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral("prometheus") : fromEnvironment;
}

bool PrometheusProcess::writeFiles()
{
    QByteArray targets;
    for (const QString& target : m_targets)
        targets += (targets.isEmpty() ? "" : ", ") + ("'" + target.toUtf8() + "'");
    const QByteArray config = "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                              "scrape_configs:\n  - job_name: demo\n    static_configs:\n      - targets: [" +
                              targets + "]\n";
    if (!writeFile(m_dir.filePath(QStringLiteral("prometheus.yml")), config))
        return false;
    if (m_user.name.isEmpty())
        return true;
    const QByteArray web =
        "basic_auth_users:\n  " + m_user.name.toUtf8() + ": '" + m_user.bcryptHash.toUtf8() + "'\n";
    return writeFile(m_dir.filePath(QStringLiteral("web.yml")), web);
}

bool PrometheusProcess::start(const QString& password, int timeoutMs)
{
    if (!m_dir.isValid() || !writeFiles()) {
        m_error = QStringLiteral("cannot write the configuration in %1").arg(m_dir.path());
        return false;
    }
    const quint16 port = freeLoopbackPort();
    QStringList args{QStringLiteral("--config.file=") + m_dir.filePath(QStringLiteral("prometheus.yml")),
                     QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                     QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)};
    if (!m_user.name.isEmpty())
        args.append(QStringLiteral("--web.config.file=") + m_dir.filePath(QStringLiteral("web.yml")));
    m_process.start(executable(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
        return false;
    }
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QList<QByteArray> headers;
    if (!m_user.name.isEmpty())
        headers.append("Authorization: Basic " +
                       (m_user.name + QLatin1Char(':') + password).toUtf8().toBase64());
    const QUrl ready(m_baseUrl.toString() + QStringLiteral("/-/ready"));
    const bool up = QTest::qWaitFor(
        [&] {
            return m_process.state() == QProcess::Running &&
                   httpRequest("GET", ready, {}, headers, 1000).status == 200;
        },
        timeoutMs);
    if (!up)
        m_error = QStringLiteral("prometheus did not become ready on port %1: %2")
                      .arg(port)
                      .arg(QString::fromUtf8(m_process.readAll().right(2000)));
    return up;
}
