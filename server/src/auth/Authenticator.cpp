#include "auth/Authenticator.h"

#include "auth/TokenIssuer.h"
#include "http/HttpError.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <mutex>

Q_LOGGING_CATEGORY(lcAuth, "onbehalf.server.auth", QtInfoMsg)

namespace onbehalf::server {

Authenticator::Authenticator(Database &db, const TokenIssuer &issuer) : m_db(db), m_issuer(issuer) {}

Caller Authenticator::authenticate(const HttpRequest &request) const
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

std::optional<TokenClaims> Authenticator::verified(const QByteArray &token) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto leeway = std::chrono::seconds(TokenIssuer::kLeewaySeconds);
    const quint64 keys = m_issuer.keysGeneration();
    {
        std::shared_lock lock(m_verifiedLock);
        // A key retired for good (keys changed) must not keep verifying from the cache.
        if (const auto it = m_verified.constFind(token); keys == m_verifiedKeys && it != m_verified.constEnd()) {
            if (it->notBefore - leeway <= now && now <= it->expires + leeway)
                return *it;
            qCDebug(lcAuth) << "token refused: outside its lifetime";
            return std::nullopt;
        }
    }
    QString reason;
    std::optional<TokenClaims> claims = m_issuer.verify(token, &reason);
    if (!claims) {
        qCDebug(lcAuth) << "token refused:" << reason;
        return std::nullopt;
    }
    constexpr qsizetype kMaxCached = 4096;
    std::unique_lock lock(m_verifiedLock);
    if (keys != m_verifiedKeys) {
        if (keys < m_verifiedKeys)
            return claims; // verified under keys that changed meanwhile: not worth keeping
        m_verified.clear();
        m_verifiedKeys = keys;
    }
    if (m_verified.size() >= kMaxCached) {
        m_verified.removeIf([&](const auto &entry) { return entry.value().expires + leeway < now; });
        if (m_verified.size() >= kMaxCached)
            m_verified.clear();
    }
    m_verified.insert(token, *claims);
    return claims;
}

Caller Authenticator::authenticateToken(const QByteArray &token) const
{
    const std::optional<TokenClaims> claims = verified(token);
    if (!claims)
        throw HttpError::invalidToken();
    // Revocation is read from the database on every request (never cached), so a sign-out on one
    // instance is refused by every other instance sharing the database at once.
    Database::Prepared q(
        m_db,
        QStringLiteral("SELECT t.revoked, u.active, u.buyer_id, t.imp_user_id, a.active, t.user_id, t.client_id, "
                       "t.session_id FROM issued_tokens t JOIN users u ON u.id = t.user_id "
                       "LEFT JOIN users a ON a.id = t.imp_user_id WHERE t.jti = ? AND t.expires > ?"),
        {claims->jti, SqlValues::now()});
    const bool found = q.next();
    // An impersonation token dies with its agent's account, too.
    const bool agentGone = found && !q.value(3).isNull() && q.value(4).toInt() == 0;
    if (!found || q.value(0).toInt() != 0 || q.value(1).toInt() == 0 || agentGone) {
        qCDebug(lcAuth) << "token refused: revoked, expired, unknown or user inactive";
        throw HttpError::invalidToken();
    }
    // The jti must be a token issued to exactly what the token says: its subject, client, agent and
    // session. A signed token naming someone else's jti is a forgery.
    if (q.value(5).toString() != claims->userId || q.value(6).toString() != claims->clientId ||
        q.value(3).toString() != claims->impersonatorId || q.value(7).toString() != claims->sessionId) {
        qCWarning(lcAuth) << "token refused: its jti was issued to another subject";
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
    if (!c.sessionId.isEmpty() && m_onSessionActivity)
        m_onSessionActivity(c.sessionId);
    return c;
}

} // namespace onbehalf::server
