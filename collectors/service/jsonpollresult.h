#pragma once

#include "jsonsampleextractor.h"

#include <QMetaType>
#include <vector>

struct JsonPollResult
{
    QString endpoint;
    qint64 timestampMs = 0;
    double durationSeconds = 0;
    bool ok = false;
    QString error;
    std::vector<JsonSample> samples;
};

Q_DECLARE_METATYPE(JsonPollResult)
