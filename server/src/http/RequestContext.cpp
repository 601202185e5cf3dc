#include "http/RequestContext.h"

#include "auth/Authenticator.h"
#include "http/HttpError.h"

namespace onbehalf::server {

RequestContext::RequestContext(const HttpRequest &request, QHash<QString, QString> params, Authenticator *auth)
    : m_request(request), m_params(std::move(params)), m_query(request.query()), m_auth(auth)
{}

QString RequestContext::queryValue(const QString &key) const
{
    // OrderCloud's query parameters are case-insensitive (userID, UserID).
    for (const auto &[k, v] : m_query.queryItems(QUrl::FullyDecoded)) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray RequestContext::header(const QByteArray &name) const
{
    for (const auto &[k, v] : m_request.headers()) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

namespace {
constexpr int kMaxJsonDepth = 64;

// Text with NUL characters is refused: no database or log should ever see one.
bool hasNul(const nlohmann::json &j)
{
    if (j.is_string())
        return j.get_ref<const std::string &>().find('\0') != std::string::npos;
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key().find('\0') != std::string::npos || hasNul(it.value()))
                return true;
        }
    } else if (j.is_array()) {
        for (const auto &v : j) {
            if (hasNul(v))
                return true;
        }
    }
    return false;
}
} // namespace

const nlohmann::json &RequestContext::jsonBody()
{
    if (!m_body) {
        const QByteArray raw = m_request.body();
        bool tooDeep = false;
        // Nesting is capped while parsing: a body of 100,000 '[' must not exhaust the stack later.
        const nlohmann::json::parser_callback_t limit = [&tooDeep](int depth, nlohmann::json::parse_event_t,
                                                                   nlohmann::json &) {
            if (depth > kMaxJsonDepth)
                tooDeep = true;
            return !tooDeep;
        };
        nlohmann::json parsed;
        try {
            parsed = nlohmann::json::parse(raw.constBegin(), raw.constEnd(), limit, true);
        } catch (const nlohmann::json::exception &) {
            throw HttpError::badRequest(QStringLiteral("InvalidJson"),
                                        QStringLiteral("The request body is not valid JSON."));
        }
        if (tooDeep)
            throw HttpError::badRequest(
                QStringLiteral("InvalidJson"),
                QStringLiteral("The request body nests deeper than %1 levels.").arg(kMaxJsonDepth));
        if (!parsed.is_object())
            throw HttpError::badRequest(QStringLiteral("InvalidJson"),
                                        QStringLiteral("The request body must be a JSON object."));
        if (hasNul(parsed))
            throw HttpError::badRequest(QStringLiteral("InvalidRequest"),
                                        QStringLiteral("Text may not contain NUL characters."));
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
