#include "dbpool.h"

#include "prometheustext.h"

#include <algorithm>

DbPool::DbPool(int size, int maxOverflow)
    : m_size(std::max(1, size))
    , m_maxOverflow(std::max(0, maxOverflow))
{
}

DbPool::Lease DbPool::checkOut()
{
    std::unique_lock lock(m_mutex);
    if (m_checkedOut >= m_size + m_maxOverflow) {
        m_waits.fetch_add(1, std::memory_order_relaxed);
        m_released.wait(lock, [this] { return m_checkedOut < m_size + m_maxOverflow; });
    }
    ++m_checkedOut;
    return Lease(*this);
}

void DbPool::checkIn()
{
    {
        std::lock_guard lock(m_mutex);
        --m_checkedOut;
    }
    m_released.notify_one();
}

int DbPool::checkedOut() const
{
    std::lock_guard lock(m_mutex);
    return m_checkedOut;
}

int DbPool::overflow() const
{
    return std::max(0, checkedOut() - m_size);
}

void DbPool::render(std::string& out) const
{
    const int inUse = checkedOut();
    PrometheusText::appendHeader(out, "db_pool_size", "gauge", "Connections the database pool keeps open.");
    PrometheusText::appendSample(out, "db_pool_size", {}, m_size);
    PrometheusText::appendHeader(out, "db_pool_checked_out", "gauge",
                                 "Connections checked out by requests paying a database cost.");
    PrometheusText::appendSample(out, "db_pool_checked_out", {}, inUse);
    PrometheusText::appendHeader(out, "db_pool_overflow", "gauge",
                                 "Connections opened beyond the pool size.");
    PrometheusText::appendSample(out, "db_pool_overflow", {}, std::max(0, inUse - m_size));
    PrometheusText::appendHeader(out, "db_pool_waits_total", "counter",
                                 "Check-outs that waited because size + max overflow were in use.");
    PrometheusText::appendSample(out, "db_pool_waits_total", {},
                                 double(m_waits.load(std::memory_order_relaxed)));
}
