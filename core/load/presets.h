#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace load {

// The scenarios built into perfdash, from resources/scenarios/*.json (embedded at build time):
// the seed's acceptance runs against the demo target on http://127.0.0.1:8088.
struct Preset
{
    QString name;
    QByteArray json;
};

const std::vector<Preset>& builtinPresets();
const Preset* findPreset(const QString& name); // nullptr when there is none of that name

} // namespace load
