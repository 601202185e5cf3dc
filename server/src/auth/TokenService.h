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
        QString refreshFamily; // set: the next refresh token of this family (a refresh grant)
    };

    wire::AccessToken issue(const UserRecord &user, const Grant &grant, TokenClaims *issued = nullptr);

    // The refresh token's user, client, scope and family.
    struct RefreshRecord
    {
        QString userId;
        QString clientId;
        QStringList scope;
        QString familyId;
    };
    enum class Redeemed
    {
        Ok,      // spent now; issue the family's next token
        Invalid, // unknown, expired, revoked, or another client's
        Reused,  // already spent: the whole family has just been revoked
    };
    // Spends a refresh token (once, across every instance sharing the database). Rotation as the
    // OAuth 2.0 Security BCP asks: reusing a spent token revokes its family, access tokens included.
    Redeemed redeemRefresh(const QString &refreshToken, const QString &clientId, RefreshRecord *record);

    void revokeToken(const QString &jti);
    // Every access and refresh token of a user; impersonation tokens others hold for the user
    // too when `includeImpersonation` (an administrator cutting off all access).
    void revokeUser(const QString &userId, bool includeImpersonation = false);
    void revokeSession(const QString &sessionId);
    void revokeRefreshFamily(const QString &familyId);

    int lifetimeSeconds(int accessTokenMinutes) const;

private:
    static QString hashRefresh(const QString &token);

    Database &m_db;
    const TokenIssuer &m_issuer;
    int m_lifetimeOverride;
};

} // namespace onbehalf::server
