#pragma once

#include "chartcard.h"
#include "overviewpanels.h"

#include <QList>

// The Overview's model figures as chart cards: units to display scale and suffix (seconds in
// ms, ratios in %), points to chart coordinates, empty panels to the reason they are empty.
QList<ChartCardData> overviewCards(const panels::OverviewData& data);
// One panel as a card over [startMs, endMs].
ChartCardData chartCard(const panels::PanelData& panel, qint64 startMs, qint64 endMs);
