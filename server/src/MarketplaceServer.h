#pragma once

#include "http/HttpServer.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace onbehalf::server {

class Authenticator;
class Database;
class DocumentStore;
class ImpersonationEndpoint;
class KeyRefresher;
class OAuthEndpoint;
class RoleResolver;
class SessionStore;
class Router;
class TokenIssuer;
class TokenService;
class UserStore;
struct Services;

// The whole marketplace: storage, keys, token service, routes, and the HTTP listener.
class MarketplaceServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8090;
        QString databaseUrl;
        bool seedDemo = false;
        int seedUsers = 0;
        int seedSessions = 0;
        int accessTokenLifetimeSeconds = 0; // 0: each API client's AccessTokenDuration
        QList<QHostAddress> trustedProxies; // whose X-Forwarded-For names the client (--trusted-proxy)
        QString signingKeyFile;             // --signing-key (see auth/SigningKeys)
        bool allowKeyInDatabase = false;    // --allow-key-in-database (PostgreSQL trials)
        int keyCheckSeconds = 10;           // --key-check-interval: a rotated key is picked up (0: SIGHUP only)
        HttpServer::Options http;           // threads, connection cap, limits, timeouts
    };

    explicit MarketplaceServer(QObject *parent = nullptr);
    ~MarketplaceServer() override;

    bool start(const Options &options, QString *error);
    QUrl url() const { return m_url; }
    // SIGHUP: the signing key file is read again now (see KeyRefresher).
    void reloadKeys();

private:
    void loadSigningKey(const Options &options);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_docs;
    std::unique_ptr<RoleResolver> m_roles;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<KeyRefresher> m_keyRefresher;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<OAuthEndpoint> m_oauth;
    std::unique_ptr<ImpersonationEndpoint> m_impersonation;
    std::unique_ptr<HttpServer> m_http; // last: stopped before what its handlers use
    QUrl m_url;
};

} // namespace onbehalf::server
