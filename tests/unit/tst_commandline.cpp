#include "commandline.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("errorPart");
        const QString exe = QStringLiteral("perfdash");
        QTest::newRow("nothing") << QStringList{exe} << false << QStringLiteral("default") << QString()
                                 << QString();
        QTest::newRow("demo") << QStringList{exe, QStringLiteral("--demo")} << true << QStringLiteral("demo")
                              << QString() << QString();
        QTest::newRow("named workspace") << QStringList{exe, QStringLiteral("-w"), QStringLiteral("erp")}
                                         << false << QStringLiteral("erp") << QString() << QString();
        QTest::newRow("page") << QStringList{exe, QStringLiteral("--page"), QStringLiteral("alerts")} << false
                              << QStringLiteral("default") << QStringLiteral("alerts") << QString();
        QTest::newRow("unknown page")
            << QStringList{exe, QStringLiteral("--page"), QStringLiteral("nope")} << false
            << QStringLiteral("default") << QStringLiteral("nope") << QStringLiteral("unknown page \"nope\"");
        QTest::newRow("unknown option") << QStringList{exe, QStringLiteral("--bogus")} << false << QString()
                                        << QString() << QStringLiteral("bogus");
        QTest::newRow("stray argument") << QStringList{exe, QStringLiteral("stray")} << false << QString()
                                        << QString() << QStringLiteral("unexpected argument: stray");
        QTest::newRow("screenshot after, alone")
            << QStringList{exe, QStringLiteral("--screenshot-after"), QStringLiteral("30")} << false
            << QString() << QString() << QStringLiteral("--screenshot-after needs --screenshot");
        QTest::newRow("screenshot after, not a number")
            << QStringList{exe, QStringLiteral("--screenshot"), QStringLiteral("a.png"),
                           QStringLiteral("--screenshot-after"), QStringLiteral("soon")}
            << false << QString() << QString() << QStringLiteral("expects 1 to 3600 seconds");
        QTest::newRow("screenshot after") << QStringList{exe,
                                                         QStringLiteral("--demo"),
                                                         QStringLiteral("--screenshot"),
                                                         QStringLiteral("a.png"),
                                                         QStringLiteral("--screenshot-after"),
                                                         QStringLiteral("40")}
                                          << true << QStringLiteral("demo") << QString() << QString();
    }

    void parses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, demo);
        QFETCH(QString, workspace);
        QFETCH(QString, page);
        QFETCH(QString, errorPart);
        const CommandLineOptions options = CommandLine::parse(arguments);
        if (!errorPart.isEmpty()) {
            QVERIFY2(options.error.contains(errorPart), qPrintable(options.error));
            return;
        }
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.demo, demo);
        QCOMPARE(options.workspace, workspace);
        QCOMPARE(options.page, page);
    }

    void themeAndRefresh()
    {
        const QString exe = QStringLiteral("perfdash");
        CommandLineOptions options =
            CommandLine::parse({exe, QStringLiteral("--theme"), QStringLiteral("dark"),
                                QStringLiteral("--refresh"), QStringLiteral("1")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.theme, QStringLiteral("dark"));
        QCOMPARE(options.refreshSeconds, 1);
        options = CommandLine::parse({exe});
        QCOMPARE(options.theme, QString());
        QCOMPARE(options.refreshSeconds, 0);
        options = CommandLine::parse({exe, QStringLiteral("--theme"), QStringLiteral("purple")});
        QCOMPARE(options.error, QStringLiteral("--theme expects system, light or dark"));
        options = CommandLine::parse({exe, QStringLiteral("--window-size"), QStringLiteral("1500x1700")});
        QCOMPARE(options.windowSize, QSize(1500, 1700));
        options = CommandLine::parse({exe, QStringLiteral("--window-size"), QStringLiteral("big")});
        QVERIFY2(options.error.startsWith(QStringLiteral("--window-size expects")),
                 qPrintable(options.error));
        options = CommandLine::parse({exe, QStringLiteral("--refresh"), QStringLiteral("2")});
        QCOMPARE(options.error, QStringLiteral("--refresh expects 1, 5, 10, 30 or 60 seconds"));
    }

    void helpListsEveryPage()
    {
        const QString help = CommandLine::helpText();
        for (const char* id :
             {"overview", "endpoints", "database", "cache", "load", "alerts", "reports", "settings"})
            QVERIFY2(help.contains(QLatin1String(id)), id);
        QVERIFY(help.contains(QStringLiteral("--screenshot")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
