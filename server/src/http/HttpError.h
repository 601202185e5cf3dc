#pragma once

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace onbehalf::server {

// Thrown by handlers; the router turns it into the OrderCloud error envelope.
// Handlers never build error responses by hand, so every error has the same shape.
class HttpError : public std::runtime_error
{
public:
    HttpError(int status, QString errorCode, QString message, nlohmann::json data = nullptr);

    int status() const { return m_status; }
    const QString &errorCode() const { return m_errorCode; }
    const QString &message() const { return m_message; }
    const nlohmann::json &data() const { return m_data; }

    // The body: {"Errors":[{"ErrorCode":…,"Message":…,"Data":…}]}, plus the OAuth
    // "error"/"error_description" fields for errors of the token endpoint.
    nlohmann::json envelope() const;

    // An error of POST /oauth/token: always 400, with the OAuth fields and the Errors envelope.
    static HttpError oauth(const QString &oauthError, const QString &errorCode, const QString &message);

    static HttpError badRequest(const QString &code, const QString &message, nlohmann::json data = nullptr);
    static HttpError notFound(const QString &objectType, const QString &objectId);
    static HttpError invalidToken();
    static HttpError insufficientRoles(const QStringList &sufficient, const QStringList &assigned);
    static HttpError forbidden(const QString &code, const QString &message);
    static HttpError idExists(const QString &objectType, const QString &objectId);
    static HttpError requiredFields(const QStringList &fields);

private:
    int m_status;
    QString m_errorCode;
    QString m_message;
    nlohmann::json m_data;
    QString m_oauthError;
};

} // namespace onbehalf::server
