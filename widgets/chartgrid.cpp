#include "chartgrid.h"

#include <QGridLayout>

ChartGrid::ChartGrid(int columns, QWidget* parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    // Equal columns whatever the cards' contents: a long legend must not widen its column.
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
}

ChartGrid::~ChartGrid() = default;

void ChartGrid::setPanels(const QList<ChartCardData>& panels)
{
    while (m_cards.size() < panels.size()) {
        auto* card = new ChartCard(this);
        card->setObjectName(QStringLiteral("chartCard%1").arg(m_cards.size()));
        card->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        card->setMinimumWidth(220);
        m_grid->addWidget(card, int(m_cards.size()) / m_columns, int(m_cards.size()) % m_columns);
        m_cards.append(card);
        connect(card, &ChartCard::hovered, this, [this](qint64 timeMs) { setCrosshair(timeMs); });
        connect(card, &ChartCard::hoverEnded, this, [this] { setCrosshair(std::nullopt); });
        connect(card, &ChartCard::zoomRequested, this, &ChartGrid::zoomRequested);
        connect(card, &ChartCard::resetRequested, this, &ChartGrid::zoomResetRequested);
    }
    while (m_cards.size() > panels.size())
        delete m_cards.takeLast();
    for (qsizetype i = 0; i < panels.size(); ++i) {
        m_cards[i]->setData(panels[i]);
        m_cards[i]->setCrosshair(m_crosshair); // redrawn data keeps the crosshair where the mouse is
    }
}

void ChartGrid::setCrosshair(std::optional<qint64> timeMs)
{
    m_crosshair = timeMs;
    for (ChartCard* card : m_cards)
        card->setCrosshair(timeMs);
}
