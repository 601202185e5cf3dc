#pragma once

namespace onbehalf::server {

class Database;
class DocumentStore;
class RoleResolver;
class SessionStore;
class TokenIssuer;
class TokenService;
class UserStore;

// The server's shared parts, handed to each resource when it registers its routes.
struct Services
{
    Database &db;
    DocumentStore &docs;
    UserStore &users;
    RoleResolver &roles;
    TokenService &tokens;
    const TokenIssuer &issuer;
    SessionStore &sessions;
};

} // namespace onbehalf::server
