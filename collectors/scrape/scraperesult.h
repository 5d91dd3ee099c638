#pragma once

#include "metricset.h"

#include <QMetaType>
#include <QString>
#include <memory>

// One scrape of one target, with the synthetic figures Prometheus records for every scrape
// (up, scrape_duration_seconds, scrape_samples_scraped). A failed scrape carries no samples:
// a payload that does not parse is rejected whole, never stored in part.
struct ScrapeResult
{
    QString target;
    qint64 timestampMs = 0; // when the scrape started
    double durationSeconds = 0;
    bool up = false;
    long httpStatus = 0;
    QString error;                                        // empty when up
    std::shared_ptr<const Prometheus::MetricSet> metrics; // null unless up

    qsizetype samplesScraped() const { return metrics ? qsizetype(metrics->sampleCount()) : 0; }
};

Q_DECLARE_METATYPE(ScrapeResult)
