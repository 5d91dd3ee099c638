// `perfdash report` on what a workspace stores, as a user re-renders it: a real load run recorded
// against the real demo target (by its bare id and as "run ID") and an acceptance result saved by
// `perfdash acceptance --workspace` ("acceptance ID"), checked in the PDF's text; unknown ids and
// wrong arguments exit 2 naming what is wrong. `perfdash export acceptance ID` reads the same row.
#include "demotargetprocess.h"
#include "perfdashcommand.h"
#include "recordedrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray corePlan = R"({
  "name": "core-only", "system": "Demo shop", "version": "2.0",
  "scenarios": [ { "preset": "core-100-users" } ],
  "criteria": [ { "id": "core-p95", "title": "Core endpoints P95 <= 500 ms", "scenario": "core-100-users",
                  "metric": "p95", "threshold": "<=500" } ]
})";
} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT
    DemoTargetProcess m_target;
    QTemporaryDir m_dir;
    QString m_workspace;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PERFDASH_BIN"), "run through ctest: PERFDASH_BIN is not set");
        QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
        m_workspace = path(QStringLiteral("workspace"));
        QVERIFY(QDir().mkpath(m_workspace));
    }

    void storedLoadRunReRenders()
    {
        QString error;
        const std::optional<RecordedRun> run =
            recordPresetRun(m_target.baseUrl(), QDir(m_workspace).filePath(QStringLiteral("perfdash.sqlite")),
                            1500, 2, &error);
        QVERIFY2(run, qPrintable(error));
        const QString id = QString::number(run->id);
        const PerfdashRun bare = runPerfdash({QStringLiteral("report"), id, QStringLiteral("-w"), m_workspace,
                                              QStringLiteral("-o"), path(QStringLiteral("run.pdf"))});
        QVERIFY2(bare.exitCode == 0, qPrintable(bare.out + bare.err));
        const QString text = pdfText(path(QStringLiteral("run.pdf")));
        QVERIFY2(text.contains(QStringLiteral("core-100-users")), qPrintable(text.left(600)));
        // The percentiles table and the totals of the run, and its thresholds judged as criteria.
        const QString requests = QString::number(run->result.totals.total.requests);
        QVERIFY2(text.contains(requests), qPrintable(requests + QLatin1Char(' ') + text.left(1500)));
        QVERIFY(text.contains(QStringLiteral("P95")));
        QVERIFY(text.contains(QStringLiteral("Verdict: PASS")));
        const PerfdashRun named =
            runPerfdash({QStringLiteral("report"), QStringLiteral("run"), id, QStringLiteral("-w"),
                         m_workspace, QStringLiteral("-o"), path(QStringLiteral("run.json")),
                         QStringLiteral("--lang"), QStringLiteral("zh")});
        QVERIFY2(named.exitCode == 0, qPrintable(named.out + named.err));
        QFile json(path(QStringLiteral("run.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(json.readAll().contains("\"core-100-users\""));
    }

    void savedAcceptanceResultReRenders()
    {
        QFile plan(path(QStringLiteral("core.json")));
        QVERIFY(plan.open(QIODevice::WriteOnly) && plan.write(corePlan) == corePlan.size());
        plan.close();
        const PerfdashRun ran = runPerfdash(
            {QStringLiteral("acceptance"), plan.fileName(), QStringLiteral("--target"),
             m_target.baseUrl().toString(), QStringLiteral("--duration"), QStringLiteral("2s"),
             QStringLiteral("--users"), QStringLiteral("4"), QStringLiteral("--workspace"), m_workspace});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.out + ran.err));
        QVERIFY2(ran.out.contains(QStringLiteral("saved as acceptance result 1 in ")), qPrintable(ran.out));
        const PerfdashRun report = runPerfdash({QStringLiteral("report"), QStringLiteral("acceptance"),
                                                QStringLiteral("1"), QStringLiteral("-w"), m_workspace,
                                                QStringLiteral("-o"), path(QStringLiteral("a.pdf")),
                                                QStringLiteral("--signed-by"), QStringLiteral("Li Wei")});
        QVERIFY2(report.exitCode == 0, qPrintable(report.out + report.err));
        const QString text = pdfText(path(QStringLiteral("a.pdf")));
        QVERIFY2(text.contains(QStringLiteral("Demo shop")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("Verdict: PASS")));
        QVERIFY(text.contains(QStringLiteral("Core endpoints P95 <= 500 ms")));
        QVERIFY(text.contains(QStringLiteral("Li Wei")));
        const PerfdashRun exported = runPerfdash({QStringLiteral("export"), QStringLiteral("acceptance"),
                                                  QStringLiteral("1"), QStringLiteral("-w"), m_workspace});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("perfdash_acceptance_passed{")),
                 qPrintable(exported.out));
    }

    void unknownIdsAndWrongArgumentsExit2()
    {
        const QString out = path(QStringLiteral("never.pdf"));
        const PerfdashRun run = runPerfdash({QStringLiteral("report"), QStringLiteral("99"),
                                             QStringLiteral("-w"), m_workspace, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no load run 99")), qPrintable(run.err));
        const PerfdashRun result =
            runPerfdash({QStringLiteral("report"), QStringLiteral("acceptance"), QStringLiteral("7"),
                         QStringLiteral("-w"), m_workspace, QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("no acceptance result 7")), qPrintable(result.err));
        const PerfdashRun wrong =
            runPerfdash({QStringLiteral("report"), QStringLiteral("runs"), QStringLiteral("3"),
                         QStringLiteral("-w"), m_workspace, QStringLiteral("-o"), out});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("usage: perfdash report")), qPrintable(wrong.err));
        const PerfdashRun nowhere =
            runPerfdash({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("-w"),
                         path(QStringLiteral("no-such-workspace")), QStringLiteral("-o"), out});
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY2(nowhere.err.contains(QStringLiteral("no data file at")), qPrintable(nowhere.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
