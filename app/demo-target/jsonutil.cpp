#include "jsonutil.h"

#include <QByteArray>
#include <QJsonParseError>
#include <cmath>
#include <cstdio>
#include <httplib.h>

namespace JsonUtil {
void appendString(std::string& out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendNumber(std::string& out, double value)
{
    // JSON has no NaN or infinity; a dashboard would rather see 0 than a parse error.
    if (!std::isfinite(value))
        value = 0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.9g", value);
    out += buffer;
}

std::string errorBody(std::string_view message)
{
    std::string body = "{\"error\":";
    appendString(body, message);
    body += '}';
    return body;
}

void setJson(httplib::Response& res, int status, std::string body)
{
    res.status = status;
    res.body = std::move(body);
    res.set_header("Content-Type", "application/json");
}

void setError(httplib::Response& res, int status, std::string_view message)
{
    setJson(res, status, errorBody(message));
}
std::optional<QJsonDocument> parse(const std::string& body)
{
    QJsonParseError error{};
    QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), qsizetype(body.size())), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}
} // namespace JsonUtil
