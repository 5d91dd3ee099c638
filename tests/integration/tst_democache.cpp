// The demo target's cache flush (POST /admin/cache/flush), which the cache acceptance step uses to
// make its first reads cold: every cache empties, the next read misses, the one after hits.
#include "demotargetprocess.h"
#include "httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestDemoCache : public QObject
{
    Q_OBJECT

    DemoTargetProcess m_target;

    HttpResponse get(const QString& path) { return httpGet(m_target.url(path)); }
    HttpResponse flush() { return httpRequest("POST", m_target.url(QStringLiteral("/admin/cache/flush"))); }

private slots:
    void initTestCase() { QVERIFY2(m_target.start(), qPrintable(m_target.errorString())); }

    void flushMakesTheNextReadCold()
    {
        const QString customer = QStringLiteral("/api/v1/crm/customers/17");
        const QString page = QStringLiteral("/api/v1/crm/customers?page=3&pageSize=10");
        const QString materials = QStringLiteral("/api/v1/erp/mm/materials?page=2");
        for (const QString& path : {customer, page, materials}) {
            get(path);
            QCOMPARE(get(path).header("X-Cache"), QByteArray("HIT"));
        }
        const HttpResponse flushed = flush();
        QCOMPARE(flushed.status, 200L);
        QVERIFY2(QJsonDocument::fromJson(flushed.body).object().value(QStringLiteral("flushed")).toInt() >= 3,
                 flushed.body.constData());
        for (const QString& path : {customer, page, materials}) {
            QCOMPARE(get(path).header("X-Cache"), QByteArray("MISS"));
            QCOMPARE(get(path).header("X-Cache"), QByteArray("HIT"));
        }
    }

    void flushOfAnEmptyCacheCountsNothing()
    {
        QCOMPARE(flush().status, 200L);
        const HttpResponse again = flush();
        QCOMPARE(again.status, 200L);
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("flushed")).toInt(-1), 0);
    }

    void flushIsAPost() { QCOMPARE(get(QStringLiteral("/admin/cache/flush")).status, 404L); }
};

QTEST_GUILESS_MAIN(TestDemoCache)
#include "tst_democache.moc"
