// The Settings page: every list and field of the workspace is shown and editable, edits are
// checked by the model's rules with the field at fault marked, Apply carries the edited
// configuration (as it will read back from the file) and Revert drops the edits.
#include "healthprobeform.h"
#include "jsonendpointform.h"
#include "postgressourceform.h"
#include "redissourceform.h"
#include "scrapetargetform.h"
#include "secretsourceedit.h"
#include "settingspage.h"
#include "sourcelisteditor.h"
#include "storageform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {
WorkspaceConfig sampleConfig()
{
    WorkspaceConfig config = WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:18080")));
    config.demo = false;
    config.name = QStringLiteral("erp");
    ScrapeTarget erp;
    erp.name = QStringLiteral("erp-api");
    erp.url = QUrl(QStringLiteral("https://erp.example:8443/metrics"));
    erp.intervalMs = 15000;
    erp.timeoutMs = 10000;
    erp.caFile = QStringLiteral("/etc/ssl/erp-ca.pem");
    erp.auth = ScrapeTarget::Auth::Bearer;
    erp.secret.environmentVariable = QStringLiteral("ERP_METRICS_TOKEN");
    config.targets.append(erp);
    PostgresSource pg;
    pg.name = QStringLiteral("erp-db");
    pg.conninfo = QStringLiteral("host=db.example port=5432 user=perfdash_monitor dbname=erp");
    config.postgres.append(pg);
    RedisSource redis;
    redis.name = QStringLiteral("celery-broker");
    redis.host = QStringLiteral("cache.example");
    redis.username = QStringLiteral("perfdash");
    redis.password.environmentVariable = QStringLiteral("REDIS_PASSWORD");
    redis.queueKeys = {QStringLiteral("celery"), QStringLiteral("imports")};
    config.redis.append(redis);
    return config;
}

