#pragma once

#include <nlohmann/json.hpp>

namespace onbehalf::server {

class DocumentStore;
class Router;
class TokenIssuer;
class TokenService;
class UserStore;

// POST /oauth/token (password, refresh_token, client_credentials) and the public keys
// at GET /oauth/certs/{kid}, as OrderCloud's auth endpoints behave.
class OAuthEndpoint
{
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockoutMinutes = 15;

    OAuthEndpoint(DocumentStore &docs, UserStore &users, TokenService &tokens, const TokenIssuer &issuer);
    void registerRoutes(Router &router);

private:
    DocumentStore &m_docs;
    UserStore &m_users;
    TokenService &m_tokens;
    const TokenIssuer &m_issuer;
};

} // namespace onbehalf::server
