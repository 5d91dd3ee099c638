#include "readjobrunner.h"

#include "storereader.h"

namespace store {

ReadJobRunner::ReadJobRunner(const QString& dataFile, QObject* parent)
    : QObject(parent)
    , m_dataFile(dataFile)
    , m_context(new QObject)
    , m_reader(std::make_shared<StoreReader>())
{
    m_thread.setObjectName(QStringLiteral("perfdash store reads"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

ReadJobRunner::~ReadJobRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void ReadJobRunner::submit(const QString& slot, Job job, Done done)
{
    if (m_busy.value(slot)) {
        m_waiting.insert(slot, {std::move(job), std::move(done)});
        return;
    }
    start(slot, {std::move(job), std::move(done)});
}

void ReadJobRunner::start(const QString& slot, Pending work)
{
    m_busy[slot] = true;
    QMetaObject::invokeMethod(
        m_context,
        [this, slot, work, reader = m_reader, path = m_dataFile] {
            QString error;
            if (reader->isOpen() || reader->open(path, &error))
                work.job(*reader);
            // Back on the owner's thread; a runner deleted meanwhile drops it (Qt removes the
            // events posted to a deleted object).
            QMetaObject::invokeMethod(
                this,
                [this, slot, done = work.done, error] {
                    m_busy[slot] = false;
                    done(error);
                    if (m_waiting.contains(slot))
                        start(slot, m_waiting.take(slot));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace store
