#pragma once

#include "auth/ClientAddress.h"
#include "auth/LoginThrottle.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <nlohmann/json.hpp>

namespace onbehalf::server {

class DocumentStore;
class Router;
class TokenIssuer;
class TokenService;
class UserStore;

// POST /oauth/token (password, refresh_token, client_credentials) and the public keys
// at GET /oauth/certs/{kid}, as OrderCloud's auth endpoints behave.
// Also the unlock endpoints of the lockout it keeps (UnlockEndpoint).
class OAuthEndpoint
{
public:
    OAuthEndpoint(DocumentStore &docs, UserStore &users, TokenService &tokens, const TokenIssuer &issuer,
                  QList<QHostAddress> trustedProxies = {});
    void registerRoutes(Router &router);

private:
    DocumentStore &m_docs;
    UserStore &m_users;
    TokenService &m_tokens;
    const TokenIssuer &m_issuer;
    LoginThrottle m_throttle;
    ClientAddress m_clientAddress;
    // An argon2id hash of a random password, made at start with the parameters real ones use:
    // unknown usernames are verified against it, so they cost what known ones cost.
    QByteArray m_dummyHash;
};

} // namespace onbehalf::server
