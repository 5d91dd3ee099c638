// The Settings page's Alert rules and Notifications tabs: rules are edited field by field with the
// model's problems at the field, the kind's own fields come and go with the kind, Prometheus rule
// files are imported through a dialog that lists what maps and what does not, the shipped rules can
// be restored, and the webhook is configured with its token by reference only.
#include "alertruleform.h"
#include "ruleimportdialog.h"
#include "secretsourceedit.h"
#include "settingspage.h"
#include "sourcelisteditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using alerts::AlertRule;
using alerts::RuleKind;

namespace {
// Two rules that map (one named like a shipped rule), a recording rule and an expression perfdash
// does not evaluate.
const QByteArray ruleFile = R"(groups:
  - name: erp-api
    rules:
      - alert: CheckoutSlow
        expr: histogram_quantile(0.99, sum by (le, job) (rate(http_request_duration_seconds_bucket{job="erp-api"}[5m]))) > 1.5
        for: 10m
        labels:
          severity: critical
        annotations:
          summary: "P99 of {{ $labels.job }} is {{ $value }} s"
      - alert: CoreLatencyP95
        expr: app_pool_usage_ratio{pool="default"} > 0.9
        for: 2m
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))
  - name: db
    rules:
      - alert: DatabaseConnectionExhausted
        expr: ef_db_pool_size + ef_db_pool_overflow > 70
        for: 1m
)";

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

QString screenshot(const char* name)
{
    QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
    return QStringLiteral(PERFDASH_SCREENSHOT_DIR "/") + QLatin1String(name);
}

QStringList columnTexts(QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column)->text());
    return texts;
}
} // namespace

class TestAlertRuleSettings : public QObject
{
    Q_OBJECT
private:
    SettingsPage* page = nullptr;
    QTabWidget* tabs = nullptr;
    QPushButton* apply = nullptr;

    // The tabs found by their titles, so a section added before them moves nothing here.
    int tabStartingWith(const QString& title) const
    {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).startsWith(title))
                return i;
        return -1;
    }
    int alertRulesTab = -1;
    int notificationsTab = -1;

    QWidget* rulesForm() const { return page->findChild<QWidget*>(QStringLiteral("alertsForm")); }
    QWidget* alertingForm() const { return page->findChild<QWidget*>(QStringLiteral("alertingForm")); }
    SourceListEditor* rulesList() const
    {
        return page->findChild<SourceListEditor*>(QStringLiteral("alertsList"));
    }
    QPushButton* button(const char* name) const { return page->findChild<QPushButton*>(QLatin1String(name)); }
    void selectKind(RuleKind kind) const
    {
        auto* combo = field<QComboBox>(rulesForm(), "kind");
        combo->setCurrentIndex(combo->findData(int(kind)));
    }

