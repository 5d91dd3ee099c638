#include "reportspagemodel.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

QString ReportEntry::key() const
{
    return (kind == Kind::LoadRun ? QStringLiteral("run:") : QStringLiteral("result:")) + QString::number(id);
}

ReportsPageModel::ReportsPageModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ReportsPageModel::~ReportsPageModel() = default;

void ReportsPageModel::setEntries(const QList<ReportEntry>& entries)
{
    if (entries == m_entries)
        return; // a refresh that changes nothing keeps the selection untouched
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ReportsPageModel::rowOf(const QString& key) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key() == key)
            return int(row);
    }
    return -1;
}

int ReportsPageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReportsPageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportsPageModel::text(const ReportEntry& entry, int column) const
{
    switch (column) {
    case Type:
        return entry.kind == ReportEntry::Kind::LoadRun ? tr("Load run") : tr("Acceptance");
    case Name:
        return entry.name;
    case Date:
        return QDateTime::fromMSecsSinceEpoch(entry.startedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return entry.verdictText;
    }
}

QVariant ReportsPageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(entry, index.column());
    if (role == Qt::ForegroundRole && index.column() == Verdict)
        return verdictColour(entry.verdict);
    return {};
}

QColor ReportsPageModel::verdictColour(ReportEntry::Verdict verdict)
{
    // The report's own green and red, lighter on a dark theme's base; grey for nothing judged.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (verdict) {
    case ReportEntry::Verdict::Pass:
        return dark ? QColor(0x5c, 0xc4, 0x6e) : QColor(0x1b, 0x7a, 0x2e);
    case ReportEntry::Verdict::Fail:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case ReportEntry::Verdict::None:
        break;
    }
    return QColor(0x80, 0x86, 0x90);
}

QVariant ReportsPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString headers[] = {tr("Type"), tr("Name"), tr("Date"), tr("Verdict")};
    return section >= 0 && section < ColumnCount ? headers[section] : QVariant();
}
