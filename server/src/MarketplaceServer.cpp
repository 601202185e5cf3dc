#include "MarketplaceServer.h"

#include "Services.h"
#include "auth/Authenticator.h"
#include "auth/KeyRefresher.h"
#include "auth/LoginThrottle.h"
#include "auth/OAuthEndpoint.h"
#include "auth/RoleResolver.h"
#include "auth/SigningKey.h"
#include "auth/SigningKeys.h"
#include "auth/TokenIssuer.h"
#include "auth/TokenService.h"
#include "http/Router.h"
#include "resources/AddressResources.h"
#include "resources/ApprovalResources.h"
#include "resources/BuyerResources.h"
#include "resources/CartResources.h"
#include "resources/CatalogResources.h"
#include "resources/CheckoutResources.h"
#include "resources/HealthResources.h"
#include "resources/ImpersonationEndpoint.h"
#include "resources/IncrementorResources.h"
#include "resources/OrderResources.h"
#include "resources/SecurityResources.h"
#include "resources/SessionResources.h"
#include "resources/UserResources.h"
#include "seed/DemoSeed.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/SessionStore.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"

#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace onbehalf::server {

MarketplaceServer::MarketplaceServer(QObject *parent) : QObject(parent) {}

MarketplaceServer::~MarketplaceServer()
{
    if (m_http)
        m_http->stop(); // running handlers finish before the stores go away
}

void MarketplaceServer::loadSigningKey(const Options &options)
{
    // The private key comes from a 0600 file (see SigningKeys); the database holds public keys only.
    SigningKeys::Loaded keys =
        SigningKeys::load(*m_db, {options.signingKeyFile, options.allowKeyInDatabase, options.databaseUrl});
    for (const QString &warning : std::as_const(keys.warnings))
        qWarning("%s", qPrintable(warning));
    QString marketplace = m_db->setting(QStringLiteral("marketplace_id"));
    if (marketplace.isEmpty()) {
        marketplace = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db->setSetting(QStringLiteral("marketplace_id"), marketplace);
    }
    m_issuer = std::make_unique<TokenIssuer>(keys.current, QStringLiteral("urn:onbehalf:auth"),
                                             QStringLiteral("urn:onbehalf:marketplace:") + marketplace);
    for (const SigningKey &k : keys.verifyOnly)
        m_issuer->addVerificationKey(k);
    // Another instance's new key (after a rotation) is found in the database on first sight.
    m_issuer->setKeyLookup([db = m_db.get()](const QString &kid) { return SigningKeys::lookup(*db, kid); });
    // A rotation while running: the new key signs, retired keys verify until their verify_until.
    m_keyRefresher = std::make_unique<KeyRefresher>(
        *m_db, *m_issuer,
        SigningKeys::Options{options.signingKeyFile, options.allowKeyInDatabase, options.databaseUrl});
    if (options.keyCheckSeconds > 0) {
        auto *keyCheck = new QTimer(this);
        keyCheck->setInterval(std::chrono::seconds(options.keyCheckSeconds));
        connect(keyCheck, &QTimer::timeout, this, [this] { m_keyRefresher->refresh(false); });
        keyCheck->start();
    }
}

void MarketplaceServer::reloadKeys()
{
    if (m_keyRefresher)
        m_keyRefresher->refresh(true);
}

bool MarketplaceServer::start(const Options &options, QString *error)
{
    m_db = Database::open(options.databaseUrl, error);
    if (!m_db)
        return false;
    try {
        loadSigningKey(options);
        m_docs = std::make_unique<DocumentStore>(*m_db);
        m_roles = std::make_unique<RoleResolver>(*m_db, *m_docs);
        m_users = std::make_unique<UserStore>(*m_db, *m_roles);
        m_tokens = std::make_unique<TokenService>(*m_db, *m_issuer, options.accessTokenLifetimeSeconds);
        m_auth = std::make_unique<Authenticator>(*m_db, *m_issuer);
        m_sessions = std::make_unique<SessionStore>(*m_db);
        m_auth->setSessionActivity(
            [sessions = m_sessions.get()](const QString &id) { sessions->activity().touch(id); });
        m_services.reset(new Services{*m_db, *m_docs, *m_users, *m_roles, *m_tokens, *m_issuer, *m_sessions});

        if (options.seedDemo)
            DemoSeed::seedDemo(*m_services);
        if (options.seedUsers > 0)
            DemoSeed::seedSyntheticUsers(*m_services, options.seedUsers);
        if (options.seedSessions > 0)
            DemoSeed::seedSyntheticSessions(*m_services, options.seedSessions);
        m_db->exec(QStringLiteral("ANALYZE")); // lets the planner pick the search indexes
        m_sessions->sweepExpired();
        LoginThrottle(*m_db).purge();
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }

    m_router = std::make_unique<Router>(m_auth.get());
    m_oauth = std::make_unique<OAuthEndpoint>(*m_docs, *m_users, *m_tokens, *m_issuer, options.trustedProxies);
    m_oauth->registerRoutes(*m_router);
    m_impersonation = std::make_unique<ImpersonationEndpoint>(*m_services);
    m_impersonation->registerRoutes(*m_router);
    UserResources::registerRoutes(*m_router, *m_services);
    BuyerResources::registerRoutes(*m_router, *m_services);
    AddressResources::registerRoutes(*m_router, *m_services);
    SecurityResources::registerRoutes(*m_router, *m_services);
    SessionResources::registerRoutes(*m_router, *m_services, *m_impersonation);
    CatalogResources::registerRoutes(*m_router, *m_services);
    OrderResources::registerRoutes(*m_router, *m_services);
    // Issue 16: after the Orders API, whose handlers the cart runs.
    CheckoutResources::registerRoutes(*m_router, *m_services);
    ApprovalResources::registerRoutes(*m_router, *m_services);
    IncrementorResources::registerRoutes(*m_router, *m_services);
    CartResources::registerRoutes(*m_router, *m_services);
    HealthResources::registerRoutes(*m_router, *m_db);

    // Sessions whose token ran out are recorded as ended even when nobody asks about them, and
    // old sign-in failures are forgotten (the table stays bounded).
    auto *sweep = new QTimer(this);
    sweep->setInterval(std::chrono::seconds(30));
    connect(sweep, &QTimer::timeout, this, [this] {
        try {
            m_sessions->sweepExpired();
            LoginThrottle(*m_db).purge();
        } catch (const std::exception &e) {
            qWarning("sweep failed: %s", e.what());
        }
    });
    sweep->start();
    // What the coalesced activity writes left in memory reaches the database (other instances).
    auto *activity = new QTimer(this);
    activity->setInterval(std::chrono::seconds(SessionActivity::kWriteIntervalSeconds));
    connect(activity, &QTimer::timeout, this, [this] { m_sessions->activity().flush(); });
    activity->start();

    HttpServer::Options http = options.http;
    http.address = options.address;
    http.port = options.port;
    // Password grants hash: they run on the transport's pool of their own.
    m_router->markHeavy(Router::Method::Post, QStringLiteral("/oauth/token"));
    m_router->markHeavy(Router::Method::Post, QStringLiteral("/v1/oauth/token"));
    m_http = std::make_unique<HttpServer>(*m_router, http);
    if (!m_http->listen(error))
        return false;
    const quint16 port = m_http->port();
    // Each worker thread has its own database connection; it is closed when the thread ends.
    Database *db = m_db.get();
    m_http->start([db] { db->releaseThreadConnection(); });
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(options.address.toString());
    m_url.setPort(port);
    return true;
}

} // namespace onbehalf::server
