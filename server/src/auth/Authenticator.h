#pragma once

#include "auth/Caller.h"
#include "auth/TokenClaims.h"
#include "http/HttpRequest.h"

#include <QByteArray>
#include <QHash>
#include <functional>
#include <shared_mutex>

namespace onbehalf::server {

class Database;
class TokenIssuer;

// Turns "Authorization: Bearer <jwt>" into a Caller: signature, issuer, audience and
// lifetime by the TokenIssuer, then the token's own record (not revoked) and its user
// (still there, still active). Anything else is 401 InvalidToken.
class Authenticator
{
public:
    Authenticator(Database &db, const TokenIssuer &issuer);

    Caller authenticate(const HttpRequest &request) const;
    Caller authenticateToken(const QByteArray &token) const;
    // Told the session ID of every accepted impersonation token (the live board's LastActivity).
    void setSessionActivity(std::function<void(const QString &sessionId)> onActivity)
    {
        m_onSessionActivity = std::move(onActivity);
    }

private:
    std::optional<TokenClaims> verified(const QByteArray &token) const;

    Database &m_db;
    const TokenIssuer &m_issuer;
    // Tokens whose signature already checked out: an agent's token is sent with every
    // keystroke's search, and an RS256 check (with its key parsing) is a fifth of such a request.
    // The same bytes verify the same way; lifetime and revocation are still checked every time.
    // Handlers run on several threads: the cache is guarded (many readers, one writer).
    mutable QHash<QByteArray, TokenClaims> m_verified;
    mutable std::shared_mutex m_verifiedLock;
    mutable quint64 m_verifiedKeys = 0; // TokenIssuer::keysGeneration() m_verified was filled under
    std::function<void(const QString &)> m_onSessionActivity;
};

} // namespace onbehalf::server
