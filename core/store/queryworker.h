#pragma once

#include "storetypes.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace store {

class StoreReader;

// Runs range queries on a thread of its own with its own read connection, so the GUI thread never
// touches the disk. Results arrive through finished(), tagged with the id submit() returned;
// a caller that moved on drops stale ids.
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    explicit QueryWorker(const QString& path, QObject* parent = nullptr);
    ~QueryWorker() override;

    quint64 submit(const store::RangeQuery& query);

Q_SIGNALS:
    void finished(quint64 jobId, const store::QueryResult& result);

private:
    QString m_path;
    QThread m_thread;
    QObject* m_context;                    // lives in m_thread
    std::shared_ptr<StoreReader> m_reader; // used only in m_thread
    quint64 m_nextJob = 1;
};

} // namespace store
