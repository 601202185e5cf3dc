#include "RequestContext.h"

#include "Authenticator.h"
#include "HttpError.h"

namespace onbehalf::server {

RequestContext::RequestContext(const QHttpServerRequest &request, QHash<QString, QString> params,
                               Authenticator *auth)
    : m_request(request), m_params(std::move(params)), m_query(request.query()), m_auth(auth)
{
}

QString RequestContext::queryValue(const QString &key) const
{
    // OrderCloud's query parameters are case-insensitive (userID, UserID).
    for (const auto &[k, v] : m_query.queryItems(QUrl::FullyDecoded)) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

const nlohmann::json &RequestContext::jsonBody()
{
    if (!m_body) {
        const QByteArray raw = m_request.body();
        nlohmann::json parsed = nlohmann::json::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
        if (parsed.is_discarded())
            throw HttpError::badRequest(QStringLiteral("InvalidJson"),
                                        QStringLiteral("The request body is not valid JSON."));
        if (!parsed.is_object())
            throw HttpError::badRequest(QStringLiteral("InvalidJson"),
                                        QStringLiteral("The request body must be a JSON object."));
        m_body = std::move(parsed);
    }
    return *m_body;
}

const Caller &RequestContext::caller()
{
    if (!m_caller)
        m_caller = m_auth->authenticate(m_request);
    return *m_caller;
}

const Caller &RequestContext::requireRoles(const QStringList &anyOf)
{
    const Caller &c = caller();
    if (!c.hasAnyRole(anyOf))
        throw HttpError::insufficientRoles(anyOf, c.roles);
    return c;
}

} // namespace onbehalf::server
