#pragma once

#include <functional>
#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// One HTTP route as the APIs declare it; DemoServer adds timing, metrics and faults.
struct Route
{
    enum class Kind
    {
        Api,   // business route: injected errors apply
        Ops,   // health, metrics: never injected, a monitor must see the truth
        Admin, // fault switches: loopback clients only
    };
    using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

    std::string method;       // GET, POST, PUT
    std::string pattern;      // cpp-httplib regular expression
    std::string pathTemplate; // metrics label, e.g. /api/v1/crm/customers/{id}
    Kind kind = Kind::Api;
    Handler handler;
};
