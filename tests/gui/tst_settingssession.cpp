// The Settings page in the running application: an Apply from the page is written to the
// workspace's workspace.json, adopted by the session and run by the collectors; a save that
// fails says why on the page and keeps the edits. Real session, real demo target, real files.
#include "dashboardsession.h"
#include "demotargetprocess.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "settingspage.h"
#include "sourcelisteditor.h"
#include "targettablemodel.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
WorkspaceConfig readBack(const QString& path)
{
    QFile file(path);
    WorkspaceConfig config;
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !WorkspaceConfig::fromJson(file.readAll(), &config, &error))
        qWarning("%s: %s", qPrintable(path), qPrintable(error.isEmpty() ? file.errorString() : error));
    return config;
}

TargetStatus rowOf(const TargetTableModel* model, const QString& kind, const QString& name)
{
    for (const TargetStatus& status : model->targets()) {
        if (status.kind == kind && status.name == name)
            return status;
    }
    return {};
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestSettingsSession : public QObject
{
    Q_OBJECT
private:
    DemoTargetProcess demo;
    QTemporaryDir dir;
    WorkspacePaths paths = WorkspacePaths::resolve(QString());
    WorkspaceConfig initial;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
    }

    void init()
    {
        paths = WorkspacePaths::resolve(dir.path() + QLatin1Char('/') +
                                        QString::fromLatin1(QTest::currentTestFunction()));
        QString error;
        QVERIFY(paths.ensureDirectory(&error));
        initial = {};
        initial.name = QStringLiteral("ws");
        ScrapeTarget target;
        target.name = QStringLiteral("one");
        target.url = demo.url(QStringLiteral("/metrics"));
        target.intervalMs = 300;
        target.timeoutMs = 300;
        initial.targets.append(target);
        QSaveFile file(paths.configFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(initial.toJson());
        QVERIFY(file.commit());
    }

    void anApplyIsSavedAdoptedAndCollected()
    {
        CommandLineOptions options;
        options.workspace = paths.directory();
        MainWindow window;
        window.resize(1180, 760);
        DashboardSession session(options, &window);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        window.show();
        QVERIFY(window.showPage(QStringLiteral("settings")));
        SettingsPage* page = window.settingsPage();
        QVERIFY(page);
        QCOMPARE(page->savedConfig(), initial);

        // Add a health probe of the demo target and keep a week, through the page's widgets.
        auto* probes = page->findChild<SourceListEditor*>(QStringLiteral("probesList"));
        QTest::mouseClick(probes->findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
        QWidget* probeForm = page->findChild<QWidget*>(QStringLiteral("probesForm"));
        retype(probeForm->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("demo health"));
        retype(probeForm->findChild<QLineEdit*>(QStringLiteral("url")),
               demo.url(QStringLiteral("/health")).toString());
        retype(probeForm->findChild<QLineEdit*>(QStringLiteral("jsonField")), QStringLiteral("status"));
        retype(probeForm->findChild<QLineEdit*>(QStringLiteral("expectedValue")), QStringLiteral("ok"));
        probeForm->findChild<QSpinBox*>(QStringLiteral("intervalMs"))->setValue(300);
        probeForm->findChild<QSpinBox*>(QStringLiteral("timeoutMs"))->setValue(300);
        page->findChild<QWidget*>(QStringLiteral("storageForm"))
            ->findChild<QSpinBox*>(QStringLiteral("retentionDays"))
            ->setValue(7);
        QVERIFY2(page->problems().isEmpty(), qPrintable(page->problems().join(QLatin1Char('\n'))));

        QSignalSpy applied(&session, &DashboardSession::configurationApplied);
        auto* apply = page->findChild<QPushButton*>(QStringLiteral("applySettings"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().toBool(), true);

        WorkspaceConfig expected = initial;
        HealthProbe probe;
        probe.name = QStringLiteral("demo health");
        probe.url = demo.url(QStringLiteral("/health"));
        probe.jsonField = QStringLiteral("status");
        probe.expectedValue = QStringLiteral("ok");
        probe.intervalMs = 300;
        probe.timeoutMs = 300;
        expected.probes.append(probe);
        expected.storage.retentionDays = 7;
        QCOMPARE(readBack(paths.configFile()), expected);
        QCOMPARE(session.workspace().config(), expected);
        QCOMPARE(page->savedConfig(), expected);
        QVERIFY(!page->hasUnsavedChanges());
        QVERIFY2(page->message().contains(QStringLiteral("Saved to ")) &&
                     page->message().contains(QStringLiteral("next opened")),
                 qPrintable(page->message()));

        // The collectors run on it: the new probe reports in, the target keeps being scraped.
        const TargetTableModel* model = window.overviewPage()->targetModel();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, QStringLiteral("health"), QStringLiteral("demo health")).state,
                                  TargetStatus::State::Up, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, QStringLiteral("metrics"), QStringLiteral("one")).state,
                                  TargetStatus::State::Up, 20000);
        QVERIFY(window.grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/settings-applied.png")));
        // The watcher's reload of our own save found nothing new: no second apply, nothing on the page.
        QCOMPARE(applied.count(), 1);
        QCOMPARE(page->savedConfig(), expected);
    }

    void aFailedSaveSaysWhyAndKeepsTheEdits()
    {
        CommandLineOptions options;
        options.workspace = paths.directory();
        MainWindow window;
        DashboardSession session(options, &window);
        QSignalSpy applied(&session, &DashboardSession::configurationApplied);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        SettingsPage* page = window.settingsPage();
        QWidget* targetForm = page->findChild<QWidget*>(QStringLiteral("targetsForm"));
        retype(targetForm->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("renamed"));
        QVERIFY(page->hasUnsavedChanges());

        // workspace.json cannot be replaced: a directory stands in its place. (File modes would not
        // stop the tests when they run as root; this stops everyone.)
        QVERIFY(QFile::remove(paths.configFile()));
        QVERIFY(QDir().mkdir(paths.configFile()));
        // The watcher sees the file go and says the configuration on disk cannot be read.
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10000);
        QCOMPARE(applied.last().first().toBool(), false);
        QVERIFY2(page->message().contains(QStringLiteral("not taken up")), qPrintable(page->message()));
        QCOMPARE(page->editedConfig().targets.first().name, QStringLiteral("renamed"));

        applied.clear();
        page->findChild<QPushButton*>(QStringLiteral("applySettings"))->click();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().toBool(), false);
        QVERIFY2(page->message().startsWith(QStringLiteral("Not saved: cannot write ") + paths.configFile()),
                 qPrintable(page->message()));
        QVERIFY(page->message().contains(QStringLiteral("edits are kept")));
        QVERIFY(page->hasUnsavedChanges());
        QCOMPARE(page->editedConfig().targets.first().name, QStringLiteral("renamed"));
        QCOMPARE(session.workspace().config(), initial); // still running what was there
        QVERIFY(QFileInfo(paths.configFile()).isDir());

        // Once the path is free again, the same edits are saved.
        QVERIFY(QDir().rmdir(paths.configFile()));
        applied.clear();
        page->findChild<QPushButton*>(QStringLiteral("applySettings"))->click();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().toBool(), true);
        QCOMPARE(readBack(paths.configFile()).targets.first().name, QStringLiteral("renamed"));
        QCOMPARE(session.workspace().config(), page->savedConfig());
        QVERIFY(!page->hasUnsavedChanges());
    }

    void anEditOnDiskReachesThePage()
    {
        CommandLineOptions options;
        options.workspace = paths.directory();
        MainWindow window;
        DashboardSession session(options, &window);
        QSignalSpy applied(&session, &DashboardSession::configurationApplied);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        SettingsPage* page = window.settingsPage();

        WorkspaceConfig edited = initial;
        edited.storage.retentionDays = 90;
        QSaveFile file(paths.configFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(edited.toJson());
        QVERIFY(file.commit());
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10000);
        QCOMPARE(applied.last().first().toBool(), true);
        QCOMPARE(page->savedConfig(), edited);
        QCOMPARE(page->editedConfig(), edited);
        QVERIFY(page->message().contains(QStringLiteral("changed on disk")));
    }
};

QTEST_MAIN(TestSettingsSession)
#include "tst_settingssession.moc"
