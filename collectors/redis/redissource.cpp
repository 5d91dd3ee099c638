#include "redissource.h"

#include <tuple>

namespace {
auto fields(const RedisSource& s)
{
    return std::tie(s.name, s.host, s.port, s.db, s.username, s.password.environmentVariable, s.password.file,
                    s.tls, s.connectTimeoutMs, s.commandTimeoutMs, s.intervalMs, s.maxBackoffMs, s.queueKeys,
                    s.queueDiscoveryPattern, s.discoveryScanCount, s.discoveryMaxKeys,
                    s.discoveryMaxIterations);
}
} // namespace

bool RedisSource::operator==(const RedisSource& other) const
{
    return fields(*this) == fields(other);
}

QString RedisSource::tlsUnavailableReason()
{
#if PERFDASH_REDIS_TLS
    return {};
#else
    return QStringLiteral("TLS to Redis is unavailable in this build: hiredis_ssl was not found when it was "
                          "configured (Debian 12 ships hiredis 0.14.1, which has no TLS support)");
#endif
}

QString RedisSource::validationError() const
{
    auto field = [this](const char* name, const QString& problem) {
        return QStringLiteral("redis source \"%1\": %2: %3").arg(this->name, QLatin1String(name), problem);
    };
    if (name.isEmpty())
        return QStringLiteral("redis source: name: must not be empty");
    if (host.isEmpty())
        return field("host", QStringLiteral("must not be empty"));
    if (port < 1 || port > 65535)
        return field("port", QStringLiteral("expected 1 to 65535, got %1").arg(port));
    if (db < 0)
        return field("db", QStringLiteral("expected a database index of 0 or more, got %1").arg(db));
    if (tls && !tlsUnavailableReason().isEmpty())
        return field("tls", tlsUnavailableReason());
    if (connectTimeoutMs <= 0 || commandTimeoutMs <= 0 || intervalMs <= 0)
        return field("connectTimeoutMs/commandTimeoutMs/intervalMs", QStringLiteral("must be positive"));
    if (!username.isEmpty() && password.isEmpty())
        return field("password", QStringLiteral("an ACL username needs a password source (env or file)"));
    if (!queueDiscoveryPattern.isEmpty() &&
        (discoveryScanCount <= 0 || discoveryMaxKeys <= 0 || discoveryMaxIterations <= 0))
        return field("discovery", QStringLiteral("SCAN count, key cap and iteration cap must be positive"));
    return {};
}
