#include "targettablemodel.h"

#include <QBrush>
#include <QColor>

TargetTableModel::TargetTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

TargetTableModel::~TargetTableModel() = default;

int TargetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetTableModel::stateText(TargetStatus::State state)
{
    switch (state) {
    case TargetStatus::State::Starting:
        return tr("Starting");
    case TargetStatus::State::Running:
        return tr("Running");
    case TargetStatus::State::Stopped:
        return tr("Stopped");
    case TargetStatus::State::Failed:
        return tr("Failed");
    case TargetStatus::State::NotMonitored:
        return tr("Not monitored yet");
    }
    return {};
}

QVariant TargetTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TargetStatus& target = m_targets.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return target.name;
        case UrlColumn:
            return target.baseUrl.toString();
        case StateColumn:
            return stateText(target.state);
        case DetailColumn:
            return target.detail;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (target.state) {
        case TargetStatus::State::Running:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case TargetStatus::State::Failed:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return QVariant::fromValue(target);
    return {};
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Target");
    case UrlColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

void TargetTableModel::upsert(const TargetStatus& status)
{
    for (qsizetype row = 0; row < m_targets.size(); ++row) {
        if (m_targets.at(row).name == status.name) {
            if (m_targets.at(row) == status)
                return;
            m_targets[row] = status;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_targets.size());
    beginInsertRows({}, row, row);
    m_targets.append(status);
    endInsertRows();
}

void TargetTableModel::setTargets(const QList<TargetStatus>& targets)
{
    // Drop rows that are gone, then merge the rest in place.
    for (qsizetype row = m_targets.size() - 1; row >= 0; --row) {
        const QString& name = m_targets.at(row).name;
        const bool kept = std::any_of(targets.begin(), targets.end(),
                                      [&](const TargetStatus& t) { return t.name == name; });
        if (!kept) {
            beginRemoveRows({}, int(row), int(row));
            m_targets.removeAt(row);
            endRemoveRows();
        }
    }
    for (const TargetStatus& target : targets)
        upsert(target);
}