template<typename T>
T* field(QWidget* form, const char* name)
{
    T* widget = form->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no field %s in %s", name, qPrintable(form->objectName()));
    return widget;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private:
    SettingsPage* page = nullptr;
    QTabWidget* tabs = nullptr;
    QPushButton* apply = nullptr;
    QPushButton* revert = nullptr;

    QWidget* form(const char* key) const
    {
        return page->findChild<QWidget*>(QLatin1String(key) + QStringLiteral("Form"));
    }
    SourceListEditor* list(const char* key) const
    {
        return page->findChild<SourceListEditor*>(QLatin1String(key) + QStringLiteral("List"));
    }
    QString stateText() const { return page->findChild<QLabel*>(QStringLiteral("settingsState"))->text(); }

private slots:
    void init()
    {
        page = new SettingsPage;
        page->resize(990, 690);
        page->setConfigFile(QStringLiteral("/home/qa/.local/share/perfdash/erp/workspace.json"));
        page->setConfig(sampleConfig());
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        tabs = page->findChild<QTabWidget*>(QStringLiteral("settingsSections"));
        apply = page->findChild<QPushButton*>(QStringLiteral("applySettings"));
        revert = page->findChild<QPushButton*>(QStringLiteral("revertSettings"));
        QVERIFY(tabs && apply && revert);
    }

    void cleanup()
    {
        delete page;
        page = nullptr;
    }

    void showsEveryListWithItsEntries()
    {
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        QCOMPARE(titles,
                 QStringList({QStringLiteral("Scrape targets (2)"), QStringLiteral("Health probes (1)"),
                              QStringLiteral("JSON endpoints (1)"), QStringLiteral("PostgreSQL (1)"),
                              QStringLiteral("Redis (1)"), QStringLiteral("Prometheus servers (0)"),
                              QStringLiteral("Storage"), QStringLiteral("Alert rules (7)"),
                              QStringLiteral("Notifications")}));
        QCOMPARE(list("targets")->count(), 2);
        QCOMPARE(list("targets")->currentRow(), 0);
        list("targets")->setCurrentRow(1);
        QWidget* targets = form("targets");
        QCOMPARE(field<QLineEdit>(targets, "url")->text(),
                 QStringLiteral("https://erp.example:8443/metrics"));
        QCOMPARE(field<QSpinBox>(targets, "intervalMs")->value(), 15000);
        QCOMPARE(field<QSpinBox>(targets, "timeoutMs")->value(), 10000);
        QCOMPARE(field<QLineEdit>(targets, "caFile")->text(), QStringLiteral("/etc/ssl/erp-ca.pem"));
        QCOMPARE(field<QComboBox>(targets, "auth.type")->currentText(), QStringLiteral("Bearer token"));
        QVERIFY(!field<QLineEdit>(targets, "auth.username")->isEnabled()); // a bearer token has no user
        QCOMPARE(field<QLineEdit>(targets, "secretReference")->text(), QStringLiteral("ERP_METRICS_TOKEN"));
        QVERIFY2(field<QLabel>(targets, "secretHelp")
                     ->text()
                     .contains(QStringLiteral("Name of the environment variable that holds the token")),
                 qPrintable(field<QLabel>(targets, "secretHelp")->text()));

        QWidget* probes = form("probes");
        QCOMPARE(field<QLineEdit>(probes, "jsonField")->text(), QStringLiteral("status"));
        QCOMPARE(field<QLineEdit>(probes, "expectedValue")->text(), QStringLiteral("ok"));
        QCOMPARE(field<QSpinBox>(probes, "failuresBeforeDown")->value(), 3);
        auto* mappings = field<QTableWidget>(form("jsonEndpoints"), "mappings");
        QCOMPARE(mappings->rowCount(), int(JsonEndpoint::performanceMetricsMappings().size()));
        QCOMPARE(field<QLabel>(form("postgres"), "connectsTo")->text(),
                 QStringLiteral("postgresql://perfdash_monitor@db.example:5432/erp"));
        QCOMPARE(field<QPlainTextEdit>(form("redis"), "queueKeys")->toPlainText(),
                 QStringLiteral("celery\nimports"));
        QCOMPARE(field<QSpinBox>(form("storage"), "retentionDays")->value(), 30);

        QCOMPARE(stateText(), QStringLiteral("Saved"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(!revert->isEnabled());
        QVERIFY(page->problems().isEmpty());
    }

    void aBadUrlIsShownAtItsFieldAndBlocksApply()
    {
        QWidget* targets = form("targets");
        auto* url = field<QLineEdit>(targets, "url");
        retype(url, QStringLiteral("erp.example/metrics"));
        QCOMPARE(page->problems(),
                 QStringList(QStringLiteral(
                     "targets[0].url: expected an http:// or https:// URL, got \"erp.example/metrics\"")));
        QVERIFY(!apply->isEnabled());
        QVERIFY(revert->isEnabled());
        QVERIFY2(stateText().contains(QStringLiteral("Unsaved changes")), qPrintable(stateText()));
        // At the field, in the form, in the list and on the tab.
        QVERIFY(url->toolTip().startsWith(QStringLiteral("url: expected an http://")));
        auto* formProblems = field<QLabel>(targets, "formProblems");
        QVERIFY(formProblems->isVisible());
        QVERIFY(formProblems->text().contains(QStringLiteral("url: expected an http://")));
        auto* entries = list("targets")->findChild<QListWidget*>(QStringLiteral("entries"));
        QVERIFY(entries->item(0)->toolTip().contains(QStringLiteral("url:")));
        QVERIFY(!tabs->tabIcon(0).isNull());
        auto* problemList = page->findChild<QLabel*>(QStringLiteral("settingsProblems"));
        QVERIFY(problemList->isVisible());
        QVERIFY(problemList->text().contains(QStringLiteral("targets[0].url")));
        QVERIFY(QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR)));
        QVERIFY(page->grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/settings-invalid-url.png")));

        // Fixed: Apply sends the edit.
        QSignalSpy applied(page, &SettingsPage::applyRequested);
        retype(url, QStringLiteral("http://127.0.0.1:18081/metrics"));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(!formProblems->isVisible());
        QVERIFY(url->toolTip().isEmpty());
        QVERIFY(tabs->tabIcon(0).isNull());
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const auto sent = applied.first().first().value<WorkspaceConfig>();
        WorkspaceConfig expected = sampleConfig();
        expected.targets[0].url = QUrl(QStringLiteral("http://127.0.0.1:18081/metrics"));
        QCOMPARE(sent, expected);
        // Until the saver answers, the page still holds unsaved edits.
        QVERIFY(page->hasUnsavedChanges());
        page->setConfig(sent);
        page->applySucceeded(QStringLiteral("Saved."));
        QVERIFY(!page->hasUnsavedChanges());
        QCOMPARE(page->message(), QStringLiteral("Saved."));
        QVERIFY(!apply->isEnabled());
    }

    void aTimeoutOverTheIntervalIsRefused()
    {
        QWidget* targets = form("targets");
        field<QSpinBox>(targets, "intervalMs")->setValue(1000);
        QCOMPARE(page->problems(),
                 QStringList(QStringLiteral("targets[0].timeoutMs: must not exceed intervalMs (1000)")));
        QVERIFY(!field<QSpinBox>(targets, "timeoutMs")->toolTip().isEmpty());
        field<QSpinBox>(targets, "timeoutMs")->setValue(800);
        QVERIFY(page->problems().isEmpty());
        QVERIFY(apply->isEnabled());
    }

    void duplicateThenSameNameIsRefused()
    {
        SourceListEditor* probes = list("probes");
        tabs->setCurrentIndex(1);
        QTest::mouseClick(probes->findChild<QPushButton*>(QStringLiteral("duplicate")), Qt::LeftButton);
        QCOMPARE(probes->count(), 2);
        QCOMPARE(probes->currentRow(), 1);
        QCOMPARE(page->editedConfig().probes.at(1).name, QStringLiteral("demo-target health copy"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Health probes (2)"));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(apply->isEnabled());

        retype(field<QLineEdit>(form("probes"), "name"), QStringLiteral("demo-target health"));
        QCOMPARE(page->problems(),
                 QStringList(QStringLiteral("probes[1].name: \"demo-target health\" is used twice")));
        QVERIFY(!apply->isEnabled());
        QVERIFY(!field<QLineEdit>(form("probes"), "name")->toolTip().isEmpty());

        QTest::mouseClick(probes->findChild<QPushButton*>(QStringLiteral("remove")), Qt::LeftButton);
        QCOMPARE(probes->count(), 1);
        QVERIFY(page->problems().isEmpty());
        QVERIFY(!page->hasUnsavedChanges()); // back to what was saved
        QVERIFY(!apply->isEnabled());
    }

    void addedEntriesSayWhatTheyStillNeed()
    {
        SourceListEditor* probes = list("probes");
        QTest::mouseClick(probes->findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
        QCOMPARE(probes->currentRow(), 1);
        QCOMPARE(page->editedConfig().probes.at(1).name, QStringLiteral("probe"));
        QCOMPARE(page->problems(), QStringList(QStringLiteral("probes[1].url: missing or empty")));
        QWidget* probeForm = form("probes");
        retype(field<QLineEdit>(probeForm, "url"), QStringLiteral("http://127.0.0.1:18080/ready"));
        field<QComboBox>(probeForm, "method")->setCurrentText(QStringLiteral("HEAD"));
        field<QSpinBox>(probeForm, "expectedStatus")->setValue(204);
        field<QSpinBox>(probeForm, "failuresBeforeDown")->setValue(5);
        QVERIFY(!field<QLineEdit>(probeForm, "expectedValue")->isEnabled()); // no JSON field yet
        retype(field<QLineEdit>(probeForm, "jsonField"), QStringLiteral("components.database.status"));
        QVERIFY(field<QLineEdit>(probeForm, "expectedValue")->isEnabled());
        QCOMPARE(page->problems(), QStringList(QStringLiteral("probes[1].expectedValue: missing or empty")));
        retype(field<QLineEdit>(probeForm, "expectedValue"), QStringLiteral("up"));
        QVERIFY(page->problems().isEmpty());

        QSignalSpy applied(page, &SettingsPage::applyRequested);
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(applied.count(), 1);
        const HealthProbe probe = applied.first().first().value<WorkspaceConfig>().probes.at(1);
        QCOMPARE(probe.url, QUrl(QStringLiteral("http://127.0.0.1:18080/ready")));
        QCOMPARE(probe.method, QByteArray("HEAD"));
        QCOMPARE(probe.expectedStatus, 204);
        QCOMPARE(probe.failuresBeforeDown, 5);
        QCOMPARE(probe.jsonField, QStringLiteral("components.database.status"));
        QCOMPARE(probe.expectedValue, QStringLiteral("up"));
    }

    void secretsAreReferencesOnly()
    {
        QWidget* targets = form("targets");
        field<QComboBox>(targets, "auth.type")->setCurrentIndex(1); // basic
        QVERIFY(field<QLineEdit>(targets, "auth.username")->isEnabled());
        QCOMPARE(page->problems(),
                 QStringList({QStringLiteral("targets[0].auth.username: missing or empty")}));
        retype(field<QLineEdit>(targets, "auth.username"), QStringLiteral("scraper"));
        QCOMPARE(page->problems(),
                 QStringList({QStringLiteral("targets[0].auth.secretEnv: set secretEnv or secretFile")}));
        QVERIFY2(field<QLabel>(targets, "secretHelp")
                     ->text()
                     .contains(QStringLiteral("Name of the environment variable that holds the password")),
                 qPrintable(field<QLabel>(targets, "secretHelp")->text()));
        // A password typed where the variable's name belongs is refused, and not repeated.
        retype(field<QLineEdit>(targets, "secretReference"), QStringLiteral("s3cr3t!pass"));
        QCOMPARE(page->problems().size(), 1);
        QVERIFY2(page->problems().first().startsWith(QStringLiteral("targets[0].auth.secretEnv: expected the "
                                                                    "name of an environment variable")),
                 qPrintable(page->problems().first()));
        QVERIFY(!page->problems().first().contains(QStringLiteral("s3cr3t")));
        QVERIFY(!apply->isEnabled());

        // From a file instead.
        field<QComboBox>(targets, "secretKind")->setCurrentText(QStringLiteral("File"));
        QVERIFY(field<QLabel>(targets, "secretHelp")->text().contains(QStringLiteral("first line")));
        retype(field<QLineEdit>(targets, "secretReference"), QStringLiteral("/run/secrets/scrape-password"));
        QVERIFY(page->problems().isEmpty());
        const ScrapeTarget edited = page->editedConfig().targets.first();
        QCOMPARE(edited.auth, ScrapeTarget::Auth::Basic);
        QCOMPARE(edited.username, QStringLiteral("scraper"));
        QCOMPARE(edited.secret.file, QStringLiteral("/run/secrets/scrape-password"));
        QVERIFY(edited.secret.environmentVariable.isEmpty());
        QVERIFY(!page->editedConfig().toJson().contains("s3cr3t"));
    }

    void databaseAndCacheSources()
    {
        tabs->setCurrentIndex(3);
        QWidget* pg = form("postgres");
        retype(field<QLineEdit>(pg, "conninfo"),
               QStringLiteral("host=db.example user=monitor password=hunter2"));
        QCOMPARE(page->problems().size(), 1);
        QVERIFY2(page->problems().first().startsWith(QStringLiteral("postgres[0].conninfo: ")),
                 qPrintable(page->problems().first()));
        QVERIFY(!page->problems().first().contains(QStringLiteral("hunter2")));
        retype(field<QLineEdit>(pg, "conninfo"), QStringLiteral("service=erp"));
        QCOMPARE(field<QLabel>(pg, "connectsTo")->text(), QStringLiteral("service=erp"));
        field<QSpinBox>(pg, "topN")->setValue(25);
        field<QSpinBox>(pg, "statementTimeoutMs")->setValue(3000);

        tabs->setCurrentIndex(4);
        QWidget* redis = form("redis");
        auto* keys = field<QPlainTextEdit>(redis, "queueKeys");
        keys->setPlainText(QStringLiteral("celery\n\n  reports  \n"));
        retype(field<QLineEdit>(redis, "queueDiscovery"), QStringLiteral("queue:*"));
        QVERIFY(field<QSpinBox>(redis, "queueDiscovery.maxKeys")->isEnabled());
        field<QSpinBox>(redis, "queueDiscovery.maxKeys")->setValue(200);
        field<QSpinBox>(redis, "db")->setValue(2);
        field<QComboBox>(redis, "secretKind")->setCurrentText(QStringLiteral("None"));
        // An ACL user needs a password source: the model says so and the field is marked.
        QCOMPARE(page->problems(),
                 QStringList(QStringLiteral("redis[0].auth.secretEnv: set secretEnv or secretFile")));
        QVERIFY(!field<SecretSourceEdit>(redis, "auth.secretEnv")->toolTip().isEmpty());
        field<QComboBox>(redis, "secretKind")->setCurrentText(QStringLiteral("Environment variable"));
        retype(field<QLineEdit>(redis, "secretReference"), QStringLiteral("REDIS_MONITOR_PASSWORD"));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(page->grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/settings-redis.png")));

        tabs->setCurrentIndex(5);
        QWidget* storage = form("storage");
        field<QSpinBox>(storage, "maxFileMiB")->setValue(8);
        QCOMPARE(page->problems(),
                 QStringList(QStringLiteral("storage.maxFileMiB: must be 0 (no limit) or at least 16")));
        QVERIFY(!field<QSpinBox>(storage, "maxFileMiB")->toolTip().isEmpty());
        field<QSpinBox>(storage, "maxFileMiB")->setValue(2048);
        field<QSpinBox>(storage, "retentionDays")->setValue(7);

        QSignalSpy applied(page, &SettingsPage::applyRequested);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const auto sent = applied.first().first().value<WorkspaceConfig>();
        QCOMPARE(sent.postgres.first().conninfo, QStringLiteral("service=erp"));
        QCOMPARE(sent.postgres.first().topN, 25);
        QCOMPARE(sent.postgres.first().statementTimeoutMs, 3000);
        const RedisSource& r = sent.redis.first();
        QCOMPARE(r.queueKeys, QStringList({QStringLiteral("celery"), QStringLiteral("reports")}));
        QCOMPARE(r.queueDiscoveryPattern, QStringLiteral("queue:*"));
        QCOMPARE(r.discoveryMaxKeys, 200);
        QCOMPARE(r.db, 2);
        QCOMPARE(r.password.environmentVariable, QStringLiteral("REDIS_MONITOR_PASSWORD"));
        QCOMPARE(sent.storage, (StorageSettings{7, 2048}));
        QVERIFY(page->grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/settings-storage.png")));
    }

    void jsonEndpointMappings()
    {
        tabs->setCurrentIndex(2);
        QWidget* endpoints = form("jsonEndpoints");
        auto* table = field<QTableWidget>(endpoints, "mappings");
        table->setRowCount(0);
        QTest::mouseClick(endpoints->findChild<QPushButton*>(QStringLiteral("removeMapping")),
                          Qt::LeftButton);
        QTest::mouseClick(endpoints->findChild<QPushButton*>(QStringLiteral("addMapping")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!page->problems().isEmpty()); // an empty mapping
        table->item(0, 0)->setText(QStringLiteral("queues.*.length"));
        table->item(0, 1)->setText(QStringLiteral("queue_length"));
        QCOMPARE(page->problems(), QStringList(QStringLiteral(
                                       "jsonEndpoints[0].mappings[0].labels: needs one label name per '*' "
                                       "in path")));
        QVERIFY(!table->toolTip().isEmpty());
        table->item(0, 2)->setText(QStringLiteral("queue"));
        QVERIFY(page->problems().isEmpty());
        QCOMPARE(page->editedConfig().jsonEndpoints.first().mappings,
                 QList<JsonMapping>({{QStringLiteral("queues.*.length"),
                                      QStringLiteral("queue_length"),
                                      {QStringLiteral("queue")}}}));
        QTest::mouseClick(endpoints->findChild<QPushButton*>(QStringLiteral("presetMappings")),
                          Qt::LeftButton);
        QCOMPARE(page->editedConfig().jsonEndpoints.first().mappings,
                 JsonEndpoint::performanceMetricsMappings());
        QVERIFY(!page->hasUnsavedChanges());
    }

    void revertRestoresTheSavedConfiguration()
    {
        QWidget* targets = form("targets");
        retype(field<QLineEdit>(targets, "name"), QStringLiteral("renamed"));
        tabs->setCurrentIndex(4);
        list("redis")->findChild<QPushButton*>(QStringLiteral("remove"))->click();
        QCOMPARE(tabs->tabText(4), QStringLiteral("Redis (0)"));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("redisEmpty"))->isVisibleTo(page));
        QVERIFY(page->hasUnsavedChanges());
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(page->editedConfig(), sampleConfig());
        QVERIFY(!page->hasUnsavedChanges());
        QCOMPARE(field<QLineEdit>(targets, "name")->text(), QStringLiteral("demo-target"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("Redis (1)"));
        QCOMPARE(list("targets")->findChild<QListWidget*>(QStringLiteral("entries"))->item(0)->text(),
                 QStringLiteral("demo-target"));
        QVERIFY(!revert->isEnabled());
        QCOMPARE(stateText(), QStringLiteral("Saved"));
    }

    void aFileChangedOnDiskIsShownUnlessThereAreEdits()
    {
        WorkspaceConfig onDisk = sampleConfig();
        onDisk.storage.retentionDays = 90;
        page->configChangedOnDisk(onDisk);
        QCOMPARE(page->editedConfig(), onDisk);
        QCOMPARE(field<QSpinBox>(form("storage"), "retentionDays")->value(), 90);
        QVERIFY(page->message().contains(QStringLiteral("changed on disk")));

        // With unsaved edits, they stay; Revert then shows the file's version.
        retype(field<QLineEdit>(form("targets"), "name"), QStringLiteral("mine"));
        onDisk.storage.retentionDays = 60;
        page->configChangedOnDisk(onDisk);
        QCOMPARE(page->editedConfig().targets.first().name, QStringLiteral("mine"));
        QCOMPARE(page->editedConfig().storage.retentionDays, 90);
        QVERIFY(page->message().contains(QStringLiteral("Your unsaved edits are kept")));
        QVERIFY(page->hasUnsavedChanges());
        page->revert();
        QCOMPARE(page->editedConfig(), onDisk);
    }

    void aFailedSaveKeepsTheEdits()
    {
        retype(field<QLineEdit>(form("targets"), "name"), QStringLiteral("mine"));
        QSignalSpy applied(page, &SettingsPage::applyRequested);
        connect(page, &SettingsPage::applyRequested, page, [this] {
            page->applyFailed(QStringLiteral("cannot write workspace.json: Permission denied"));
        });
        apply->click();
        QCOMPARE(applied.count(), 1);
        QVERIFY(page->message().contains(
            QStringLiteral("Not saved: cannot write workspace.json: Permission denied")));
        QVERIFY(page->message().contains(QStringLiteral("edits are kept")));
        QCOMPARE(page->editedConfig().targets.first().name, QStringLiteral("mine"));
        QVERIFY(page->hasUnsavedChanges());
        QVERIFY(apply->isEnabled()); // try again
    }

    void theDemoWorkspaceSaysWhatIsRewritten()
    {
        WorkspaceConfig demo = sampleConfig();
        demo.demo = true;
        page->setConfig(demo);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("settingsDemoNote"))->isVisible());
        page->setConfig(sampleConfig());
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("settingsDemoNote"))->isVisible());
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
