#include "storedresults.h"

#include "acceptanceresultstore.h"
#include "timeseriesstore.h"
#include "workspacepaths.h"

#include <QFile>
#include <QFileInfo>
#include <functional>

namespace StoredResults {

namespace {
// `read` on the workspace's store, opened read-only for the call.
template<typename Result>
std::optional<Result> withStore(const QString& workspace, QString* error,
                                const std::function<std::optional<Result>(store::TimeSeriesStore*)>& read)
{
    const QString dataFile = WorkspacePaths::resolve(workspace).dataFile();
    if (!QFileInfo::exists(dataFile)) {
        *error = QStringLiteral("no data file at %1; is the workspace name right?").arg(dataFile);
        return std::nullopt;
    }
    store::StoreOptions options;
    options.readOnly = true;
    options.maintenanceIntervalMs = 0;
    store::TimeSeriesStore store;
    if (!store.open(dataFile, options, error))
        return std::nullopt;
    return read(&store);
}
} // namespace

std::optional<load::StoredRun> loadRun(const QString& workspace, qint64 id, QString* error)
{
    return withStore<load::StoredRun>(workspace, error, [&](store::TimeSeriesStore* store) {
        std::optional<load::StoredRun> run = load::LoadRunStore(store).run(id, error);
        if (!run && error->isEmpty())
            *error = QStringLiteral("no load run %1 in workspace %2").arg(id).arg(workspace);
        return run;
    });
}

std::optional<report::PlanResult> acceptanceResult(const QString& workspace, qint64 id, QString* error)
{
    return withStore<report::PlanResult>(workspace, error, [&](store::TimeSeriesStore* store) {
        std::optional<report::PlanResult> result = report::AcceptanceResultStore(store).get(id, error);
        if (!result && error->isEmpty())
            *error = QStringLiteral("no acceptance result %1 in workspace %2").arg(id).arg(workspace);
        return result;
    });
}

std::optional<report::PlanResult> resultFile(const QString& fileName, QString* error)
{
    QFile in(fileName);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(fileName, in.errorString());
        return std::nullopt;
    }
    report::PlanResult result;
    if (!report::PlanResult::fromJsonText(in.readAll(), &result, error)) {
        *error = QStringLiteral("%1: %2").arg(fileName, *error);
        return std::nullopt;
    }
    return result;
}

} // namespace StoredResults
