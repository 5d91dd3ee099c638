#include "overviewcards.h"

#include <QCoreApplication>

namespace {
void applyUnit(panels::Unit unit, ChartCardData* card)
{
    switch (unit) {
    case panels::Unit::Seconds:
        card->scale = 1000;
        card->unitSuffix = QStringLiteral(" ms");
        break;
    case panels::Unit::Ratio:
        card->scale = 100;
        card->unitSuffix = QStringLiteral(" %");
        break;
    case panels::Unit::RequestsPerSecond:
        card->unitSuffix = QCoreApplication::translate("overview", " req/s");
        break;
    case panels::Unit::PerSecond:
        card->unitSuffix = QCoreApplication::translate("overview", "/s");
        break;
    case panels::Unit::Count:
        break;
    }
}
} // namespace

ChartCardData chartCard(const panels::PanelData& panel, qint64 startMs, qint64 endMs)
{
    ChartCardData card;
    card.title = panel.title;
    applyUnit(panel.unit, &card);
    card.startMs = startMs;
    card.endMs = endMs;
    if (panel.threshold)
        card.threshold = *panel.threshold * card.scale;
    card.alertAbove = panel.alertAbove;
    card.thresholdText = panel.thresholdText;
    card.thresholdLine = panel.thresholdLine;
    for (const panels::ChartLine& line : panel.lines) {
        ChartCardData::Line shown{line.name, {}, line.limit};
        shown.points.reserve(qsizetype(line.points.size()));
        for (const metricmath::Point& point : line.points)
            shown.points.append(QPointF(double(point.timestampMs), point.value * card.scale));
        card.lines.append(shown);
    }
    card.message =
        panel.error.isEmpty()
            ? QCoreApplication::translate("overview", "No data: %1.").arg(panel.emptyReason)
            : QCoreApplication::translate("overview", "The store could not answer: %1").arg(panel.error);
    return card;
}

QList<ChartCardData> overviewCards(const panels::OverviewData& data)
{
    QList<ChartCardData> cards;
    for (const panels::PanelData& panel : data.panels)
        cards.append(chartCard(panel, data.startMs, data.endMs));
    return cards;
}
