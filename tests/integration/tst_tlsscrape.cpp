// TLS is verified by default: scrapes of the demo target served over HTTPS with a throw-away
// self-signed certificate fail unless that certificate is trusted (caFile) or verification is
// switched off explicitly (insecureSkipVerify), and a trusted certificate for another name fails too.
#include "collectorservice.h"
#include "demotargetprocess.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestTlsScrape : public QObject
{
    Q_OBJECT
private:
    // Writes name.pem and name.key, self-signed for subjectAltName; empty on success, else the reason.
    QString makeCertificate(const QString& name, const QString& commonName, const QString& subjectAltName)
    {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(m_openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName,
                       QStringLiteral("-keyout"), keyPath(name), QStringLiteral("-out"), certPath(name)});
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0)
            return QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return {};
    }

    QString certPath(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".pem")); }
    QString keyPath(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".key")); }

    QStringList tlsArgs(const QString& name) const
    {
        return {QStringLiteral("--tls-cert"), certPath(name), QStringLiteral("--tls-key"), keyPath(name)};
    }

    // One scrape of demo's /metrics with the given TLS settings (fails the test after 15 s).
    static ScrapeResult scrape(const DemoTargetProcess& demo, const QString& caFile, bool insecureSkipVerify)
    {
        ScrapeTarget target;
        target.name = QStringLiteral("tls");
        target.url = demo.url(QStringLiteral("/metrics"));
        target.intervalMs = 60000;
        target.timeoutMs = 5000;
        target.caFile = caFile;
        target.insecureSkipVerify = insecureSkipVerify;

        CollectorService collector;
        QSignalSpy scraped(&collector, &CollectorService::scraped);
        collector.configure({target}, {}, {});
        collector.start();
        collector.scrapeNow(target.name);
        if (scraped.isEmpty() && !scraped.wait(15000))
            return {};
        return scraped.first().first().value<ScrapeResult>();
    }

    QTemporaryDir m_dir;
    QString m_openssl;
    std::unique_ptr<DemoTargetProcess> m_demo;      // certificate for 127.0.0.1
    std::unique_ptr<DemoTargetProcess> m_otherName; // certificate for other.example only

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ScrapeResult>();
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!m_openssl.isEmpty(), "the openssl command is missing: add the `openssl` package to "
                                       "installer/install-deps.sh");
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        QString error = makeCertificate(QStringLiteral("loopback"), QStringLiteral("perfdash-test"),
                                        QStringLiteral("IP:127.0.0.1"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = makeCertificate(QStringLiteral("other"), QStringLiteral("other.example"),
                                QStringLiteral("DNS:other.example"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_demo = std::make_unique<DemoTargetProcess>(tlsArgs(QStringLiteral("loopback")));
        QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
        QCOMPARE(m_demo->baseUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(m_demo->baseUrl().host(), QStringLiteral("127.0.0.1"));
        m_otherName = std::make_unique<DemoTargetProcess>(tlsArgs(QStringLiteral("other")));
        QVERIFY2(m_otherName->start(), qPrintable(m_otherName->errorString()));
    }

    void cleanupTestCase()
    {
        m_demo.reset();
        m_otherName.reset();
    }

    void untrustedCertificateFailsByDefault()
    {
        const ScrapeResult result = scrape(*m_demo, {}, false);
        QCOMPARE(result.target, QStringLiteral("tls"));
        QVERIFY(!result.up);
        QVERIFY(!result.metrics);
        QVERIFY2(result.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(result.error));
    }

    void trustedCaFileSucceeds()
    {
        const ScrapeResult result = scrape(*m_demo, certPath(QStringLiteral("loopback")), false);
        QVERIFY2(result.up, qPrintable(result.error));
        QCOMPARE(result.httpStatus, 200L);
        QVERIFY(result.samplesScraped() > 0);
    }

    void insecureSkipVerifySucceeds()
    {
        const ScrapeResult result = scrape(*m_demo, {}, true);
        QVERIFY2(result.up, qPrintable(result.error));
        QVERIFY(result.samplesScraped() > 0);
    }

    void trustedCertificateForAnotherNameFails()
    {
        const ScrapeResult result = scrape(*m_otherName, certPath(QStringLiteral("other")), false);
        QCOMPARE(result.target, QStringLiteral("tls"));
        QVERIFY(!result.up);
        QVERIFY(!result.metrics);
        // The chain is trusted through caFile, so what fails is the name check
        // (libcurl: "no alternative certificate subject name matches target host name '127.0.0.1'").
        QVERIFY2(result.error.contains(QStringLiteral("subject name"), Qt::CaseInsensitive),
                 qPrintable(result.error));
        QVERIFY2(!result.error.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive) &&
                     !result.error.contains(QStringLiteral("self signed"), Qt::CaseInsensitive),
                 qPrintable(result.error));
    }

    void demoTargetRefusesIncompleteOrUnloadableTls()
    {
        const QString program = DemoTargetProcess::executable();
        QVERIFY2(!program.isEmpty(), "PERFDASH_DEMO_TARGET_BIN is not set; run the test through ctest");
        const QString cert = certPath(QStringLiteral("loopback"));
        const QString otherKey = keyPath(QStringLiteral("other"));
        const QList<QStringList> invalid{
            {QStringLiteral("--tls-cert"), cert},
            {QStringLiteral("--tls-key"), keyPath(QStringLiteral("loopback"))},
            {QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("missing.pem")),
             QStringLiteral("--tls-key"), otherKey},
            {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"),
             otherKey}, // key of another cert
        };
        for (const QStringList& args : invalid) {
            QProcess process;
            process.start(program, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + args);
            QVERIFY(process.waitForFinished(15000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QVERIFY2(process.exitCode() == 2, qPrintable(args.join(u' ')));
            QVERIFY(!process.readAllStandardError().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTlsScrape)
#include "tst_tlsscrape.moc"
