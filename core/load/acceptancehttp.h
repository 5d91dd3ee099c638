#pragma once

#include <QString>
#include <cstdint>
#include <memory>
#include <string>

namespace load {

// One sequential HTTP exchange after another on one kept-alive connection, timed with
// steady_clock from send to the last byte: what the acceptance steps measure with.
class AcceptanceHttp
{
public:
    struct Answer
    {
        int status = 0; // 0 when the exchange failed (error says why)
        double ms = 0;
        std::string body;
        std::string cacheHeader; // X-Cache, when the target sends one
        QString error;
    };

    explicit AcceptanceHttp(std::int64_t timeoutMs, bool verifyTls = true);
    ~AcceptanceHttp();
    AcceptanceHttp(const AcceptanceHttp&) = delete;
    AcceptanceHttp& operator=(const AcceptanceHttp&) = delete;

    Answer exchange(const std::string& method, const std::string& url, const std::string& body = {});

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    std::int64_t m_timeoutMs;
    bool m_verifyTls;
};

// Joins a base URL ("http://127.0.0.1:8088" or ".../prefix/") and a path ("/api/...");
// absolute URLs are returned as they are.
QString joinUrl(const QString& base, const QString& pathOrUrl);

} // namespace load
