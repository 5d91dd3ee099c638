#include "postgressource.h"

#include <libpq-fe.h>
#include <memory>

namespace {
using ConninfoOptions = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

// libpq's own reading of a conninfo (key=value or URI); null with the reason when it does not parse.
ConninfoOptions parseConninfo(const QString& conninfo, QString* reason)
{
    char* parseError = nullptr;
    ConninfoOptions options(PQconninfoParse(conninfo.toUtf8().constData(), &parseError), &PQconninfoFree);
    if (!options && reason)
        *reason = parseError ? QString::fromUtf8(parseError).trimmed() : QStringLiteral("out of memory");
    PQfreemem(parseError);
    return options;
}
} // namespace

QString PostgresSource::validate() const
{
    const QString where = QStringLiteral("PostgreSQL source \"%1\"").arg(name);
    if (name.trimmed().isEmpty())
        return QStringLiteral("PostgreSQL source: name is empty");
    if (intervalMs < 100)
        return where + QStringLiteral(": intervalMs must be at least 100");
    if (connectTimeoutMs < 100)
        return where + QStringLiteral(": connectTimeoutMs must be at least 100");
    if (statementTimeoutMs < 1)
        return where + QStringLiteral(": statementTimeoutMs must be positive");
    if (topN < 1 || topN > 1000)
        return where + QStringLiteral(": topN must be between 1 and 1000");

    QString reason;
    const ConninfoOptions options = parseConninfo(conninfo, &reason);
    if (!options)
        return where + QStringLiteral(": conninfo does not parse: ") + reason;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        const QByteArray keyword(option->keyword);
        if ((keyword == "password" || keyword == "sslpassword") && option->val && *option->val)
            return where + QStringLiteral(": conninfo contains a %1; perfdash stores no passwords. "
                                          "Use ~/.pgpass (or passfile=), a service file or PGPASSWORD "
                                          "in perfdash's environment instead")
                               .arg(QString::fromLatin1(keyword));
    }
    return {};
}

QString PostgresSource::displayTarget() const
{
    const ConninfoOptions options = parseConninfo(conninfo, nullptr);
    if (!options)
        return {};
    QString host, port, user, dbname, service;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        const QByteArray keyword(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == "host" || keyword == "hostaddr")
            host = host.isEmpty() ? value : host;
        else if (keyword == "port")
            port = value;
        else if (keyword == "user")
            user = value;
        else if (keyword == "dbname")
            dbname = value;
        else if (keyword == "service")
            service = value;
    }
    if (host.isEmpty() && !service.isEmpty())
        return QStringLiteral("service=") + service;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (!port.isEmpty())
        text += QLatin1Char(':') + port;
    if (!dbname.isEmpty())
        text += QLatin1Char('/') + dbname;
    return text;
}
