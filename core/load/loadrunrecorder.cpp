#include "loadrunrecorder.h"

#include "loadrunstore.h"

#include <QDateTime>
#include <QPointer>

namespace load {

LoadRunRecorder::LoadRunRecorder(store::TimeSeriesStore* store, QObject* parent)
    : QObject(parent)
    , m_runs(std::make_unique<LoadRunStore>(store))
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("load run recorder"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

LoadRunRecorder::~LoadRunRecorder()
{
    // Queued after every write handed over, so those run first.
    QMetaObject::invokeMethod(m_context, [this] { m_thread.quit(); });
    m_thread.wait();
}

void LoadRunRecorder::post(std::function<bool(QString*)> task)
{
    QPointer<LoadRunRecorder> self(this);
    QMetaObject::invokeMethod(m_context, [this, self, task = std::move(task)] {
        QString error;
        if (!task(&error))
            QMetaObject::invokeMethod(this, [self, error] {
                if (self)
                    emit self->writeFailed(error);
            });
    });
}

void LoadRunRecorder::begin(const QString& name, const QString& target, qint64 startedMs,
                            const QJsonObject& config)
{
    post([this, name, target, startedMs, config](QString* error) {
        const std::optional<std::int64_t> id = m_runs->begin(name, target, startedMs, config, error);
        m_runId = id.value_or(0);
        if (id) {
            QPointer<LoadRunRecorder> self(this);
            const qint64 runId = *id;
            QMetaObject::invokeMethod(this, [self, runId] {
                if (self)
                    emit self->began(runId);
            });
        }
        return id.has_value();
    });
}

void LoadRunRecorder::addSecond(const LoadSecond& second)
{
    post(
        [this, second](QString* error) { return m_runId == 0 || m_runs->addSecond(m_runId, second, error); });
}

void LoadRunRecorder::finish(const LoadResult& result, const QJsonObject& report)
{
    post([this, result, report](QString* error) {
        if (m_runId == 0)
            return true; // begin failed and said so
        const qint64 runId = m_runId;
        m_runId = 0;
        const bool ok = m_runs->finish(runId, QDateTime::currentMSecsSinceEpoch(), result, report, error);
        QPointer<LoadRunRecorder> self(this);
        QMetaObject::invokeMethod(this, [self, runId] {
            if (self)
                emit self->finished(runId);
        });
        return ok;
    });
}

} // namespace load
