#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// What the overview knows of one watched thing (a metrics target, a health probe, a JSON
// endpoint, the demo target's process): where it is and what we last heard of it.
struct TargetStatus
{
    enum class State
    {
        Starting,
        Up,
        Down,
        Stopped,
        NotMonitored
    };

    QString kind; // "metrics", "health", "json", "process", "postgres", "redis"
    QString name;
    QUrl url;
    State state = State::NotMonitored;
    QString detail; // why: the last error, the last figures, or what is missing

    bool sameRow(const TargetStatus& other) const { return kind == other.kind && name == other.name; }
    bool operator==(const TargetStatus&) const = default;
};

Q_DECLARE_METATYPE(TargetStatus)
