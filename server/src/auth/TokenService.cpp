#include "auth/TokenService.h"

#include "auth/TokenIssuer.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace onbehalf::server {

TokenService::TokenService(Database &db, const TokenIssuer &issuer, int lifetimeOverrideSeconds)
    : m_db(db), m_issuer(issuer), m_lifetimeOverride(lifetimeOverrideSeconds)
{}

int TokenService::lifetimeSeconds(int accessTokenMinutes) const
{
    return m_lifetimeOverride > 0 ? m_lifetimeOverride : accessTokenMinutes * 60;
}

QString TokenService::hashRefresh(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

wire::AccessToken TokenService::issue(const UserRecord &user, const Grant &grant, TokenClaims *issued)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int lifetime = lifetimeSeconds(grant.accessTokenMinutes);

    TokenClaims claims;
    claims.username = user.user.Username;
    claims.clientId = grant.clientId;
    claims.userId = user.user.ID;
    claims.userType = user.isAdmin ? QStringLiteral("admin") : QStringLiteral("buyer");
    claims.roles = grant.roles;
    claims.impersonatorId = grant.impersonatorId;
    claims.sessionId = grant.sessionId;
    claims.jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
    claims.issuedAt = now;
    claims.notBefore = now;
    claims.expires = now.addSecs(lifetime);

    const QByteArray jwt = m_issuer.issue(claims);
    const bool withRefresh = grant.refreshTokenMinutes > 0 && grant.impersonatorId.isEmpty();
    const QString family =
        !grant.refreshFamily.isEmpty() ? grant.refreshFamily : QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db.exec(
        QStringLiteral("INSERT INTO issued_tokens (jti, user_id, client_id, imp_user_id, session_id, issued, "
                       "expires, revoked, refresh_family) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
        {claims.jti, claims.userId, claims.clientId,
         grant.impersonatorId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(grant.impersonatorId),
         grant.sessionId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(grant.sessionId),
         SqlValues::formatTime(now), SqlValues::formatTime(claims.expires),
         withRefresh ? QVariant(family) : QVariant(QMetaType::fromType<QString>())});

    wire::AccessToken token;
    token.access_token = QString::fromLatin1(jwt);
    token.token_type = QStringLiteral("bearer");
    token.expires_in = lifetime;
    if (withRefresh) {
        QByteArray raw(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                             reinterpret_cast<quint32 *>(raw.data() + raw.size()));
        const QString refresh =
            QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        m_db.exec(QStringLiteral("INSERT INTO refresh_tokens (token_hash, user_id, client_id, scope, expires, revoked, "
                                 "family_id) VALUES (?, ?, ?, ?, ?, 0, ?)"),
                  {hashRefresh(refresh), claims.userId, claims.clientId, grant.roles.join(QLatin1Char(' ')),
                   SqlValues::formatTime(now.addSecs(qint64(grant.refreshTokenMinutes) * 60)), family});
        token.refresh_token = refresh;
    }
    if (issued)
        *issued = claims;
    return token;
}

TokenService::Redeemed TokenService::redeemRefresh(const QString &refreshToken, const QString &clientId,
                                                   RefreshRecord *record)
{
    const QString hash = hashRefresh(refreshToken);
    const QString now = SqlValues::now();
    // Spending is one conditional UPDATE: of two instances (or two requests) racing with the same
    // token exactly one wins; the other sees it spent.
    QSqlQuery spend =
        m_db.exec(QStringLiteral("UPDATE refresh_tokens SET spent = ? WHERE token_hash = ? AND client_id = ? AND "
                                 "spent IS NULL AND revoked = 0 AND expires > ?"),
                  {now, hash, clientId, now});
    const bool won = spend.numRowsAffected() == 1;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT user_id, client_id, scope, family_id, spent, revoked FROM "
                                           "refresh_tokens WHERE token_hash = ?"),
                            {hash});
    if (!q.next())
        return Redeemed::Invalid;
    const QString family = q.value(3).toString();
    if (!won) {
        // Spent before (and not by us just now): someone replayed it. Kill the family unless the
        // token was of another client or already revoked or expired (then it is merely invalid).
        if (!q.value(4).isNull() && !q.value(4).toString().isEmpty() && q.value(1).toString() == clientId) {
            revokeRefreshFamily(family);
            if (family.isEmpty())
                m_db.exec(QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE token_hash = ?"), {hash});
            return Redeemed::Reused;
        }
        return Redeemed::Invalid;
    }
    if (record) {
        *record = RefreshRecord{q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), family};
        // Tokens from before families existed start one now.
        if (record->familyId.isEmpty())
            record->familyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    return Redeemed::Ok;
}

void TokenService::revokeRefreshFamily(const QString &familyId)
{
    if (familyId.isEmpty())
        return;
    m_db.exec(QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE family_id = ?"), {familyId});
    m_db.exec(QStringLiteral("UPDATE issued_tokens SET revoked = 1 WHERE refresh_family = ?"), {familyId});
}

void TokenService::revokeToken(const QString &jti)
{
    m_db.exec(QStringLiteral("UPDATE issued_tokens SET revoked = 1 WHERE jti = ?"), {jti});
}

void TokenService::revokeUser(const QString &userId, bool includeImpersonation)
{
    m_db.exec(QStringLiteral("UPDATE issued_tokens SET revoked = 1 WHERE user_id = ? AND expires > ?") +
                  (includeImpersonation ? QString() : QStringLiteral(" AND imp_user_id IS NULL")),
              {userId, SqlValues::now()});
    m_db.exec(QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?"), {userId});
}

void TokenService::revokeSession(const QString &sessionId)
{
    m_db.exec(QStringLiteral("UPDATE issued_tokens SET revoked = 1 WHERE session_id = ?"), {sessionId});
}

} // namespace onbehalf::server
