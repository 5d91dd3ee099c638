// `perfdash load run` options read into a load plan, without running anything.
#include "loadcommand.h"

#include <QTest>

namespace {
QStringList command(const QStringList& options)
{
    return QStringList{QStringLiteral("perfdash"), QStringLiteral("load"), QStringLiteral("run")} + options;
}
} // namespace

class TestLoadCommand : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        LoadRunOptions options;
        QString error;
        QVERIFY2(LoadCommand::parseRunArguments(
                     command({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:8088/x")}), &options,
                     &error),
                 qPrintable(error));
        const load::LoadPlan& plan = options.plan;
        QVERIFY(plan.model == load::LoadModel::Closed);
        QCOMPARE(plan.users, 10);
        QCOMPARE(plan.durationMs, 10'000);
        QCOMPARE(plan.requestTimeoutMs, 10'000);
        QCOMPARE(plan.maxRequests, 10'000'000);
        QCOMPARE(plan.workers, 0);
        QVERIFY(!plan.allowRemote);
        QVERIFY(plan.verifyTls);
        QVERIFY(!plan.useCurlForPlainHttp);
        QCOMPARE(plan.requests.size(), std::size_t(1));
        QCOMPARE(plan.requests[0].url, std::string("http://127.0.0.1:8088/x"));
        QCOMPARE(plan.requests[0].name, QStringLiteral("GET /x"));
    }

    void everyOption()
    {
        LoadRunOptions options;
        QString error;
        const QStringList args{QStringLiteral("--url"),
                               QStringLiteral("https://localhost/api"),
                               QStringLiteral("-c"),
                               QStringLiteral("50"),
                               QStringLiteral("-d"),
                               QStringLiteral("2m"),
                               QStringLiteral("--rate"),
                               QStringLiteral("250.5"),
                               QStringLiteral("--requests"),
                               QStringLiteral("999"),
                               QStringLiteral("--timeout"),
                               QStringLiteral("750ms"),
                               QStringLiteral("--workers"),
                               QStringLiteral("3"),
                               QStringLiteral("--method"),
                               QStringLiteral("post"),
                               QStringLiteral("-H"),
                               QStringLiteral("X-Test:  yes "),
                               QStringLiteral("--body"),
                               QStringLiteral("{}"),
                               QStringLiteral("--json"),
                               QStringLiteral("out.json"),
                               QStringLiteral("--allow-remote"),
                               QStringLiteral("--insecure"),
                               QStringLiteral("--curl")};
        QVERIFY2(LoadCommand::parseRunArguments(command(args), &options, &error), qPrintable(error));
        const load::LoadPlan& plan = options.plan;
        QVERIFY(plan.model == load::LoadModel::Open);
        QCOMPARE(plan.ratePerSecond, 250.5);
        QCOMPARE(plan.users, 50);
        QCOMPARE(plan.durationMs, 120'000);
        QCOMPARE(plan.maxRequests, 999);
        QCOMPARE(plan.requestTimeoutMs, 750);
        QCOMPARE(plan.workers, 3);
        QVERIFY(plan.allowRemote);
        QVERIFY(!plan.verifyTls);
        QVERIFY(plan.useCurlForPlainHttp);
        QCOMPARE(plan.requests[0].method, QByteArray("POST"));
        QCOMPARE(plan.requests[0].body, std::string("{}"));
        QCOMPARE(plan.requests[0].headers.size(), std::size_t(1));
        QCOMPARE(plan.requests[0].headers[0].first, std::string("X-Test"));
        QCOMPARE(plan.requests[0].headers[0].second, std::string("yes"));
        QCOMPARE(options.jsonFile, QStringLiteral("out.json"));
    }

    void closedModelOptions()
    {
        LoadRunOptions options;
        QString error;
        QVERIFY2(LoadCommand::parseRunArguments(
                     command({QStringLiteral("--url"), QStringLiteral("http://[::1]:9/"),
                              QStringLiteral("--think"), QStringLiteral("20ms"), QStringLiteral("--ramp-up"),
                              QStringLiteral("2s"), QStringLiteral("--model"), QStringLiteral("closed")}),
                     &options, &error),
                 qPrintable(error));
        QCOMPARE(options.plan.thinkTimeMs, 20);
        QCOMPARE(options.plan.rampUpMs, 2000);
    }

    void badOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("http://127.0.0.1/");
        QTest::newRow("connections") << QStringList{QStringLiteral("--url"), url, QStringLiteral("-c"),
                                                    QStringLiteral("0")}
                                     << QStringLiteral("--connections");
        QTest::newRow("requests") << QStringList{QStringLiteral("--url"), url, QStringLiteral("--requests"),
                                                 QStringLiteral("-5")}
                                  << QStringLiteral("--requests");
        QTest::newRow("timeout") << QStringList{QStringLiteral("--url"), url, QStringLiteral("--timeout"),
                                                QStringLiteral("0s")}
                                 << QStringLiteral("--timeout");
        QTest::newRow("ramp-up longer than the run")
            << QStringList{QStringLiteral("--url"),     url,
                           QStringLiteral("-d"),        QStringLiteral("1s"),
                           QStringLiteral("--ramp-up"), QStringLiteral("2s")}
            << QStringLiteral("--ramp-up");
        QTest::newRow("think in open") << QStringList{QStringLiteral("--url"),   url,
                                                      QStringLiteral("--rate"),  QStringLiteral("5"),
                                                      QStringLiteral("--think"), QStringLiteral("1s")}
                                       << QStringLiteral("closed model");
        QTest::newRow("open without rate")
            << QStringList{QStringLiteral("--url"), url, QStringLiteral("--model"), QStringLiteral("open")}
            << QStringLiteral("--rate");
        QTest::newRow("not http") << QStringList{QStringLiteral("--url"), QStringLiteral("ftp://127.0.0.1/")}
                                  << QStringLiteral("not an http(s) URL");
        QTest::newRow("header") << QStringList{QStringLiteral("--url"), url, QStringLiteral("-H"),
                                               QStringLiteral("nocolon")}
                                << QStringLiteral("--header");
        QTest::newRow("no run") << QStringList{} << QStringLiteral("perfdash load run");
    }

    void badOptionsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        LoadRunOptions options;
        QString error;
        const QStringList arguments =
            args.isEmpty() ? QStringList{QStringLiteral("perfdash"), QStringLiteral("load")} : command(args);
        QVERIFY(!LoadCommand::parseRunArguments(arguments, &options, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QStringLiteral("10s") << qint64(10'000);
        QTest::newRow("bare") << QStringLiteral("3") << qint64(3000);
        QTest::newRow("ms") << QStringLiteral("250ms") << qint64(250);
        QTest::newRow("fraction") << QStringLiteral("1.5s") << qint64(1500);
        QTest::newRow("minutes") << QStringLiteral("2m") << qint64(120'000);
        QTest::newRow("hours") << QStringLiteral("1h") << qint64(3'600'000);
        QTest::newRow("bad unit") << QStringLiteral("5d") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1s") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        std::int64_t got = -1;
        QCOMPARE(LoadCommand::parseDuration(text, &got), ms >= 0);
        if (ms >= 0)
            QCOMPARE(got, ms);
    }
};

QTEST_APPLESS_MAIN(TestLoadCommand)
#include "tst_loadcommand.moc"
