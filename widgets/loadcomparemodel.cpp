#include "loadcomparemodel.h"

#include <QColor>
#include <QLocale>
#include <cmath>

namespace {
QString number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value) >= 100 || value == std::floor(value) ? 0 : 2);
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value);
}
} // namespace

LoadCompareModel::LoadCompareModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

LoadCompareModel::~LoadCompareModel() = default;

void LoadCompareModel::setFigures(const std::vector<load::ComparedFigure>& figures, const QString& nameA,
                                  const QString& nameB)
{
    beginResetModel();
    m_figures = figures;
    m_nameA = nameA;
    m_nameB = nameB;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, RunA, RunB);
}

int LoadCompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int LoadCompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoadCompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const load::ComparedFigure& figure = m_figures[std::size_t(index.row())];
    if (role == VerdictRole)
        return figure.verdict();
    if (role == Qt::ForegroundRole && (index.column() == Delta || index.column() == Relative)) {
        if (figure.verdict() == 0)
            return {};
        return QColor(figure.verdict() > 0 ? QColor(0x27, 0xae, 0x60) : QColor(0xc0, 0x39, 0x2b));
    }
    if (role == Qt::TextAlignmentRole && index.column() != Figure)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Figure:
        return figure.name;
    case RunA:
        return number(figure.a);
    case RunB:
        return number(figure.b);
    case Delta:
        return signedNumber(figure.delta());
    case Relative:
        return std::isnan(figure.relative()) ? QStringLiteral("—")
                                             : signedNumber(figure.relative() * 100) + QStringLiteral(" %");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LoadCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Figure:
        return tr("Figure");
    case RunA:
        return m_nameA.isEmpty() ? tr("Run A") : m_nameA;
    case RunB:
        return m_nameB.isEmpty() ? tr("Run B") : m_nameB;
    case Delta:
        return tr("Δ");
    case Relative:
        return tr("Δ %");
    case ColumnCount:
        break;
    }
    return {};
}
