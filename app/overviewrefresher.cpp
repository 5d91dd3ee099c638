#include "overviewrefresher.h"

#include "storereader.h"

OverviewRefresher::OverviewRefresher(const QString& dataFile, QObject* parent)
    : QObject(parent)
    , m_dataFile(dataFile)
    , m_context(new QObject)
    , m_reader(std::make_shared<store::StoreReader>())
{
    qRegisterMetaType<panels::OverviewData>();
    m_thread.setObjectName(QStringLiteral("perfdash overview"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

OverviewRefresher::~OverviewRefresher()
{
    m_thread.quit();
    m_thread.wait();
}

void OverviewRefresher::refresh(qint64 endMs, qint64 spanMs)
{
    m_pending = true;
    m_pendingEndMs = endMs;
    m_pendingSpanMs = spanMs;
    if (!m_busy)
        startNext();
}

void OverviewRefresher::startNext()
{
    m_busy = true;
    m_pending = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, reader = m_reader, path = m_dataFile, endMs = m_pendingEndMs, spanMs = m_pendingSpanMs] {
            panels::OverviewData data;
            QString error;
            if (reader->isOpen() || reader->open(path, &error))
                data = panels::computeOverview(*reader, endMs, spanMs);
            // Back on the owner's thread; a refresher deleted meanwhile drops it (Qt removes the
            // events posted to a deleted object).
            QMetaObject::invokeMethod(
                this,
                [this, data, error] {
                    m_busy = false;
                    if (error.isEmpty())
                        emit updated(data);
                    else
                        emit failed(error);
                    if (m_pending)
                        startNext();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
