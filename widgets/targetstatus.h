#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// What the overview knows of one target: where it is and what we last heard of it.
struct TargetStatus
{
    enum class State
    {
        Starting,
        Running,
        Stopped,
        Failed,
        NotMonitored
    };

    QString name;
    QUrl baseUrl;
    State state = State::NotMonitored;
    QString detail; // why: the last error, the process id, or what is missing

    bool operator==(const TargetStatus&) const = default;
};

Q_DECLARE_METATYPE(TargetStatus)
