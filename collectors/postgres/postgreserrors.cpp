#include "postgreserrors.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
QString lowerFirstWord(QString text)
{
    // libpq passes strerror() through ("Connection refused"); the rest of its messages are lower case.
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

QString withoutSeverity(QString line)
{
    static const QRegularExpression severity(QStringLiteral("^(FATAL|ERROR|PANIC|WARNING):\\s+"));
    return line.remove(severity);
}
} // namespace

namespace PostgresErrors {
QString describe(const QByteArray& libpqMessage)
{
    static const QRegularExpression tcp(
        QStringLiteral("^connection to server at \"([^\"]*)\"(?: \\([^)]*\\))?, port (\\d+) failed: (.*)$"));
    static const QRegularExpression socket(
        QStringLiteral("^connection to server on socket \"([^\"]*)\" failed: (.*)$"));
    static const QRegularExpression detail(QStringLiteral("^(DETAIL|HINT|LINE \\d+|CONTEXT|QUERY):"));

    QStringList parts;
    QString address;
    for (const QString& rawLine : QString::fromUtf8(libpqMessage).split(QLatin1Char('\n'))) {
        // Indented lines are libpq's hints ("\tIs the server running on that host ...").
        if (rawLine.isEmpty() || rawLine.at(0).isSpace() || detail.match(rawLine).hasMatch())
            continue;
        QString line = rawLine.trimmed();
        if (const auto match = tcp.match(line); match.hasMatch()) {
            if (!address.isEmpty())
                continue; // the same failure for the host's next address
            address = match.captured(1) + QLatin1Char(':') + match.captured(2);
            line = match.captured(3);
        } else if (const auto match = socket.match(line); match.hasMatch()) {
            if (!address.isEmpty())
                continue;
            address = QStringLiteral("socket ") + match.captured(1);
            line = match.captured(2);
        }
        line = lowerFirstWord(withoutSeverity(line));
        if (!line.isEmpty() && !parts.contains(line))
            parts.append(line);
    }
    QString text = parts.isEmpty() ? QStringLiteral("unknown libpq error") : parts.join(QStringLiteral("; "));
    if (!address.isEmpty())
        text += QStringLiteral(" at ") + address;
    return text;
}
} // namespace PostgresErrors
