#include "http/HttpError.h"

#include "wire/Json.h"

namespace onbehalf::server {

HttpError::HttpError(int status, QString errorCode, QString message, nlohmann::json data)
    : std::runtime_error(errorCode.toStdString()), m_status(status), m_errorCode(std::move(errorCode)),
      m_message(std::move(message)), m_data(std::move(data))
{}

nlohmann::json HttpError::envelope() const
{
    nlohmann::json item{{"ErrorCode", m_errorCode}, {"Message", m_message}, {"Data", m_data}};
    nlohmann::json body{{"Errors", nlohmann::json::array({item})}};
    if (!m_oauthError.isEmpty()) {
        body["error"] = m_oauthError;
        body["error_description"] = m_message;
    }
    return body;
}

HttpError HttpError::oauth(const QString &oauthError, const QString &errorCode, const QString &message)
{
    HttpError e(400, errorCode, message);
    e.m_oauthError = oauthError;
    return e;
}

HttpError HttpError::badRequest(const QString &code, const QString &message, nlohmann::json data)
{
    return HttpError(400, code, message, std::move(data));
}

HttpError HttpError::notFound(const QString &objectType, const QString &objectId)
{
    return HttpError(404, QStringLiteral("NotFound"), QStringLiteral("%1 not found: %2").arg(objectType, objectId),
                     nlohmann::json{{"ObjectType", objectType}, {"ObjectID", objectId}});
}

HttpError HttpError::invalidToken()
{
    return HttpError(401, QStringLiteral("InvalidToken"), QStringLiteral("Access token is invalid or expired."));
}

HttpError HttpError::insufficientRoles(const QStringList &sufficient, const QStringList &assigned)
{
    return HttpError(403, QStringLiteral("InsufficientRoles"),
                     QStringLiteral("User does not have role(s) required to perform this action."),
                     nlohmann::json{{"SufficientRoles", sufficient}, {"AssignedRoles", assigned}});
}

HttpError HttpError::forbidden(const QString &code, const QString &message)
{
    return HttpError(403, code, message);
}

HttpError HttpError::idExists(const QString &objectType, const QString &objectId)
{
    return HttpError(409, QStringLiteral("IdExists"), QStringLiteral("%1 already exists: %2").arg(objectType, objectId),
                     nlohmann::json{{"ObjectType", objectType}, {"ObjectID", objectId}});
}

HttpError HttpError::requiredFields(const QStringList &fields)
{
    return HttpError(400, QStringLiteral("Required"),
                     QStringLiteral("Required field(s) missing: %1").arg(fields.join(QStringLiteral(", "))),
                     nlohmann::json{{"Fields", fields}});
}

} // namespace onbehalf::server
