#include "panelbuilding.h"

#include <QCoreApplication>

namespace panels {

QString tr(const char* text)
{
    return QCoreApplication::translate("panels", text);
}

QString labelText(const metricmath::LabelSet& labels, const metricmath::LabelNames& names)
{
    QStringList parts;
    for (const std::string& name : names) {
        const std::string_view value = labels.value(name);
        if (!value.empty())
            parts.append(QString::fromUtf8(value.data(), qsizetype(value.size())));
    }
    return parts.join(QLatin1Char(' '));
}

bool addLines(PanelData* panel, const PanelResult& result, const QString& prefix,
              const metricmath::LabelNames& names)
{
    if (!result.ok()) {
        panel->error = result.error;
        return false;
    }
    for (const PanelSeries& series : result.series) {
        const QString labels = labelText(series.labels, names);
        QString name = prefix;
        if (!labels.isEmpty())
            name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + labels;
        panel->lines.push_back({name.isEmpty() ? tr("all") : name, series.points});
    }
    return true;
}

PanelData panel(const QString& id, const QString& title, Unit unit)
{
    PanelData data;
    data.id = id;
    data.title = title;
    data.unit = unit;
    return data;
}

void setThreshold(PanelData* panel, double threshold, bool alertAbove, const QString& text)
{
    panel->threshold = threshold;
    panel->alertAbove = alertAbove;
    panel->thresholdText = text;
}

} // namespace panels
