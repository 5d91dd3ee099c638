#include "timespec.h"

#include <QDateTime>
#include <QRegularExpression>

namespace TimeSpec {

bool parse(const QString& text, std::int64_t nowMs, std::int64_t* ms, QString* error)
{
    const QString t = text.trimmed();
    static const QRegularExpression relative(QStringLiteral("^(?:now)?(?:([-+])(\\d+)([smhdw]))?$"));
    if (const auto match = relative.match(t); match.hasMatch() && !t.isEmpty()) {
        if (match.captured(1).isEmpty()) {
            *ms = nowMs;
            return true;
        }
        static const QString units = QStringLiteral("smhdw");
        static constexpr std::int64_t unitMs[] = {1000, 60'000, 3'600'000, 86'400'000, 604'800'000};
        const std::int64_t amount = match.captured(2).toLongLong();
        const std::int64_t offset = amount * unitMs[units.indexOf(match.captured(3))];
        *ms = match.captured(1) == QLatin1String("-") ? nowMs - offset : nowMs + offset;
        return true;
    }
    bool isNumber = false;
    const double seconds = t.toDouble(&isNumber);
    if (isNumber) {
        *ms = std::int64_t(seconds * 1000);
        return true;
    }
    const QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (when.isValid()) {
        *ms = when.toMSecsSinceEpoch();
        return true;
    }
    *error = QStringLiteral("cannot read the time \"%1\": use now, now-15m / -2h / -7d, Unix seconds, or "
                            "an ISO 8601 date and time such as 2026-11-30T08:00:00Z")
                 .arg(text);
    return false;
}

} // namespace TimeSpec
