#include "acceptanceresultstore.h"

#include "recordstore.h"

#include <QJsonDocument>

namespace report {

AcceptanceResultStore::AcceptanceResultStore(store::TimeSeriesStore* store)
    : m_store(store)
{
}

std::optional<std::int64_t> AcceptanceResultStore::save(const PlanResult& result, QString* error)
{
    store::AcceptanceResultRow row;
    row.plan = result.planName;
    row.system = result.system;
    row.startedMs = result.startedMs;
    row.finishedMs = result.finishedMs;
    row.verdict = result.passed() ? QStringLiteral("pass") : QStringLiteral("fail");
    row.failed = result.failedRequired();
    row.resultJson = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    return store::RecordStore(m_store).addAcceptanceResult(row, error);
}

std::vector<AcceptanceResultInfo> AcceptanceResultStore::list(QString* error) const
{
    const std::vector<store::AcceptanceResultRow> rows = store::RecordStore(m_store).acceptanceResults(error);
    std::vector<AcceptanceResultInfo> out;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        out.push_back({it->id, it->plan, it->system, it->startedMs, it->finishedMs,
                       it->verdict == QLatin1String("pass"), it->failed});
    return out;
}

std::optional<PlanResult> AcceptanceResultStore::get(std::int64_t id, QString* error) const
{
    QString message;
    const std::optional<store::AcceptanceResultRow> row =
        store::RecordStore(m_store).acceptanceResult(id, &message);
    if (!row) {
        if (error)
            *error =
                message.isEmpty() ? QStringLiteral("no acceptance result %1 in the store").arg(id) : message;
        return std::nullopt;
    }
    PlanResult result;
    if (!PlanResult::fromJsonText(row->resultJson, &result, &message)) {
        if (error)
            *error =
                QStringLiteral("acceptance result %1 (%2) is damaged: %3").arg(id).arg(row->plan, message);
        return std::nullopt;
    }
    return result;
}

} // namespace report
