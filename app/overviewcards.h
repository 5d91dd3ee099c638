#pragma once

#include "chartcard.h"
#include "overviewpanels.h"

#include <QList>

// The Overview's model figures as chart cards: units to display scale and suffix (seconds in
// ms, ratios in %), points to chart coordinates, empty panels to the reason they are empty.
QList<ChartCardData> overviewCards(const panels::OverviewData& data);
