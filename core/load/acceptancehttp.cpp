#include "acceptancehttp.h"

#include <chrono>
#include <curl/curl.h>
#include <mutex>
#include <strings.h>

namespace load {

namespace {
std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* target)
{
    static_cast<std::string*>(target)->append(data, size * count);
    return size * count;
}

std::size_t readHeader(char* data, std::size_t size, std::size_t count, void* target)
{
    const std::string line(data, size * count);
    static constexpr char name[] = "x-cache:";
    if (line.size() > sizeof name - 1 && strncasecmp(line.c_str(), name, sizeof name - 1) == 0) {
        std::string value = line.substr(sizeof name - 1);
        const auto first = value.find_first_not_of(" \t");
        const auto last = value.find_last_not_of(" \t\r\n");
        *static_cast<std::string*>(target) =
            first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
    }
    return size * count;
}
} // namespace

struct AcceptanceHttp::Handle
{
    CURL* easy = nullptr;
    ~Handle() { curl_easy_cleanup(easy); }
};

AcceptanceHttp::AcceptanceHttp(std::int64_t timeoutMs, bool verifyTls)
    : m_handle(std::make_unique<Handle>())
    , m_timeoutMs(timeoutMs)
    , m_verifyTls(verifyTls)
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_handle->easy = curl_easy_init();
}

AcceptanceHttp::~AcceptanceHttp() = default;

AcceptanceHttp::Answer AcceptanceHttp::exchange(const std::string& method, const std::string& url,
                                                const std::string& body)
{
    Answer answer;
    CURL* easy = m_handle->easy;
    if (!easy) {
        answer.error = QStringLiteral("cannot create a libcurl handle");
        return answer;
    }
    curl_easy_reset(easy);
    curl_slist* headers = nullptr;
    if (!body.empty())
        headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip for big bodies
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.c_str());
    curl_easy_setopt(easy, CURLOPT_NOBODY, method == "HEAD" ? 1L : 0L);
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(m_timeoutMs));
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, m_verifyTls ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, m_verifyTls ? 2L : 0L);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &answer.body);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &readHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &answer.cacheHeader);
    const auto start = std::chrono::steady_clock::now();
    const CURLcode code = curl_easy_perform(easy);
    answer.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
        answer.error = QStringLiteral("%1 %2: %3")
                           .arg(QString::fromStdString(method), QString::fromStdString(url),
                                QString::fromUtf8(curl_easy_strerror(code)));
        return answer;
    }
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    answer.status = int(status);
    return answer;
}

QString joinUrl(const QString& base, const QString& pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("http://")) || pathOrUrl.startsWith(QLatin1String("https://")))
        return pathOrUrl;
    QString joined = base;
    while (joined.endsWith(QLatin1Char('/')))
        joined.chop(1);
    if (!pathOrUrl.startsWith(QLatin1Char('/')))
        joined += QLatin1Char('/');
    return joined + pathOrUrl;
}

} // namespace load
