#pragma once

#include <QCoreApplication>
#include <QString>
#include <nlohmann/json.hpp>

namespace onbehalf {

// Why a marketplace call failed, in words a call-center agent understands (message), with the
// technical facts kept alongside (status, errorCode, detail) for logs and support.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Unreachable,
        Timeout,
        Tls,
        Http,
        Protocol,
        Cancelled,
        Keychain
    };

    ApiError() = default;
    ApiError(Kind kind, int status, QString errorCode, QString message, QString detail = {})
        : m_kind(kind), m_status(status), m_errorCode(std::move(errorCode)), m_message(std::move(message)),
          m_detail(std::move(detail))
    {}

    // From an HTTP error response: the OrderCloud Errors envelope (and OAuth fields) if present.
    static ApiError fromHttp(int status, const nlohmann::json &body);
    static ApiError unreachable(const QString &detail);
    static ApiError timeout();
    static ApiError tls(const QString &detail);
    static ApiError protocol(const QString &detail);
    static ApiError cancelled();
    static ApiError tooLarge(qint64 limitBytes);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int status() const { return m_status; }
    const QString &errorCode() const { return m_errorCode; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const nlohmann::json &data() const { return m_data; }

    // A network problem, not an answer: retrying later may work and nothing was changed.
    bool isTransient() const { return m_kind == Kind::Unreachable || m_kind == Kind::Timeout; }
    bool isInvalidToken() const { return m_status == 401; }

private:
    Kind m_kind = Kind::None;
    int m_status = 0;
    QString m_errorCode;
    QString m_message;
    QString m_detail;
    nlohmann::json m_data;
};

} // namespace onbehalf
