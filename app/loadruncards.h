#pragma once

#include "chartcard.h"
#include "loadresult.h"
#include "loadruncomparison.h"
#include "overviewpanels.h"
#include "recordstore.h"
#include "texttablemodel.h"

#include <QList>
#include <QStringList>

// A load run's figures as the Load runs page draws them: chart cards (RPS, P50/P95/P99 ms,
// errors/s, active users) on the run's own timeline, its figures per endpoint as table rows, two
// runs overlaid on a shared relative axis, and the collectors' cards over the run's window.
QList<ChartCardData> runCards(const load::LoadResult& result, qint64 startMs, qint64 endMs);
QList<TextTableModel::Row> runFigureRows(const load::LoadResult& result, const QStringList& endpoints);
// x: seconds since each run's start, drawn as a clock from 00:00:00.
QList<ChartCardData> compareCards(const load::LoadResult& a, const load::LoadResult& b, const QString& nameA,
                                  const QString& nameB);
// Pool usage, cache hit rate and queue backlog of the Overview's panels.
QList<ChartCardData> collectorCards(const panels::OverviewData& data);
// Firing and resolving transitions as chart markers.
QList<ChartMarker> alertMarkers(const std::vector<store::AlertEvent>& events);
// Adds `markers` to every card.
void addMarkers(QList<ChartCardData>* cards, const QList<ChartMarker>& markers);
