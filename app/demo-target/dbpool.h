#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

// Models a SQLAlchemy-style connection pool (pool_size + max_overflow, as in the seeds):
// requests that pay a database cost check a connection out; beyond size + overflow they wait.
class DbPool
{
public:
    // Returns its connection when it goes out of scope.
    class Lease
    {
    public:
        explicit Lease(DbPool& pool)
            : m_pool(pool)
        {
        }
        ~Lease() { m_pool.checkIn(); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;

    private:
        DbPool& m_pool;
    };

    DbPool(int size, int maxOverflow);

    [[nodiscard]] Lease checkOut();

    int size() const { return m_size; }
    int checkedOut() const;
    int overflow() const;
    void render(std::string& out) const;

private:
    void checkIn();

    const int m_size;
    const int m_maxOverflow;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    int m_checkedOut = 0;
    std::atomic<std::uint64_t> m_waits{0};
};
