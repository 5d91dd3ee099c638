#pragma once

#include "loadplan.h"
#include "loadresult.h"

#include <QJsonObject>
#include <QString>

// What `perfdash load run` prints: a wrk-like text summary, and the same figures as JSON.
namespace LoadPrinter {
QString header(const load::LoadPlan& plan, const QString& url);
QString summary(const load::LoadPlan& plan, const load::LoadResult& result);
QJsonObject json(const load::LoadPlan& plan, const QString& url, const load::LoadResult& result);
// "812us", "1.23ms", "2.50s"
QString formatLatency(std::int64_t us);
// "512B", "1.50KB", "12.25MB"
QString formatBytes(double bytes);
} // namespace LoadPrinter
