// `perfdash load run <scenario|preset>` as a user runs it, against the real demo target: exit 0 when
// every check passes, 99 when a threshold or check fails (k6's code), 2 with the field path for an
// invalid scenario, 1 when the target cannot be reached; the JSON and JUnit files it writes.
#include "demotargetprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A short scenario on the demo target's material list, with the thresholds given.
QByteArray scenarioWith(const QByteArray& thresholds)
{
    return R"({"name":"short","model":{"users":4,"duration":"1s"},
               "requests":[{"name":"materials","url":"/api/v1/erp/mm/materials?page={{random_int 1 9}}",
                            "expectStatus":200}],
               "thresholds":)" +
           thresholds + "}";
}
} // namespace

class TestLoadScenarioCommand : public QObject
{
    Q_OBJECT

    DemoTargetProcess m_target;
    QTemporaryDir m_dir;

    QString target() const { return m_target.baseUrl().toString(); }

    QString write(const QString& name, const QByteArray& json)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    Run run(const QStringList& arguments)
    {
        Run result;
        const QString program = qEnvironmentVariable("PERFDASH_BIN");
        if (program.isEmpty()) {
            QTest::qFail("PERFDASH_BIN is not set; run the test through ctest", __FILE__, __LINE__);
            return result;
        }
        QProcess process;
        process.start(program, QStringList{QStringLiteral("load")} + arguments);
        // Every run here is bounded to a few seconds; 60 s means it hangs.
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            QTest::qFail("perfdash load did not finish", __FILE__, __LINE__);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    }

    void passingScenarioExitsZero()
    {
        const QString file =
            write(QStringLiteral("pass.json"),
                  scenarioWith(R"({"http_req_duration":["p(95)<2000"],"errors":["rate==0"]})"));
        const QString json = m_dir.filePath(QStringLiteral("pass-out.json"));
        const Run result = run({QStringLiteral("run"), file, QStringLiteral("--target"), target(),
                                QStringLiteral("--json"), json});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("✓ 'p(95)<2000' p(95)=")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("✓ 'rate==0' rate=0.00%")), qPrintable(result.out));
        QFile file2(json);
        QVERIFY(file2.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(file2.readAll()).object();
        QCOMPARE(record.value(QStringLiteral("passed")).toBool(), true);
        const QJsonObject materials =
            record[QStringLiteral("load")][QStringLiteral("endpoints")][QStringLiteral("materials")]
                .toObject();
        QVERIFY(materials[QStringLiteral("requests")].toInt() > 0);
        QVERIFY(materials[QStringLiteral("latencyMs")][QStringLiteral("p99.9")].toDouble() > 0);
        QCOMPARE(record[QStringLiteral("thresholds")].toArray().size(), 2);
    }

    void failingThresholdExits99WithJUnit()
    {
        const QString file =
            write(QStringLiteral("fail.json"),
                  scenarioWith(R"({"http_req_duration":["max<0.001","p(50)<5000"],"requests":["count>0"]})"));
        const QString junit = m_dir.filePath(QStringLiteral("fail.xml"));
        const Run result = run({QStringLiteral("run"), file, QStringLiteral("--target"), target(),
                                QStringLiteral("--junit"), junit});
        QVERIFY2(result.exitCode == 99,
                 qPrintable(QString::number(result.exitCode) + result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("✗ 'max<0.001' max=")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("FAILED: 1 of 3")), qPrintable(result.out));
        QFile file2(junit);
        QVERIFY(file2.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(file2.readAll());
        int cases = 0;
        int failures = 0;
        QString message;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            cases += xml.name() == QLatin1String("testcase") ? 1 : 0;
            if (xml.name() == QLatin1String("failure")) {
                ++failures;
                message = xml.attributes().value(QLatin1String("message")).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(cases, 3);
        QCOMPARE(failures, 1);
        QVERIFY2(message.startsWith(QLatin1String("max=")), qPrintable(message));
    }

    void invalidScenarioExitsTwoNamingTheField()
    {
        const QString file = write(QStringLiteral("bad.json"),
                                   R"({"name":"bad","model":{"duration":"1s"},
                                       "requests":[{"url":"/a"},{"url":"/b","weight":0}]})");
        for (const QString& verb : {QStringLiteral("run"), QStringLiteral("validate")}) {
            const Run result = run({verb, file});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("requests[1].weight: expected a positive integer")),
                     qPrintable(result.err));
        }
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(run({QStringLiteral("run"), QStringLiteral("no-such-preset")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("run"), QStringLiteral("core-100-users"), QStringLiteral("--users"),
                      QStringLiteral("many")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("run"), QStringLiteral("core-100-users"), QStringLiteral("--target"),
                      QStringLiteral("ftp://x")})
                     .exitCode,
                 2);
    }

    void unreachableTargetExitsOne()
    {
        // A port nothing listens on: the demo target's own port after it stopped would race, so 9 (discard).
        const QString file = write(QStringLiteral("dead.json"), scenarioWith(R"({"errors":["rate==0"]})"));
        const Run result = run(
            {QStringLiteral("run"), file, QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:9")});
        QVERIFY2(result.exitCode == 1, qPrintable(QString::number(result.exitCode) + result.err));
        QVERIFY2(result.err.contains(QStringLiteral("cannot connect")), qPrintable(result.err));
    }

    void shortenedPresetPasses()
    {
        const Run result = run({QStringLiteral("run"), QStringLiteral("core-100-users"),
                                QStringLiteral("--target"), target(), QStringLiteral("--duration"),
                                QStringLiteral("2s"), QStringLiteral("--users"), QStringLiteral("20")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("PASSED: 4 of 4")), qPrintable(result.out));
    }

    void acceptancePresetsPass()
    {
        for (const QString& preset :
             {QStringLiteral("cache-second-access"), QStringLiteral("batch-operations")}) {
            const Run result = run({QStringLiteral("run"), preset, QStringLiteral("--target"), target()});
            QVERIFY2(result.exitCode == 0, qPrintable(preset + result.out + result.err));
        }
    }

    void cacheWithoutDatabaseCostFailsWith99()
    {
        // Without a database cost a cold read is about as fast as a cached one: no 50 % improvement.
        DemoTargetProcess flat({QStringLiteral("--db-latency-ms"), QStringLiteral("0")});
        QVERIFY2(flat.start(), qPrintable(flat.errorString()));
        const QString junit = m_dir.filePath(QStringLiteral("cache.xml"));
        const Run result =
            run({QStringLiteral("run"), QStringLiteral("cache-second-access"), QStringLiteral("--target"),
                 flat.baseUrl().toString(), QStringLiteral("--junit"), junit});
        QVERIFY2(result.exitCode == 99,
                 qPrintable(QString::number(result.exitCode) + result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("✗ improvement P50")), qPrintable(result.out));
        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QVERIFY2(xml.contains("failures=\"1\"") && xml.contains("second access improved by"),
                 xml.constData());
    }

    void presetsAreListed()
    {
        const Run result = run({QStringLiteral("presets")});
        QCOMPARE(result.exitCode, 0);
        for (const char* name : {"core-100-users", "cache-second-access", "batch-operations"})
            QVERIFY2(result.out.contains(QLatin1String(name)), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestLoadScenarioCommand)
#include "tst_loadscenariocommand.moc"
