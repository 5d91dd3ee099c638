#pragma once

#include "loadruncomparison.h"

#include <QAbstractTableModel>
#include <vector>

// Two runs' figures side by side with the absolute and relative delta of the second against the
// first, the deltas coloured green when better and red when worse.
class LoadCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Figure,
        RunA,
        RunB,
        Delta,
        Relative,
        ColumnCount
    };
    static constexpr int VerdictRole = Qt::UserRole + 1; // +1 better, -1 worse, 0 same

    explicit LoadCompareModel(QObject* parent = nullptr);
    ~LoadCompareModel() override;

    void setFigures(const std::vector<load::ComparedFigure>& figures, const QString& nameA,
                    const QString& nameB);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<load::ComparedFigure> m_figures;
    QString m_nameA;
    QString m_nameB;
};
