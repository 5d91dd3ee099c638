#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// What the Load runs page's launcher asks for: a preset or a scenario file, the target, and the
// model and bounds to run it with (0: as the scenario says).
struct LoadLaunchRequest
{
    enum class Model
    {
        AsScenario,
        Closed,
        Open,
    };
    QString preset;       // a built-in preset's name, or empty when scenarioFile is set
    QString scenarioFile; // a scenario JSON file
    QString target;       // base URL; empty: the scenario's
    Model model = Model::AsScenario;
    int users = 0;
    double rate = 0;
    qint64 durationMs = 0;
    qint64 maxRequests = 0;
    bool allowRemote = false; // the user confirmed a target that is not this machine
};

Q_DECLARE_METATYPE(LoadLaunchRequest)
