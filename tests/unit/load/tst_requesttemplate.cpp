// Request templates: each placeholder renders, unknown ones are refused, seq counts, random_int
// stays in its bounds, and the compiled form renders without re-parsing.
#include "requesttemplate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
std::string render(const load::RequestTemplate& compiled, std::uint64_t seq, std::uint64_t& random)
{
    std::string out;
    compiled.appendTo(out, seq, random);
    return out;
}

load::RequestTemplate compiled(const char* text)
{
    load::RequestTemplate result;
    QString error;
    if (!load::RequestTemplate::compile(QLatin1String(text), &result, &error))
        qFatal("%s", qPrintable(error));
    return result;
}
} // namespace

class TestRequestTemplate : public QObject
{
    Q_OBJECT
private slots:
    void literalIsKeptAsIs()
    {
        const auto t = compiled("/api/v1/crm/customers?page=1");
        QVERIFY(t.isLiteral());
        std::uint64_t random = 1;
        QCOMPARE(render(t, 7, random), std::string("/api/v1/crm/customers?page=1"));
    }

    void seqIsTheSequenceNumber()
    {
        const auto t = compiled("/orders/{{seq}}?again={{ seq }}");
        QVERIFY(!t.isLiteral());
        std::uint64_t random = 1;
        QCOMPARE(render(t, 0, random), std::string("/orders/0?again=0"));
        QCOMPARE(render(t, 1, random), std::string("/orders/1?again=1"));
        QCOMPARE(render(t, 123456789012, random), std::string("/orders/123456789012?again=123456789012"));
    }

    void randomIntStaysWithinItsBounds()
    {
        const auto t = compiled("{{random_int 3 7}}");
        std::uint64_t random = 42;
        QSet<int> seen;
        for (int i = 0; i < 2000; ++i) {
            const int value = std::stoi(render(t, std::uint64_t(i), random));
            QVERIFY2(value >= 3 && value <= 7, qPrintable(QString::number(value)));
            seen.insert(value);
        }
        QCOMPARE(seen.size(), 5); // every value in the range comes up
    }

    void randomIntTakesNegativeAndSingleValueRanges()
    {
        std::uint64_t random = 9;
        QCOMPARE(render(compiled("{{random_int 5 5}}"), 0, random), std::string("5"));
        const int value = std::stoi(render(compiled("{{random_int -10 -1}}"), 0, random));
        QVERIFY(value >= -10 && value <= -1);
    }

    void uuidIsVersion4AndFresh()
    {
        const auto t = compiled("{{uuid}}");
        const QRegularExpression v4(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        std::uint64_t random = 5;
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const QString uuid = QString::fromStdString(render(t, 0, random));
            QVERIFY2(v4.match(uuid).hasMatch(), qPrintable(uuid));
            seen.insert(uuid);
        }
        QCOMPARE(seen.size(), 100);
    }

    void timestampIsTheWallClock()
    {
        std::uint64_t random = 1;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 rendered = std::stoll(render(compiled("{{timestamp_ms}}"), 0, random));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(rendered >= before && rendered <= after);
    }

    void mixesLiteralsAndPlaceholdersInABody()
    {
        const auto t = compiled(R"({"id":{{seq}},"qty":{{random_int 1 1}},"tag":"x"})");
        std::uint64_t random = 1;
        QCOMPARE(render(t, 12, random), std::string(R"({"id":12,"qty":1,"tag":"x"})"));
    }

    void sameSeedSameRendering()
    {
        const auto t = compiled("{{random_int 1 1000000}}-{{uuid}}");
        std::uint64_t a = 77;
        std::uint64_t b = 77;
        QCOMPARE(render(t, 0, a), render(t, 0, b));
        QCOMPARE(a, b);
        std::uint64_t other = 78;
        QVERIFY(render(t, 0, a) != render(t, 0, other));
    }

    void refusesWhatItCannotCompile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringLiteral("/x/{{user_id}}")
                                 << QStringLiteral("unknown template {{user_id}}");
        QTest::newRow("unclosed") << QStringLiteral("/x/{{seq") << QStringLiteral("unclosed {{");
        QTest::newRow("seq with argument")
            << QStringLiteral("{{seq 1}}") << QStringLiteral("takes no arguments");
        QTest::newRow("random_int one bound")
            << QStringLiteral("{{random_int 5}}") << QStringLiteral("random_int a b");
        QTest::newRow("random_int reversed")
            << QStringLiteral("{{random_int 9 1}}") << QStringLiteral("a <= b");
        QTest::newRow("random_int not numbers")
            << QStringLiteral("{{random_int a b}}") << QStringLiteral("two integers");
    }

    void refusesWhatItCannotCompile()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        load::RequestTemplate t;
        QString error;
        QVERIFY(!load::RequestTemplate::compile(text, &t, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void appendsIntoAReusedString()
    {
        const auto t = compiled("/items/{{seq}}");
        std::string out;
        out.reserve(64);
        const char* storage = out.data();
        std::uint64_t random = 1;
        for (std::uint64_t seq = 0; seq < 100; ++seq) {
            out.clear();
            t.appendTo(out, seq, random);
        }
        QCOMPARE(out, std::string("/items/99"));
        QCOMPARE(static_cast<const void*>(out.data()), static_cast<const void*>(storage)); // no reallocation
    }
};

QTEST_GUILESS_MAIN(TestRequestTemplate)
#include "tst_requesttemplate.moc"
