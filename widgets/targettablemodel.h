#pragma once

#include "targetstatus.h"

#include <QAbstractTableModel>
#include <QList>

// Thin table over the targets' status; rows are updated in place, never reset,
// so selection and scroll position survive a refresh.
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        UrlColumn,
        StateColumn,
        DetailColumn,
        ColumnCount
    };

    explicit TargetTableModel(QObject* parent = nullptr);
    ~TargetTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts a new row or updates the row with the same kind and name.
    void upsert(const TargetStatus& status);
    void setTargets(const QList<TargetStatus>& targets);
    const QList<TargetStatus>& targets() const { return m_targets; }

    static QString stateText(TargetStatus::State state);
    static QString kindText(const QString& kind);

private:
    QList<TargetStatus> m_targets;
};
