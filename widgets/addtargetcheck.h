#pragma once

#include <QMetaType>
#include <QString>

// What one test scrape of a /metrics URL found, as the add-target step shows it.
struct AddTargetCheck
{
    bool ok = false;
    QString error;                  // the collector's reason when !ok (connection refused, TLS, parse...)
    int families = 0;               // metric families in the payload
    qsizetype samples = 0;          // samples in the payload
    bool requestHistograms = false; // http_request_duration_seconds seen: the latency cards will fill
    double seconds = 0;             // how long the scrape took
};

Q_DECLARE_METATYPE(AddTargetCheck)
