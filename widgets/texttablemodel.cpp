#include "texttablemodel.h"

#include <QSet>

TextTableModel::TextTableModel(const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{
}

TextTableModel::~TextTableModel() = default;

void TextTableModel::setRows(const QList<Row>& rows)
{
    QSet<QString> incoming;
    for (const Row& row : rows)
        incoming.insert(row.key);
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows.at(i).key)) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // What stays must keep its order, with the new rows after it; anything else is a reset.
    bool sameOrder = rows.size() >= m_rows.size();
    for (qsizetype i = 0; sameOrder && i < m_rows.size(); ++i)
        sameOrder = rows.at(i).key == m_rows.at(i).key;
    if (!sameOrder) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i) != rows.at(i)) {
            m_rows[i] = rows.at(i);
            emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size()) - 1);
        m_rows.append(rows.mid(m_rows.size()));
        endInsertRows();
    }
}

int TextTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    if (role == SortRole)
        return index.column() < row.sortValues.size() ? row.sortValues.at(index.column())
                                                      : data(index, Qt::DisplayRole);
    return {};
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    return {};
}
