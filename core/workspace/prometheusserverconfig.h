#pragma once

#include "prometheusserver.h"

#include <QJsonObject>

// The "prometheusServers" entries of workspace.json (README.md, "Prometheus server as a source").
QJsonObject prometheusServerToJson(const PrometheusServer& server);
// Reads one entry; the first problem goes to *error with its field path
// ("prometheusServers[0].queries[1].name: ...").
PrometheusServer prometheusServerFromJson(const QJsonObject& object, const QString& path, QString* error);
