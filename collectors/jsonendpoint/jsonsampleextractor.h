#pragma once

#include "jsonendpoint.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <vector>

struct JsonSample
{
    QString metric;
    QList<QPair<QString, QString>> labels; // in wildcardLabels order
    double value = 0;
};

namespace JsonSampleExtractor {
// Pure: body in, samples out. Numbers and booleans (1/0) map; a mapping whose path matches
// nothing yields no sample. Not-JSON, or a mapping with more '*' than labels, is an error.
bool extract(const QByteArray& body, const QList<JsonMapping>& mappings, std::vector<JsonSample>* samples,
             QString* errorMessage);
} // namespace JsonSampleExtractor