private slots:
    void init()
    {
        page = new SettingsPage;
        page->resize(1040, 760);
        WorkspaceConfig config;
        config.name = QStringLiteral("erp");
        page->setConfig(config);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        tabs = page->findChild<QTabWidget*>(QStringLiteral("settingsSections"));
        apply = page->findChild<QPushButton*>(QStringLiteral("applySettings"));
        QVERIFY(tabs && apply);
        alertRulesTab = tabStartingWith(QStringLiteral("Alert rules"));
        notificationsTab = tabStartingWith(QStringLiteral("Notifications"));
        QVERIFY(alertRulesTab >= 0 && notificationsTab >= 0);
        tabs->setCurrentIndex(alertRulesTab);
    }

    void cleanup()
    {
        delete page;
        page = nullptr;
    }

    void theShippedRulesAreListed()
    {
        QCOMPARE(tabs->tabText(alertRulesTab), QStringLiteral("Alert rules (7)"));
        QCOMPARE(tabs->tabText(notificationsTab), QStringLiteral("Notifications"));
        QCOMPARE(rulesList()->count(), 7);
        QWidget* form = rulesForm();
        QCOMPARE(field<QLineEdit>(form, "name")->text(), QStringLiteral("CoreLatencyP95"));
        QCOMPARE(field<QComboBox>(form, "kind")->currentText(),
                 QStringLiteral("Latency quantile (histogram)"));
        QCOMPARE(field<QComboBox>(form, "comparison")->currentText(), QStringLiteral(">"));
        QCOMPARE(field<QLineEdit>(form, "threshold")->text(), QStringLiteral("0.5"));
        QCOMPARE(field<QLineEdit>(form, "forMs")->text(), QStringLiteral("1m"));
        QCOMPARE(field<QLineEdit>(form, "noDataAfterMs")->text(), QStringLiteral("5m"));
        QCOMPARE(field<QLabel>(form, "conditionPreview")->text(),
                 QStringLiteral("P95 of http_request_duration_seconds[1m] by job > 0.5 for 1m"));
        QVERIFY(page->grab().save(screenshot("settings-alert-rules.png")));
        rulesList()->setCurrentRow(2);
        QCOMPARE(field<QLineEdit>(form, "name")->text(), QStringLiteral("CeleryQueueBacklog"));
        QCOMPARE(field<QLabel>(form, "conditionPreview")->text(),
                 QStringLiteral("queue length by job, source, queue > 50 for 5m"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(page->problems().isEmpty());
    }

    void anEditedThresholdIsApplied()
    {
        QWidget* form = rulesForm();
        retype(field<QLineEdit>(form, "threshold"), QStringLiteral("0.75"));
        retype(field<QLineEdit>(form, "forMs"), QStringLiteral("2m30s"));
        retype(field<QLineEdit>(form, "matchers"), QStringLiteral("job=erp-api"));
        field<QComboBox>(form, "severity")->setCurrentText(QStringLiteral("Critical"));
        QCOMPARE(page->editedConfig().alertRules.first().threshold, 0.75);
        QCOMPARE(page->editedConfig().alertRules.first().forMs, 150'000);
        QCOMPARE(field<QLabel>(form, "conditionPreview")->text(),
                 QStringLiteral(
                     "P95 of http_request_duration_seconds{job=\"erp-api\"}[1m] by job > 0.75 for 2m30s"));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(apply->isEnabled());

        QSignalSpy applied(page, &SettingsPage::applyRequested);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QList<AlertRule> expected = alerts::defaultRules();
        expected[0].threshold = 0.75;
        expected[0].forMs = 150'000;
        expected[0].matchers = {{"job", "erp-api"}};
        expected[0].severity = alerts::Severity::Critical;
        QCOMPARE(applied.first().first().value<WorkspaceConfig>().alertRules, expected);
    }

    void brokenValuesAreShownAtTheirField()
    {
        QTest::mouseClick(rulesList()->findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
        QCOMPARE(rulesList()->currentRow(), 7);
        QCOMPARE(page->editedConfig().alertRules.at(7).name, QStringLiteral("NewRule"));
        QWidget* form = rulesForm();
        // A new rule is a gauge rule; a gauge needs its metric.
        QCOMPARE(page->problems(),
                 QStringList(QStringLiteral("alerts[7].metric: a gauge rule needs the metric it compares")));
        QVERIFY(
            field<QLineEdit>(form, "metric")->toolTip().startsWith(QStringLiteral("metric: a gauge rule")));
        QVERIFY(!apply->isEnabled());
        retype(field<QLineEdit>(form, "metric"), QStringLiteral("app_pool_usage_ratio"));
        retype(field<QLineEdit>(form, "threshold"), QStringLiteral("0.9"));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(apply->isEnabled());

        // A regex matcher is not label=value: the model refuses it, the form says why.
        auto* matchers = field<QLineEdit>(form, "matchers");
        retype(matchers, QStringLiteral("pool=default, job=~erp.*"));
        QCOMPARE(page->problems().size(), 1);
        QVERIFY2(page->problems().first().startsWith(QStringLiteral("alerts[7].matchers: ")),
                 qPrintable(page->problems().first()));
        QVERIFY2(matchers->toolTip().contains(QStringLiteral("\"job=~erp.*\" is not label=value")),
                 qPrintable(matchers->toolTip()));
        QVERIFY(field<QLabel>(form, "formProblems")->text().contains(QStringLiteral("is not label=value")));
        QVERIFY(!apply->isEnabled());
        retype(matchers, QStringLiteral("pool=default, job=\"erp\""));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(matchers->toolTip().isEmpty());
        const std::map<std::string, std::string> expectedMatchers{{"job", "erp"}, {"pool", "default"}};
        QCOMPARE(page->editedConfig().alertRules.at(7).matchers, expectedMatchers);

        // Text that is no duration or no number.
        auto* forMs = field<QLineEdit>(form, "forMs");
        retype(forMs, QStringLiteral("1x"));
        QCOMPARE(page->problems().size(), 1);
        QVERIFY(page->problems().first().startsWith(QStringLiteral("alerts[7].forMs: ")));
        QVERIFY2(forMs->toolTip().contains(QStringLiteral("\"1x\" is not a duration")),
                 qPrintable(forMs->toolTip()));
        retype(forMs, QStringLiteral("90s"));
        auto* threshold = field<QLineEdit>(form, "threshold");
        retype(threshold, QStringLiteral("lots"));
        QCOMPARE(page->problems().size(), 1);
        QVERIFY2(threshold->toolTip().contains(QStringLiteral("\"lots\" is not a number")),
                 qPrintable(threshold->toolTip()));
        retype(threshold, QStringLiteral("0.9"));
        QVERIFY(page->problems().isEmpty());

        // A name used twice.
        auto* name = field<QLineEdit>(form, "name");
        retype(name, QStringLiteral("ProbeDown"));
        QCOMPARE(page->problems(),
                 QStringList(QStringLiteral("alerts[7].name: \"ProbeDown\" is used twice")));
        QVERIFY(!name->toolTip().isEmpty());
        QVERIFY(!tabs->tabIcon(alertRulesTab).isNull());
        QVERIFY(!apply->isEnabled());
        retype(name, QStringLiteral("PoolNearlyFull"));
        QVERIFY(page->problems().isEmpty());
        QCOMPARE(page->editedConfig().alertRules.at(7).forMs, 90'000);
        QVERIFY(apply->isEnabled());
    }

    void theKindShowsItsOwnFields()
    {
        QWidget* form = rulesForm();
        auto* metric = field<QLineEdit>(form, "metric");
        auto* quantile = field<QWidget>(form, "quantile");
        auto* range = field<QLineEdit>(form, "rangeMs");
        auto* by = field<QLineEdit>(form, "by");
        QVERIFY(metric->isVisibleTo(form) && quantile->isVisibleTo(form) && range->isVisibleTo(form) &&
                by->isVisibleTo(form));
        QCOMPARE(metric->placeholderText(), QStringLiteral("http_request_duration_seconds"));
        QCOMPARE(by->placeholderText(), QStringLiteral("job"));

        selectKind(RuleKind::QueueLength);
        QVERIFY(!metric->isVisibleTo(form));
        QVERIFY(!quantile->isVisibleTo(form));
        QVERIFY(!range->isVisibleTo(form));
        QVERIFY(by->isVisibleTo(form));
        QCOMPARE(by->placeholderText(), QStringLiteral("job, source, queue"));
        QCOMPARE(page->editedConfig().alertRules.first().kind, RuleKind::QueueLength);
        QVERIFY(page->problems().isEmpty());

        selectKind(RuleKind::TaskDuration);
        QVERIFY(metric->isVisibleTo(form));
        QCOMPARE(metric->placeholderText(), QStringLiteral("task_duration_seconds"));
        QVERIFY(!quantile->isVisibleTo(form));

        selectKind(RuleKind::Gauge);
        QVERIFY(metric->isVisibleTo(form));
        QVERIFY(!by->isVisibleTo(form));
        QVERIFY(!range->isVisibleTo(form));
        QCOMPARE(page->problems(),
                 QStringList(QStringLiteral("alerts[0].metric: a gauge rule needs the metric it compares")));
        retype(metric, QStringLiteral("celery_queue_length"));
        retype(field<QLineEdit>(form, "matchers"), QStringLiteral("queue=import"));
        QCOMPARE(field<QLabel>(form, "conditionPreview")->text(),
                 QStringLiteral("celery_queue_length{queue=\"import\"} > 0.5 for 1m"));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(page->grab().save(screenshot("settings-alert-rule-gauge.png")));

        selectKind(RuleKind::LatencyQuantile);
        QVERIFY(quantile->isVisibleTo(form));
    }

    void importListsWhatMapsAndWhatDoesNot()
    {
        page->importPrometheusRules(ruleFile, QStringLiteral("/srv/prometheus/erp.rules.yml"));
        auto* dialog = page->findChild<RuleImportDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Import Prometheus rules from erp.rules.yml"));
        auto* rules = dialog->findChild<QTableWidget*>(QStringLiteral("importedRules"));
        auto* unmapped = dialog->findChild<QTableWidget*>(QStringLiteral("unmappedRules"));
        QAbstractItemModelTester rulesTester(rules->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester unmappedTester(unmapped->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(columnTexts(rules, 0),
                 QStringList({QStringLiteral("CheckoutSlow"), QStringLiteral("CoreLatencyP95 2")}));
        QCOMPARE(rules->item(0, 0)->checkState(), Qt::Checked);
        QCOMPARE(rules->item(1, 0)->checkState(), Qt::Checked);
        QCOMPARE(rules->item(1, 3)->text(), QStringLiteral("renamed: CoreLatencyP95 is taken"));
        QCOMPARE(rules->item(0, 2)->text(), QStringLiteral("critical"));
        QCOMPARE(columnTexts(unmapped, 0), QStringList({QStringLiteral("erp-api"), QStringLiteral("db")}));
        QCOMPARE(columnTexts(unmapped, 1), QStringList({QStringLiteral("job:http_requests:rate5m"),
                                                        QStringLiteral("DatabaseConnectionExhausted")}));
        QCOMPARE(columnTexts(unmapped, 2), QStringList({QStringLiteral("14"), QStringLiteral("18")}));
        QCOMPARE(unmapped->item(0, 3)->text(), QStringLiteral("a recording rule, not an alert"));
        QVERIFY2(unmapped->item(1, 3)->text().contains(QStringLiteral("'+'")),
                 qPrintable(unmapped->item(1, 3)->text()));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text(),
                 QStringLiteral("2 rule(s) can be imported; 2 cannot (listed below with why)."));
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->text(), QStringLiteral("Add 2 rule(s)"));
        QVERIFY(dialog->grab().save(screenshot("settings-import-rules.png")));

        rules->item(1, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(ok->text(), QStringLiteral("Add 1 rule(s)"));
        QTest::mouseClick(ok, Qt::LeftButton);
        const QList<AlertRule>& edited = page->editedConfig().alertRules;
        QCOMPARE(edited.size(), 8);
        const AlertRule& added = edited.last();
        QCOMPARE(added.name, QStringLiteral("CheckoutSlow"));
        QCOMPARE(added.kind, RuleKind::LatencyQuantile);
        QCOMPARE(added.quantile, 0.99);
        QCOMPARE(added.threshold, 1.5);
        QCOMPARE(added.forMs, 600'000);
        QCOMPARE(added.severity, alerts::Severity::Critical);
        QCOMPARE(added.summary, QStringLiteral("P99 of {{ $labels.job }} is {{ $value }} s"));
        QCOMPARE(rulesList()->count(), 8);
        QCOMPARE(tabs->tabText(alertRulesTab), QStringLiteral("Alert rules (8)"));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("alertRulesNote"))->text(),
                 QStringLiteral("Added 1 imported rule(s)."));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(apply->isEnabled());
        QTRY_VERIFY(!page->findChild<RuleImportDialog*>()); // closed and deleted
    }

    void aFileThatIsNotARuleFileSaysSo()
    {
        page->importPrometheusRules("groups: [unclosed\n");
        auto* dialog = page->findChild<RuleImportDialog*>();
        QVERIFY(dialog);
        const QString summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("This is not a Prometheus rule file: not YAML: line")),
                 qPrintable(summary));
        QVERIFY(!dialog->findChild<QTableWidget*>(QStringLiteral("importedRules"))->isVisibleTo(dialog));
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
        dialog->reject();
        QCOMPARE(page->editedConfig().alertRules, alerts::defaultRules());
        QVERIFY(!page->hasUnsavedChanges());
    }

    void restoreAddsTheMissingShippedRules()
    {
        auto* remove = rulesList()->findChild<QPushButton*>(QStringLiteral("remove"));
        QTest::mouseClick(remove, Qt::LeftButton); // CoreLatencyP95
        rulesList()->setCurrentRow(3);
        QTest::mouseClick(remove, Qt::LeftButton); // TaskExecutionSlow
        rulesList()->setCurrentRow(0);
        retype(field<QLineEdit>(rulesForm(), "threshold"), QStringLiteral("0.1")); // Http5xxErrors, kept
        QCOMPARE(page->editedConfig().alertRules.size(), 5);

        QTest::mouseClick(button("restoreShippedRules"), Qt::LeftButton);
        const QList<AlertRule>& rules = page->editedConfig().alertRules;
        QCOMPARE(rules.size(), 7);
        QCOMPARE(rules.at(0).name, QStringLiteral("Http5xxErrors"));
        QCOMPARE(rules.at(0).threshold, 0.1);
        QCOMPARE(rules.at(5), alerts::defaultRules().at(0));
        QCOMPARE(rules.at(6), alerts::defaultRules().at(4));
        QCOMPARE(rulesList()->count(), 7);
        auto* note = page->findChild<QLabel*>(QStringLiteral("alertRulesNote"));
        QCOMPARE(note->text(), QStringLiteral("Added 2 shipped rule(s): CoreLatencyP95, TaskExecutionSlow."));
        QTest::mouseClick(button("restoreShippedRules"), Qt::LeftButton);
        QCOMPARE(page->editedConfig().alertRules.size(), 7);
        QCOMPARE(note->text(), QStringLiteral("Every shipped rule is there; nothing added."));
        QVERIFY(page->problems().isEmpty());
    }

    void theWebhookIsConfiguredWithATokenByReference()
    {
        tabs->setCurrentIndex(notificationsTab);
        QWidget* form = alertingForm();
        auto* url = field<QLineEdit>(form, "webhook.url");
        QVERIFY(url->text().isEmpty());
        QVERIFY(!field<QSpinBox>(form, "webhook.timeoutMs")->isEnabled()); // off without a URL
        QCOMPARE(field<QSpinBox>(form, "evaluationIntervalMs")->value(), 5);
        field<QSpinBox>(form, "evaluationIntervalMs")->setValue(10);
        retype(url, QStringLiteral("alertmanager:9093"));
        QCOMPARE(page->problems().size(), 1);
        QVERIFY2(page->problems().first().startsWith(QStringLiteral("alerting.webhook.url: ")),
                 qPrintable(page->problems().first()));
        QVERIFY(!url->toolTip().isEmpty());
        retype(url, QStringLiteral("https://alertmanager.example:9093/api/v2/alerts"));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(field<QSpinBox>(form, "webhook.timeoutMs")->isEnabled());
        field<QSpinBox>(form, "webhook.timeoutMs")->setValue(2000);
        retype(field<QLineEdit>(form, "webhook.caFile"), QStringLiteral("/etc/ssl/alertmanager-ca.pem"));
        auto* warning = field<QLabel>(form, "insecureWarning");
        QVERIFY(!warning->isVisibleTo(form));
        field<QCheckBox>(form, "webhook.insecureSkipVerify")->setChecked(true);
        QVERIFY(warning->isVisibleTo(form));
        retype(field<QLineEdit>(form, "webhook.receiver"), QStringLiteral("erp-oncall"));
        retype(field<QLineEdit>(form, "webhook.externalUrl"), QStringLiteral("https://perfdash.example"));
        field<QComboBox>(form, "secretKind")->setCurrentText(QStringLiteral("Environment variable"));
        auto* reference = field<QLineEdit>(form, "secretReference");

        // A token pasted where the variable's name belongs is refused at the field and not repeated.
        retype(reference, QStringLiteral("sk-live.9f8e7d6c"));
        QCOMPARE(page->problems().size(), 1);
        QVERIFY2(page->problems().first().startsWith(QStringLiteral(
                     "alerting.webhook.auth.secretEnv: expected the name of an environment variable")),
                 qPrintable(page->problems().first()));
        QVERIFY(!page->problems().first().contains(QStringLiteral("9f8e7d")));
        QVERIFY(!field<SecretSourceEdit>(form, "webhook.auth.secretEnv")->toolTip().isEmpty());
        QVERIFY(!tabs->tabIcon(notificationsTab).isNull());
        QVERIFY(!apply->isEnabled());
        retype(reference, QStringLiteral("ALERTMANAGER_TOKEN"));
        QVERIFY(page->problems().isEmpty());
        QVERIFY(page->grab().save(screenshot("settings-notifications.png")));

        QSignalSpy applied(page, &SettingsPage::applyRequested);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const auto sent = applied.first().first().value<WorkspaceConfig>();
        AlertingSettings expected;
        expected.evaluationIntervalMs = 10'000;
        expected.webhook.url = QUrl(QStringLiteral("https://alertmanager.example:9093/api/v2/alerts"));
        expected.webhook.timeoutMs = 2000;
        expected.webhook.caFile = QStringLiteral("/etc/ssl/alertmanager-ca.pem");
        expected.webhook.insecureSkipVerify = true;
        expected.webhook.receiver = QStringLiteral("erp-oncall");
        expected.webhook.externalUrl = QStringLiteral("https://perfdash.example");
        expected.webhook.bearerToken.environmentVariable = QStringLiteral("ALERTMANAGER_TOKEN");
        QCOMPARE(sent.alerting, expected);
        QVERIFY(!sent.toJson().contains("9f8e7d"));

        // Saved and shown again: the form reads back what was sent.
        page->setConfig(sent);
        QCOMPARE(field<QLineEdit>(form, "webhook.receiver")->text(), QStringLiteral("erp-oncall"));
        QCOMPARE(reference->text(), QStringLiteral("ALERTMANAGER_TOKEN"));
        QCOMPARE(field<QSpinBox>(form, "evaluationIntervalMs")->value(), 10);
        QVERIFY(!page->hasUnsavedChanges());
    }
};

QTEST_MAIN(TestAlertRuleSettings)
#include "tst_alertrulesettings.moc"
