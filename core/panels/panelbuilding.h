#pragma once

#include "overviewpanels.h"
#include "panelqueries.h"

// Building blocks of the panels (core/panels only): translated texts, lines from query results.
namespace panels {

QString tr(const char* text); // in the "panels" translation context
// The values of `names` in `labels`, joined by spaces.
QString labelText(const metricmath::LabelSet& labels, const metricmath::LabelNames& names);
// Appends `result`'s series as lines named `prefix` + their labels; false (and the error kept) when
// the store could not answer.
bool addLines(PanelData* panel, const PanelResult& result, const QString& prefix,
              const metricmath::LabelNames& names);
PanelData panel(const QString& id, const QString& title, Unit unit);
void setThreshold(PanelData* panel, double threshold, bool alertAbove, const QString& text);

} // namespace panels
