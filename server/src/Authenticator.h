#pragma once

#include "Caller.h"

#include <QHttpServerRequest>

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

    Caller authenticate(const QHttpServerRequest &request) const;
    Caller authenticateToken(const QByteArray &token) const;

private:
    Database &m_db;
    const TokenIssuer &m_issuer;
};

} // namespace onbehalf::server
