// "Pick services…" against a real Prometheus scraping two real demo targets: the server's targets
// are listed with their health, checking them gives the source's services, and a server that
// cannot be reached says so in the dialog.
#include "demotargetprocess.h"
#include "prometheusprocess.h"
#include "prometheusserverform.h"
#include "prometheustargetsfetcher.h"
#include "servicepickerdialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

class TestServicePicker : public QObject
{
    Q_OBJECT
private:
    DemoTargetProcess m_first;
    DemoTargetProcess m_second;
    std::unique_ptr<PrometheusProcess> m_prometheus;

    static QList<promapi::Target> fetch(const QUrl& url, QString* error)
    {
        PrometheusServer server;
        server.name = QStringLiteral("fleet");
        server.url = url;
        server.timeoutMs = 5000;
        PrometheusTargetsFetcher fetcher;
        QSignalSpy spy(&fetcher, &PrometheusTargetsFetcher::fetched);
        fetcher.fetch(server);
        if (!spy.wait(20000)) {
            *error = QStringLiteral("no answer");
            return {};
        }
        *error = spy.first().at(1).toString();
        return spy.first().first().value<QList<promapi::Target>>();
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
        qRegisterMetaType<QList<promapi::Target>>();
        QVERIFY2(m_first.start(), qPrintable(m_first.errorString()));
        QVERIFY2(m_second.start(), qPrintable(m_second.errorString()));
        m_prometheus = std::make_unique<PrometheusProcess>(
            QStringList{m_first.baseUrl().authority(), m_second.baseUrl().authority()});
        QVERIFY2(m_prometheus->start(), qPrintable(m_prometheus->errorString()));
    }

    void listsTargetsAndKeepsTheChosen()
    {
        // Both targets scraped once, so their health is known.
        QList<promapi::Target> targets;
        QString error;
        QTRY_VERIFY_WITH_TIMEOUT(
            (targets = fetch(m_prometheus->baseUrl(), &error)).size() == 2 &&
                std::all_of(targets.begin(), targets.end(),
                            [](const promapi::Target& t) { return t.health == QLatin1String("up"); }),
            15000);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The source already watches the second instance.
        ServicePickerDialog dialog({{QStringLiteral("demo"), m_second.baseUrl().authority()}});
        dialog.setTargets(targets);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 2);
        int firstRow = -1;
        for (int row = 0; row < 2; ++row) {
            const bool isSecond = table->item(row, 1)->text() == m_second.baseUrl().authority();
            QCOMPARE(table->item(row, 0)->checkState(), isSecond ? Qt::Checked : Qt::Unchecked);
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("up"));
            if (!isSecond)
                firstRow = row;
        }
        QVERIFY(firstRow >= 0);
        QCOMPARE(dialog.chosenServices(),
                 QList<PrometheusService>({{QStringLiteral("demo"), m_second.baseUrl().authority()}}));
        QVERIFY(dialog.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/service-picker.png")));

        // Every instance of the job checked: the job alone, so instances added later are watched too.
        table->item(firstRow, 0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.chosenServices(), QList<PrometheusService>({{QStringLiteral("demo"), {}}}));
        table->item(firstRow, 0)->setCheckState(Qt::Unchecked);
        table->item(1 - firstRow, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.chosenServices().isEmpty());
    }

    // The Settings form's "Pick services…": the dialog asks the server the form points at, and the
    // services checked there become the form's.
    void formPicksServices()
    {
        PrometheusServer server;
        server.name = QStringLiteral("fleet");
        server.url = m_prometheus->baseUrl();
        PrometheusServerForm form;
        form.setValue(server);
        form.resize(640, 720);
        form.show();
        QSignalSpy edited(&form, &SettingsForm::edited);
        form.findChild<QPushButton*>(QStringLiteral("pickServices"))->click();
        auto* dialog = form.findChild<ServicePickerDialog*>();
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 15000);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(table->item(row, 0)->checkState(), Qt::Unchecked);
        table->item(0, 0)->setCheckState(Qt::Checked);
        const QString instance = table->item(0, 1)->text();
        dialog->accept();
        QCOMPARE(form.value().services, QList<PrometheusService>({{QStringLiteral("demo"), instance}}));
        QVERIFY(edited.count() >= 1);
        QVERIFY(form.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/prometheus-server-form.png")));
    }

    void unreachableServerSaysWhy()
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        QString error;
        QVERIFY(fetch(url, &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("transport: 127.0.0.1")), qPrintable(error));
        ServicePickerDialog dialog({});
        dialog.setError(error);
        QVERIFY(dialog.findChild<QLabel*>()->text().contains(error));
        QCOMPARE(dialog.findChild<QTableWidget*>()->rowCount(), 0);
    }
};

QTEST_MAIN(TestServicePicker)
#include "tst_servicepicker.moc"
