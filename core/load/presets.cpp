#include "presets.h"

#include "presetdata.h"

#include <algorithm>

namespace load {

const std::vector<Preset>& builtinPresets()
{
    static const std::vector<Preset> presets = [] {
        std::vector<Preset> list;
        for (const PresetText& text : presetTexts())
            list.push_back({QLatin1String(text.name), QByteArray(text.json)});
        return list;
    }();
    return presets;
}

const Preset* findPreset(const QString& name)
{
    const auto& presets = builtinPresets();
    const auto it =
        std::find_if(presets.begin(), presets.end(), [&](const Preset& p) { return p.name == name; });
    return it == presets.end() ? nullptr : &*it;
}

} // namespace load
