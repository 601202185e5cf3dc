#include "Authenticator.h"

#include "Database.h"
#include "HttpError.h"
#include "SqlValues.h"
#include "TokenIssuer.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAuth, "onbehalf.server.auth", QtInfoMsg)

namespace onbehalf::server {

Authenticator::Authenticator(Database &db, const TokenIssuer &issuer) : m_db(db), m_issuer(issuer) {}

Caller Authenticator::authenticate(const QHttpServerRequest &request) const
{
    QByteArray header;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            header = value.trimmed();
            break;
        }
    }
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        throw HttpError::invalidToken();
    return authenticateToken(header.mid(7).trimmed());
}

Caller Authenticator::authenticateToken(const QByteArray &token) const
{
    QString reason;
    const std::optional<TokenClaims> claims = m_issuer.verify(token, &reason);
    if (!claims) {
        qCDebug(lcAuth) << "token refused:" << reason;
        throw HttpError::invalidToken();
    }
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT t.revoked, u.active, u.buyer_id, t.imp_user_id, a.active "
                                 "FROM issued_tokens t JOIN users u ON u.id = t.user_id "
                                 "LEFT JOIN users a ON a.id = t.imp_user_id WHERE t.jti = ? AND t.expires > ?"),
                  {claims->jti, SqlValues::now()});
    const bool found = q.next();
    // An impersonation token dies with its agent's account, too.
    const bool agentGone = found && !q.value(3).isNull() && q.value(4).toInt() == 0;
    if (!found || q.value(0).toInt() != 0 || q.value(1).toInt() == 0 || agentGone) {
        qCDebug(lcAuth) << "token refused: revoked, expired, unknown or user inactive";
        throw HttpError::invalidToken();
    }
    Caller c;
    c.userId = claims->userId;
    c.username = claims->username;
    c.userType = claims->userType;
    c.buyerId = q.value(2).toString();
    c.clientId = claims->clientId;
    c.roles = claims->roles;
    c.impersonatorId = claims->impersonatorId;
    c.sessionId = claims->sessionId;
    c.jti = claims->jti;
    return c;
}

} // namespace onbehalf::server
