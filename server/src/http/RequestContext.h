#pragma once

#include "auth/Caller.h"
#include "http/HttpRequest.h"

#include <QHash>
#include <QUrlQuery>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf::server {

class Authenticator;

// One request as a handler sees it: path parameters, query, body, and the caller
// (authenticated on first use, so public endpoints never touch the token).
class RequestContext
{
public:
    RequestContext(const HttpRequest &request, QHash<QString, QString> params, Authenticator *auth);

    const HttpRequest &request() const { return m_request; }
    QString param(const QString &name) const { return m_params.value(name); }
    const QUrlQuery &query() const { return m_query; }
    QString queryValue(const QString &key) const;
    QByteArray body() const { return m_request.body(); }
    // The socket peer (a reverse proxy's address when behind one; see auth/ClientAddress).
    QHostAddress peerAddress() const { return m_request.remoteAddress(); }
    // A request header by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const;

    // The body parsed as a JSON object; malformed JSON or a non-object is a 400.
    const nlohmann::json &jsonBody();

    // The verified caller; throws 401 InvalidToken when there is none.
    const Caller &caller();
    // The caller, and 403 InsufficientRoles unless it holds one of `anyOf` (or FullAccess).
    const Caller &requireRoles(const QStringList &anyOf);

    // The same request as another route's handler sees it: more path parameters and, when given,
    // another JSON body (the Cart API hands the caller's cart to the Orders API's handlers).
    RequestContext forRoute(const QHash<QString, QString> &params,
                            std::optional<nlohmann::json> body = std::nullopt) const
    {
        RequestContext c(*this);
        c.m_params.insert(params);
        if (body)
            c.m_body = std::move(body);
        return c;
    }

private:
    const HttpRequest &m_request;
    QHash<QString, QString> m_params;
    QUrlQuery m_query;
    Authenticator *m_auth;
    std::optional<nlohmann::json> m_body;
    std::optional<Caller> m_caller;
};

} // namespace onbehalf::server
