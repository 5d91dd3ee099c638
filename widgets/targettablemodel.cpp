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
    case TargetStatus::State::Up:
        return tr("Up");
    case TargetStatus::State::Down:
        return tr("Down");
    case TargetStatus::State::Stopped:
        return tr("Stopped");
    case TargetStatus::State::NotMonitored:
        return tr("Not monitored yet");
    }
    return {};
}

QString TargetTableModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("metrics"))
        return tr("Metrics");
    if (kind == QLatin1String("health"))
        return tr("Health");
    if (kind == QLatin1String("json"))
        return tr("JSON");
    if (kind == QLatin1String("process"))
        return tr("Process");
    if (kind == QLatin1String("postgres"))
        return tr("PostgreSQL");
    if (kind == QLatin1String("redis"))
        return tr("Redis");
    if (kind == QLatin1String("prometheus"))
        return tr("Prometheus server");
    return kind;
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
        case KindColumn:
            return kindText(target.kind);
        case UrlColumn:
            return target.url.toString();
        case StateColumn:
            return stateText(target.state);
        case DetailColumn:
            return target.detail;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (target.state) {
        case TargetStatus::State::Up:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case TargetStatus::State::Down:
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
        return tr("Name");
    case KindColumn:
        return tr("Kind");
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
        if (m_targets.at(row).sameRow(status)) {
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
        const TargetStatus& existing = m_targets.at(row);
        const bool kept = std::any_of(targets.begin(), targets.end(),
                                      [&](const TargetStatus& t) { return t.sameRow(existing); });
        if (!kept) {
            beginRemoveRows({}, int(row), int(row));
            m_targets.removeAt(row);
            endRemoveRows();
        }
    }
    for (const TargetStatus& target : targets)
        upsert(target);
}
