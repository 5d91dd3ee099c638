#include "workspace.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Keeps XDG lookups away from the real home directory.
        QStandardPaths::setTestModeEnabled(true);
    }

    void namesResolveUnderTheXdgDataDirectory()
    {
        const WorkspacePaths paths = WorkspacePaths::resolve(QStringLiteral("demo"));
        QVERIFY(paths.directory().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
        QVERIFY(paths.directory().endsWith(QStringLiteral("/perfdash/workspaces/demo")));
        QCOMPARE(paths.dataFile(), paths.directory() + QStringLiteral("/perfdash.sqlite"));
    }

    void pathsAreTakenAsDirectories()
    {
        QTemporaryDir dir;
        const WorkspacePaths paths = WorkspacePaths::resolve(dir.path() + QStringLiteral("/ws/"));
        QCOMPARE(paths.directory(), dir.path() + QStringLiteral("/ws"));
    }

    void newWorkspaceWritesDefaultsAndOpensWal()
    {
        QTemporaryDir dir;
        Workspace workspace(WorkspacePaths::resolve(dir.path() + QStringLiteral("/new")));
        const WorkspaceConfig defaults =
            WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1:9")));
        QString error;
        QVERIFY2(workspace.open(defaults, &error), qPrintable(error));
        QCOMPARE(workspace.config(), defaults);
        QVERIFY(QFile::exists(workspace.paths().configFile()));
        QCOMPARE(workspace.file().journalMode(), QStringLiteral("wal"));

        // Re-opening reads what was saved rather than the defaults.
        WorkspaceConfig changed = defaults;
        changed.name = QStringLiteral("renamed");
        QVERIFY2(workspace.saveConfig(changed, &error), qPrintable(error));
        Workspace reopened(workspace.paths());
        QVERIFY2(reopened.open(defaults, &error), qPrintable(error));
        QCOMPARE(reopened.config().name, QStringLiteral("renamed"));
    }

    void corruptConfigIsReportedAndKept()
    {
        QTemporaryDir dir;
        const WorkspacePaths paths = WorkspacePaths::resolve(dir.path() + QStringLiteral("/broken"));
        QString error;
        QVERIFY(paths.ensureDirectory(&error));
        QFile file(paths.configFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"formatVersion\": 1, \"targets\": [");
        file.close();

        Workspace workspace(paths);
        QVERIFY(!workspace.open(WorkspaceConfig(), &error));
        QVERIFY2(error.contains(paths.configFile()) && error.contains(QStringLiteral("not valid JSON")),
                 qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"formatVersion\": 1, \"targets\": ["));
    }

    void foreignSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA application_id=1234; CREATE TABLE t(x)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);

        WorkspaceFile file;
        QString error;
        QVERIFY(!file.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
        QVERIFY(!file.isOpen());
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("text.sqlite"));
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
        text.close();

        WorkspaceFile file;
        QString error;
        QVERIFY(!file.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(text.readAll(), QByteArray(4096, 'x')); // nothing written over
    }

    void unwritableDirectoryIsReported()
    {
        Workspace workspace(WorkspacePaths::resolve(QStringLiteral("/proc/perfdash-cannot-live-here")));
        QString error;
        QVERIFY(!workspace.open(WorkspaceConfig(), &error));
        QVERIFY2(error.contains(QStringLiteral("/proc/perfdash-cannot-live-here")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
