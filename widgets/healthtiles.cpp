#include "healthtiles.h"

#include "targettablemodel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
constexpr int columns = 4;

QColor stateColour(TargetStatus::State state)
{
    switch (state) {
    case TargetStatus::State::Up:
        return QColor(0x27, 0xae, 0x60);
    case TargetStatus::State::Down:
        return QColor(0xc0, 0x39, 0x2b);
    case TargetStatus::State::Starting:
        return QColor(0xe6, 0x7e, 0x22);
    case TargetStatus::State::Stopped:
    case TargetStatus::State::NotMonitored:
        break;
    }
    return QColor(0x95, 0xa5, 0xa6);
}
} // namespace

HealthTiles::HealthTiles(TargetTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    connect(model, &QAbstractItemModel::rowsInserted, this, &HealthTiles::sync);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &HealthTiles::sync);
    connect(model, &QAbstractItemModel::modelReset, this, &HealthTiles::sync);
    connect(model, &QAbstractItemModel::dataChanged, this, &HealthTiles::sync);
    sync();
}

HealthTiles::~HealthTiles() = default;

void HealthTiles::sync()
{
    const QList<TargetStatus> targets = m_model->targets();
    while (m_tiles.size() < targets.size()) {
        Tile tile;
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("healthTile%1").arg(m_tiles.size()));
        frame->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->setSpacing(2);
        tile.frame = frame;
        tile.name = new QLabel(frame);
        tile.state = new QLabel(frame);
        tile.detail = new QLabel(frame);
        tile.detail->setWordWrap(true);
        tile.name->setWordWrap(true);
        // Equal columns that shrink with the window instead of widening the page.
        frame->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        frame->setMinimumWidth(140);
        tile.detail->setForegroundRole(QPalette::PlaceholderText);
        for (QLabel* label : {tile.name, tile.state, tile.detail})
            layout->addWidget(label);
        const int index = int(m_tiles.size());
        m_grid->addWidget(frame, index / columns, index % columns);
        m_tiles.append(tile);
    }
    while (m_tiles.size() > targets.size())
        delete m_tiles.takeLast().frame;
    for (qsizetype i = 0; i < targets.size(); ++i)
        show(int(i), targets.at(i));
}

void HealthTiles::show(int row, const TargetStatus& status)
{
    Tile& tile = m_tiles[row];
    const QModelIndex kind = m_model->index(row, TargetTableModel::KindColumn);
    const QModelIndex state = m_model->index(row, TargetTableModel::StateColumn);
    tile.name->setText(QStringLiteral("<b>%1</b> · %2")
                           .arg(status.name.toHtmlEscaped(), kind.data().toString().toHtmlEscaped()));
    const QColor colour = stateColour(status.state);
    tile.state->setText(QStringLiteral("<span style=\"color:%1; font-weight:bold\">● %2</span>")
                            .arg(colour.name(), state.data().toString().toHtmlEscaped()));
    // Long errors are cut to two lines in the tile; the whole text is the tooltip.
    const QString detail = status.detail;
    tile.detail->setText(detail.size() > 90 ? detail.left(88) + QStringLiteral("…") : detail);
    tile.frame->setToolTip(QStringLiteral("%1\n%2").arg(status.url.toDisplayString(), detail));
    tile.frame->setStyleSheet(
        QStringLiteral("#%1 { border-left: 4px solid %2; }").arg(tile.frame->objectName(), colour.name()));
}

QString HealthTiles::stateText(int index) const
{
    return m_tiles.value(index).state ? m_tiles.at(index).state->text() : QString();
}

QString HealthTiles::detailText(int index) const
{
    return m_tiles.value(index).detail ? m_tiles.at(index).detail->text() : QString();
}
