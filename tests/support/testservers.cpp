#include "testservers.h"

#include <QtGlobal>

namespace TestServers {
QString postgresConninfo()
{
    const QString port = qEnvironmentVariable("PERFDASH_TEST_PG");
    if (port.isEmpty())
        return {};
    return QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres connect_timeout=5").arg(port);
}

QString redisAddress()
{
    const QString port = qEnvironmentVariable("PERFDASH_TEST_REDIS");
    return port.isEmpty() ? QString() : QStringLiteral("127.0.0.1:") + port;
}

bool runningInCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}
} // namespace TestServers
