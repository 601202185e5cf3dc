#pragma once

#include "http/HttpRequest.h"
#include "http/Reply.h"

#include <QHash>
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
    using Method = HttpRequest::Method;

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    explicit Router(Authenticator *auth);

    void add(Method method, const QString &pattern, Handler handler);
    // The handler added for exactly this method and pattern (the Cart API runs the Orders API's
    // handlers on the caller's cart); throws std::logic_error when there is none.
    Handler handler(Method method, const QString &pattern) const;
    // Routes whose work is long and CPU-bound (password hashing): the transport runs them on a
    // pool of their own so they never hold the threads every other request needs.
    void markHeavy(Method method, const QString &pattern);
    bool isHeavy(const HttpRequest &request) const;

    // Never throws: every outcome is a response (the Errors envelope for failures).
    HttpResponse dispatch(const HttpRequest &request) const;

private:
    struct Route
    {
        Method method;
        QStringList segments; // "{name}" segments capture
        Handler handler;
        bool heavy = false;
    };
    Reply handle(const HttpRequest &request) const;
    static bool matches(const Route &route, const QStringList &parts, QHash<QString, QString> *params);

    Authenticator *m_auth;
    std::vector<Route> m_routes;
};

} // namespace onbehalf::server
