#pragma once

#include "auth/TokenClaims.h"
#include "wire/AccessToken.h"

#include <QString>
#include <QStringList>

namespace onbehalf::server {

class Database;
class TokenIssuer;
struct UserRecord;

// Issues and revokes access and refresh tokens, and keeps the record of every token issued
// (jti, user, agent behind it, session), which is what makes revocation and auditing possible.
class TokenService
{
public:
    // lifetimeOverrideSeconds > 0 replaces every API client's AccessTokenDuration (training, tests).
    TokenService(Database &db, const TokenIssuer &issuer, int lifetimeOverrideSeconds);

    struct Grant
    {
        QString clientId;
        QStringList roles;
        int accessTokenMinutes = 600;
        int refreshTokenMinutes = 0; // 0: no refresh token
        QString impersonatorId;      // set: an impersonation token
        QString sessionId;
    };

    wire::AccessToken issue(const UserRecord &user, const Grant &grant, TokenClaims *issued = nullptr);

    // The refresh token's user, client and scope, if it is valid and not revoked.
    struct RefreshRecord
    {
        QString userId;
        QString clientId;
        QStringList scope;
    };
    std::optional<RefreshRecord> lookupRefresh(const QString &refreshToken) const;

    void revokeToken(const QString &jti);
    // Every access and refresh token of a user; impersonation tokens others hold for the user
    // too when `includeImpersonation` (an administrator cutting off all access).
    void revokeUser(const QString &userId, bool includeImpersonation = false);
    void revokeSession(const QString &sessionId);

    int lifetimeSeconds(int accessTokenMinutes) const;

private:
    static QString hashRefresh(const QString &token);

    Database &m_db;
    const TokenIssuer &m_issuer;
    int m_lifetimeOverride;
};

} // namespace onbehalf::server
