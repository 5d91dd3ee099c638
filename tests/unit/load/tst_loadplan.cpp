// Plans that cannot run are refused with a message naming the field; remote targets need consent.
#include "loadrun.h"

#include <QTest>

using namespace load;

namespace {
LoadPlan validPlan()
{
    LoadPlan plan;
    PlannedRequest request;
    request.name = QStringLiteral("home");
    request.url = "http://127.0.0.1:8088/";
    plan.requests.push_back(request);
    return plan;
}
} // namespace

class TestLoadPlan : public QObject
{
    Q_OBJECT
private slots:
    void validPlanPasses()
    {
        QCOMPARE(planError(validPlan()), QString());
        LoadPlan v6 = validPlan();
        v6.requests[0].url = "http://[::1]:8088/x";
        QCOMPARE(planError(v6), QString());
        LoadPlan named = validPlan();
        named.requests[0].url = "https://localhost/";
        QCOMPARE(planError(named), QString());
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("needle");
        QTest::newRow("users") << QStringLiteral("users") << QStringLiteral("users must be");
        QTest::newRow("duration") << QStringLiteral("durationMs") << QStringLiteral("durationMs");
        QTest::newRow("maxRequests") << QStringLiteral("maxRequests") << QStringLiteral("bounded");
        QTest::newRow("timeout") << QStringLiteral("requestTimeoutMs") << QStringLiteral("requestTimeoutMs");
        QTest::newRow("rampUp") << QStringLiteral("rampUpMs") << QStringLiteral("rampUpMs");
        QTest::newRow("rate") << QStringLiteral("ratePerSecond") << QStringLiteral("ratePerSecond");
        QTest::newRow("workers") << QStringLiteral("workers") << QStringLiteral("workers");
        QTest::newRow("url") << QStringLiteral("url") << QStringLiteral("requests[0].url");
        QTest::newRow("remote") << QStringLiteral("remote") << QStringLiteral("allowRemote");
        QTest::newRow("weight") << QStringLiteral("weight") << QStringLiteral("requests[0].weight");
        QTest::newRow("rendered remote") << QStringLiteral("render") << QStringLiteral("url (rendered)");
        QTest::newRow("no requests") << QStringLiteral("requests") << QStringLiteral("at least one request");
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, needle);
        LoadPlan plan = validPlan();
        if (field == QLatin1String("users"))
            plan.users = 0;
        else if (field == QLatin1String("durationMs"))
            plan.durationMs = 0;
        else if (field == QLatin1String("maxRequests"))
            plan.maxRequests = 0;
        else if (field == QLatin1String("requestTimeoutMs"))
            plan.requestTimeoutMs = -1;
        else if (field == QLatin1String("rampUpMs"))
            plan.rampUpMs = plan.durationMs + 1;
        else if (field == QLatin1String("ratePerSecond"))
            plan.model = LoadModel::Open; // with no rate
        else if (field == QLatin1String("workers"))
            plan.workers = -2;
        else if (field == QLatin1String("url"))
            plan.requests[0].url = "ftp://127.0.0.1/";
        else if (field == QLatin1String("remote"))
            plan.requests[0].url = "http://example.com/";
        else if (field == QLatin1String("weight"))
            plan.requests[0].weight = 0;
        else if (field == QLatin1String("render"))
            plan.requests[0].render = [](std::uint64_t, std::uint64_t&, std::string& url, std::string&) {
                url = "http://203.0.113.9/";
            };
        else if (field == QLatin1String("requests"))
            plan.requests.clear();
        const QString error = planError(plan);
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    void allowRemoteLetsARemoteTargetThrough()
    {
        LoadPlan plan = validPlan();
        plan.requests[0].url = "http://example.com/";
        plan.allowRemote = true;
        QCOMPARE(planError(plan), QString());
    }

    void percentileMethodNamesTheCorrection()
    {
        QVERIFY(percentileMethod(LoadModel::Open).contains(QLatin1String("intended send")));
        QVERIFY(!percentileMethod(LoadModel::Closed).contains(QLatin1String("intended send")));
        QVERIFY(percentileMethod(LoadModel::Closed).contains(QLatin1String("3 significant digits")));
    }
};

QTEST_APPLESS_MAIN(TestLoadPlan)
#include "tst_loadplan.moc"
