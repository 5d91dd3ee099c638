#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantList>

// A live table of text cells, one row per key. setRows() merges: rows whose key stays are updated
// in place (dataChanged), gone ones removed, new ones appended, so selections and scroll positions
// survive a refresh; only a change of order resets the model.
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        QString key;
        QStringList cells;
        QVariantList sortValues = {}; // per column, for SortRole (numbers sort as numbers); may be empty
        bool operator==(const Row&) const = default;
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit TextTableModel(const QStringList& headers, QObject* parent = nullptr);
    ~TextTableModel() override;

    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};
