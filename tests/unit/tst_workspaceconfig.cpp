#include "workspaceconfig.h"

#include <QTest>

class TestWorkspaceConfig : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsThroughJson()
    {
        WorkspaceConfig config =
            WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:18080")));
        TargetConfig second;
        second.name = QStringLiteral("erp");
        second.baseUrl = QUrl(QStringLiteral("https://erp.example.test:8443"));
        second.metricsPath = QStringLiteral("/internal/metrics");
        second.scrapeIntervalMs = 15000;
        config.targets.append(second);

        WorkspaceConfig parsed;
        QString error;
        QVERIFY2(WorkspaceConfig::fromJson(config.toJson(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, config);
        QVERIFY(parsed.demo);
        QCOMPARE(parsed.targets.size(), 2);
        QCOMPARE(parsed.targets.at(1).metricsPath, QStringLiteral("/internal/metrics"));
    }

    void rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("not json") << QByteArray("{\"name\": ") << QStringLiteral("not valid JSON at offset");
        QTest::newRow("array at top") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("no version") << QByteArray("{\"name\":\"x\"}") << QStringLiteral("formatVersion: 0");
        QTest::newRow("future version")
            << QByteArray("{\"formatVersion\":99}") << QStringLiteral("formatVersion: 99");
        QTest::newRow("target without name")
            << QByteArray("{\"formatVersion\":1,\"targets\":[{\"baseUrl\":\"http://127.0.0.1\"}]}")
            << QStringLiteral("targets[0].name");
        QTest::newRow("ftp url")
            << QByteArray("{\"formatVersion\":1,\"targets\":[{\"name\":\"a\",\"baseUrl\":\"ftp://h\"}]}")
            << QStringLiteral("targets[0].baseUrl");
        QTest::newRow("interval too short")
            << QByteArray("{\"formatVersion\":1,\"targets\":[{\"name\":\"a\",\"baseUrl\":\"http://h\"},"
                          "{\"name\":\"b\",\"baseUrl\":\"http://h\",\"scrapeIntervalMs\":10}]}")
            << QStringLiteral("targets[1].scrapeIntervalMs");
    }

    void rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedInError);
        WorkspaceConfig untouched =
            WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:1")));
        const WorkspaceConfig before = untouched;
        QString error;
        QVERIFY(!WorkspaceConfig::fromJson(json, &untouched, &error));
        QVERIFY2(error.contains(expectedInError), qPrintable(error));
        QCOMPARE(untouched, before); // a failed parse leaves the caller's config as it was
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceConfig)
#include "tst_workspaceconfig.moc"
