// `perfdash acceptance` as a user runs it, against the real demo target with short runs: the
// default plan passes on a healthy target and its reports say so; injected latency fails the P95
// criterion and per-row imports the batch criterion, each named, exit 99; an invalid plan exits 2
// naming the field; `perfdash report` re-renders the saved result in Chinese.
#include "demotargetprocess.h"
#include "perfdashcommand.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
QJsonObject readJson(const QString& file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object() : QJsonObject();
}

QString verdictOf(const QJsonObject& result, const QString& id)
{
    for (const QJsonValue& criterion : result.value(QStringLiteral("criteria")).toArray())
        if (criterion[QStringLiteral("id")].toString() == id)
            return criterion[QStringLiteral("verdict")].toString();
    return QStringLiteral("(no criterion %1)").arg(id);
}

// The default plan's load and its P95 / zero-error criteria, without the cache and batch steps.
const QByteArray corePlan = R"({"name":"core-only","system":"demo","scenarios":[{"preset":"core-100-users"}],
  "criteria":[{"id":"core-p95","scenario":"core-100-users","metric":"p95","threshold":"<=500"},
              {"id":"zero-errors","scenario":"core-100-users","metric":"errors","threshold":"==0"}]})";
// The default plan's 1,000-row import with a 1 s limit: per-row inserts at 2 ms a row miss it.
const QByteArray batchPlan =
    "{\"name\":\"import\",\"system\":\"demo\",\"scenarios\":[{\"scenario\":{\"name\":\"import\","
    "  \"acceptance\":{\"batch\":[{\"name\":\"customer import, 1000 "
    "rows\",\"url\":\"/api/v1/crm/customers/import\",\"rows\":1000,"
    "    "
    "\"row\":\"{\\\"name\\\":\\\"c{{seq}}\\\",\\\"email\\\":\\\"c{{seq}}@example.test\\\"}\","
    "\"expectStatus\":200,\"timeLimit\":\"1s\"}]}}}],"
    "  "
    "\"criteria\":[{\"id\":\"batch-operations\",\"scenario\":\"import\",\"metric\":\"batch\",\"threshold\":"
    "\"<=1000\"}]}";
} // namespace

class TestAcceptanceCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString write(const QString& name, const QByteArray& json)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils (installer/install-deps.sh)");
    }

    void defaultPlanPassesOnAHealthyTarget()
    {
        DemoTargetProcess target;
        QVERIFY2(target.start(), qPrintable(target.errorString()));
        const PerfdashRun run = runPerfdash(
            {QStringLiteral("acceptance"), QStringLiteral("--target"), target.baseUrl().toString(),
             QStringLiteral("--duration"), QStringLiteral("2s"), QStringLiteral("--users"),
             QStringLiteral("8"), QStringLiteral("--report"), path(QStringLiteral("pass.pdf")),
             QStringLiteral("--json"), path(QStringLiteral("pass.json")), QStringLiteral("--junit"),
             path(QStringLiteral("pass.xml")), QStringLiteral("--html"), path(QStringLiteral("pass.html")),
             QStringLiteral("--signed-by"), QStringLiteral("CI")});
        QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("verdict: PASS (7 criteria)")), qPrintable(run.out));

        const QJsonObject result = readJson(path(QStringLiteral("pass.json")));
        QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("PASS"));
        for (const char* id : {"core-p95", "zero-errors", "cache-second-access", "batch-operations"})
            QCOMPARE(verdictOf(result, QLatin1String(id)), QStringLiteral("PASS"));
        QCOMPARE(result.value(QStringLiteral("overrides")).toString(),
                 QStringLiteral("duration 2 s, users 8"));
        const QJsonObject core = result[QStringLiteral("scenarios")][0].toObject();
        QVERIFY(core[QStringLiteral("timeline")].toArray().size() >= 2);
        // The collectors watched the target's /metrics during the load.
        const QJsonObject seen = core[QStringLiteral("collectors")].toObject();
        QVERIFY2(seen[QStringLiteral("samples")].toInt() >= 1, QJsonDocument(seen).toJson().constData());
        QCOMPARE(seen[QStringLiteral("poolSize")].toDouble(), 20.0);
        QVERIFY(seen[QStringLiteral("peakPoolInUse")].toDouble() >= 0);

        const QString text = pdfText(path(QStringLiteral("pass.pdf")));
        QVERIFY2(text.contains(QLatin1String("Verdict: PASS")), qPrintable(text.left(500)));
        const QJsonObject p95 = result[QStringLiteral("criteria")][0].toObject();
        const QString measured =
            QString::number(p95[QStringLiteral("value")].toDouble(), 'f', 2) + QStringLiteral(" ms");
        QVERIFY2(text.contains(QStringLiteral("Core endpoints P95 <= 500 ms")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(measured), qPrintable(measured));
        QVERIFY(text.contains(QLatin1String("CI")));

        QFile junit(path(QStringLiteral("pass.xml")));
        QVERIFY(junit.open(QIODevice::ReadOnly));
        const QByteArray xml = junit.readAll();
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(xml.contains("failures=\"0\""));

        // The saved result re-renders, here in Chinese, without running anything.
        const PerfdashRun again =
            runPerfdash({QStringLiteral("report"), path(QStringLiteral("pass.json")), QStringLiteral("-o"),
                         path(QStringLiteral("again.pdf")), QStringLiteral("--lang"), QStringLiteral("zh")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        const QString zh = pdfText(path(QStringLiteral("again.pdf")));
        QVERIFY2(zh.contains(QStringLiteral("结论: 通过")), qPrintable(zh.left(500)));
        QVERIFY(zh.contains(QStringLiteral("核心接口 P95 ≤ 500 毫秒")));
        QVERIFY(zh.contains(measured));
    }

    void injectedLatencyFailsTheP95Criterion()
    {
        // Every simulated cost 15 times longer: a 40 ms database read becomes 600 ms.
        DemoTargetProcess target({QStringLiteral("--latency-multiplier"), QStringLiteral("15")});
        QVERIFY2(target.start(), qPrintable(target.errorString()));
        const PerfdashRun run =
            runPerfdash({QStringLiteral("acceptance"), write(QStringLiteral("core.json"), corePlan),
                         QStringLiteral("--target"), target.baseUrl().toString(),
                         QStringLiteral("--duration"), QStringLiteral("2s"), QStringLiteral("--users"),
                         QStringLiteral("8"), QStringLiteral("--json"), path(QStringLiteral("slow.json")),
                         QStringLiteral("--report"), path(QStringLiteral("slow.pdf"))});
        QVERIFY2(run.exitCode == 99, qPrintable(QString::number(run.exitCode) + run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("verdict: FAIL (core-p95)")), qPrintable(run.out));
        const QJsonObject result = readJson(path(QStringLiteral("slow.json")));
        QCOMPARE(verdictOf(result, QStringLiteral("core-p95")), QStringLiteral("FAIL"));
        QCOMPARE(verdictOf(result, QStringLiteral("zero-errors")), QStringLiteral("PASS"));
        const QString text = pdfText(path(QStringLiteral("slow.pdf")));
        QVERIFY2(text.contains(QLatin1String("Verdict: FAIL")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QLatin1String("The acceptance criteria were not met: p95 <= 500 ms")));
    }

    void perRowInsertsFailTheBatchCriterion()
    {
        DemoTargetProcess target({QStringLiteral("--per-row-inserts")});
        QVERIFY2(target.start(), qPrintable(target.errorString()));
        const PerfdashRun run =
            runPerfdash({QStringLiteral("acceptance"), write(QStringLiteral("batch.json"), batchPlan),
                         QStringLiteral("--target"), target.baseUrl().toString(), QStringLiteral("--junit"),
                         path(QStringLiteral("batch.xml"))});
        QVERIFY2(run.exitCode == 99, qPrintable(QString::number(run.exitCode) + run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("verdict: FAIL (batch-operations)")), qPrintable(run.out));
        QFile junit(path(QStringLiteral("batch.xml")));
        QVERIFY(junit.open(QIODevice::ReadOnly));
        const QByteArray xml = junit.readAll();
        QVERIFY2(xml.contains("<failure message=\"batch measured"), xml.constData());
    }

    void invalidPlanExitsTwoNamingTheField()
    {
        const PerfdashRun run = runPerfdash(
            {QStringLiteral("acceptance"),
             write(QStringLiteral("bad.json"), R"({"system":"s","scenarios":[{"preset":"core-100-users"}],
                 "criteria":[{"id":"a","scenario":"core-100-users","metric":"p95","threshold":"fast"}]})")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("criteria[0].threshold: expected an operator and a number")),
                 qPrintable(run.err));
    }

    void unreachableTargetExitsOne()
    {
        // Port 9 (discard) on loopback: nothing listens there in the test environment.
        const PerfdashRun run = runPerfdash(
            {QStringLiteral("acceptance"), write(QStringLiteral("core2.json"), corePlan),
             QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--duration"),
             QStringLiteral("1s"), QStringLiteral("--users"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("cannot connect to http://127.0.0.1:9")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceCommand)
#include "tst_acceptancecommand.moc"
