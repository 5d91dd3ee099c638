// TextTableModel: refreshes merge by key (updates in place, removals, appends), a new order
// resets, and QAbstractItemModelTester checks every signal on the way.
#include "texttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Row = TextTableModel::Row;

class TestTextTableModel : public QObject
{
    Q_OBJECT
private slots:
    void mergesByKey()
    {
        TextTableModel model({QStringLiteral("pid"), QStringLiteral("query")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{QStringLiteral("1"), {QStringLiteral("1"), QStringLiteral("a")}},
                       {QStringLiteral("2"), {QStringLiteral("2"), QStringLiteral("b")}}});
        QCOMPARE(model.rowCount(), 2);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // 1 goes, 2 changes its query, 3 arrives: no reset.
        model.setRows({{QStringLiteral("2"), {QStringLiteral("2"), QStringLiteral("b2")}},
                       {QStringLiteral("3"), {QStringLiteral("3"), QStringLiteral("c")}}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("b2"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("query"));

        // The same rows again change nothing.
        changed.clear();
        model.setRows(model.rows());
        QCOMPARE(changed.count(), 0);

        // A new order is a reset.
        model.setRows({{QStringLiteral("3"), {QStringLiteral("3"), QStringLiteral("c")}},
                       {QStringLiteral("2"), {QStringLiteral("2"), QStringLiteral("b2")}}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("3"));

        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTextTableModel)
#include "tst_texttablemodel.moc"
