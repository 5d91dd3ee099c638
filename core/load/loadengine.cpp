#include "loadengine.h"

#include "loadrun.h"

namespace load {

LoadEngine::LoadEngine(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<load::LoadSecond>();
    qRegisterMetaType<load::LoadResult>();
}

LoadEngine::~LoadEngine()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

bool LoadEngine::start(LoadPlan plan)
{
    if (m_running.load())
        return false;
    if (m_thread.joinable())
        m_thread.join(); // the previous run has ended; its thread is only returning
    m_plan = std::make_unique<LoadPlan>(std::move(plan));
    m_cancel.store(false);
    m_running.store(true);
    m_thread = std::thread([this] {
        LoadResult result = runLoad(
            *m_plan, [this](const LoadSecond& second) { emit secondMerged(second); }, &m_cancel);
        m_running.store(false);
        emit finished(result);
    });
    return true;
}

void LoadEngine::cancel()
{
    m_cancel.store(true);
}

} // namespace load
