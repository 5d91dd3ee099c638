#pragma once

#include <QJsonDocument>
#include <optional>
#include <string>
#include <string_view>

namespace httplib {
struct Response;
}

// Hand-written JSON for the hot paths: building a few hundred bytes this way
// is an order of magnitude cheaper than a QJsonDocument round trip.
namespace JsonUtil {
void appendString(std::string& out, std::string_view text);
void appendNumber(std::string& out, double value);
std::string errorBody(std::string_view message);
void setJson(httplib::Response& res, int status, std::string body);
void setError(httplib::Response& res, int status, std::string_view message);
// Request bodies are parsed with Qt: correctness matters more than speed there.
std::optional<QJsonDocument> parse(const std::string& body);
} // namespace JsonUtil
