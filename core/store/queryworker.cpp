#include "queryworker.h"

#include "storereader.h"

namespace store {

QueryWorker::QueryWorker(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_context(new QObject)
    , m_reader(std::make_shared<StoreReader>())
{
    qRegisterMetaType<store::QueryResult>();
    qRegisterMetaType<store::RangeQuery>();
    m_thread.setObjectName(QStringLiteral("perfdash store queries"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

QueryWorker::~QueryWorker()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 QueryWorker::submit(const RangeQuery& query)
{
    const quint64 job = m_nextJob++;
    QMetaObject::invokeMethod(
        m_context,
        [this, job, query, reader = m_reader, path = m_path] {
            QueryResult result;
            if (reader->isOpen() || reader->open(path, &result.error))
                result = reader->query(query);
            // Delivered on this worker's thread; dropped if the worker is gone by then.
            QMetaObject::invokeMethod(
                this, [this, job, result] { Q_EMIT finished(job, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return job;
}

} // namespace store
