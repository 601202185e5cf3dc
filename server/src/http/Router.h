#pragma once

#include "http/Reply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace onbehalf::server {

class Authenticator;
class RequestContext;

// Routes OrderCloud-style paths ("/v1/buyers/{buyerID}/users") to handlers, and is the one
// place that turns exceptions into the Errors envelope: a handler can never leak a 5xx for bad input.
class Router
{
public:
    using Handler = std::function<Reply(RequestContext &)>;
    using Method = QHttpServerRequest::Method;

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    explicit Router(Authenticator *auth);

    void add(Method method, const QString &pattern, Handler handler);
    QHttpServerResponse dispatch(const QHttpServerRequest &request) const;

private:
    struct Route
    {
        Method method;
        QStringList segments; // "{name}" segments capture
        Handler handler;
    };
    Reply handle(const QHttpServerRequest &request) const;

    Authenticator *m_auth;
    std::vector<Route> m_routes;
};

} // namespace onbehalf::server
