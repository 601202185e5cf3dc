#include "auth/OAuthEndpoint.h"

#include "auth/PasswordHasher.h"
#include "auth/RoleResolver.h"
#include "auth/TokenIssuer.h"
#include "auth/TokenService.h"
#include "auth/UnlockEndpoint.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/UserStore.h"
#include "wire/Json.h"

#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

namespace onbehalf::server {

namespace {

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

QString field(const QUrlQuery &form, const char *key)
{
    return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

bool flag(const nlohmann::json &doc, const char *key)
{
    return doc.contains(key) && doc[key].is_boolean() && doc[key].get<bool>();
}

int number(const nlohmann::json &doc, const char *key, int fallback)
{
    return doc.contains(key) && doc[key].is_number_integer() ? doc[key].get<int>() : fallback;
}

QString text(const nlohmann::json &doc, const char *key)
{
    return doc.contains(key) && doc[key].is_string() ? QString::fromStdString(doc[key].get<std::string>()) : QString();
}

HttpError lockedOut(const QDateTime &until)
{
    // The same words for every username, real or not: a lockout tells nothing about accounts.
    const qint64 seconds = qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(until));
    return HttpError::oauth(
        QStringLiteral("invalid_grant"), QStringLiteral("Auth.LockedOut"),
        QStringLiteral("Too many failed sign-in attempts from this address; try again in %1 seconds.").arg(seconds));
}

HttpError invalidRefresh()
{
    return HttpError::oauth(QStringLiteral("invalid_grant"), QStringLiteral("Auth.InvalidRefreshToken"),
                            QStringLiteral("The refresh token is invalid, expired or revoked."));
}

QByteArray dummyHash()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data() + random.size()));
    return PasswordHasher::hash(QString::fromLatin1(random.toBase64()));
}

} // namespace

OAuthEndpoint::OAuthEndpoint(DocumentStore &docs, UserStore &users, TokenService &tokens, const TokenIssuer &issuer,
                             QList<QHostAddress> trustedProxies)
    : m_docs(docs), m_users(users), m_tokens(tokens), m_issuer(issuer), m_throttle(users.database()),
      m_clientAddress(std::move(trustedProxies)), m_dummyHash(dummyHash())
{}

void OAuthEndpoint::registerRoutes(Router &router)
{
    auto token = [this](RequestContext &ctx) -> Reply {
        const QUrlQuery form = formBody(ctx.body());
        const QString grantType = field(form, "grant_type");
        const QString clientId = field(form, "client_id");

        if (clientId.isEmpty())
            throw HttpError::oauth(QStringLiteral("invalid_client"), QStringLiteral("Auth.InvalidClientID"),
                                   QStringLiteral("client_id is required."));
        const auto client = m_docs.get(QStringLiteral("ApiClient"), QString(), clientId);
        if (!client || !flag(*client, "Active"))
            throw HttpError::oauth(QStringLiteral("invalid_client"), QStringLiteral("Auth.InvalidClientID"),
                                   QStringLiteral("The client ID is unknown or the API client is not active."));

        std::optional<UserRecord> user;
        std::optional<Database::Transaction> refreshTx; // spending a refresh token and issuing the next
        QString refreshFamily;
        QStringList requestedScope;
        const QString scope = field(form, "scope");
        if (!scope.trimmed().isEmpty())
            requestedScope = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);

        if (grantType == QLatin1String("password")) {
            const QString username = field(form, "username");
            const QString password = field(form, "password");
            if (username.isEmpty() || password.isEmpty())
                throw HttpError::oauth(QStringLiteral("invalid_request"),
                                       QStringLiteral("Auth.UsernameAndPasswordRequired"),
                                       QStringLiteral("Username and password are required."));
            const QString address = m_clientAddress.of(ctx);
            if (const auto until = m_throttle.lockedUntil(username, address))
                throw lockedOut(*until);
            user = m_users.findByUsername(username);
            // Unknown names are verified against the dummy hash: the same work, the same answer.
            const bool matches = PasswordHasher::verify(user ? user->passwordHash : m_dummyHash, password);
            if (!user || !matches) {
                m_throttle.recordFailure(username, address);
                throw HttpError::oauth(QStringLiteral("invalid_grant"),
                                       QStringLiteral("Auth.InvalidUsernameOrPassword"),
                                       QStringLiteral("Invalid username or password."));
            }
            m_throttle.recordSuccess(username, address);
            // Hashed with weaker parameters than today's: stored again with the current ones.
            if (PasswordHasher::needsRehash(user->passwordHash))
                m_users.database().exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                        {QString::fromUtf8(PasswordHasher::hash(password)), user->user.ID});
        } else if (grantType == QLatin1String("refresh_token")) {
            TokenService::RefreshRecord record;
            refreshTx.emplace(m_users.database());
            switch (m_tokens.redeemRefresh(field(form, "refresh_token"), clientId, &record)) {
            case TokenService::Redeemed::Ok:
                break;
            case TokenService::Redeemed::Invalid:
                throw invalidRefresh();
            case TokenService::Redeemed::Reused:
                refreshTx->commit(); // the family's revocation must stick
                throw HttpError::oauth(QStringLiteral("invalid_grant"), QStringLiteral("Auth.InvalidRefreshToken"),
                                       QStringLiteral("The refresh token was already used; every token of that "
                                                      "sign-in is revoked. Sign in again."));
            }
            user = m_users.findById(record.userId);
            if (!user)
                throw invalidRefresh();
            // A locked account gets no new tokens by refreshing either.
            if (const auto until = m_throttle.lockedUntil(user->user.Username, m_clientAddress.of(ctx)))
                throw lockedOut(*until);
            if (requestedScope.isEmpty())
                requestedScope = record.scope;
            refreshFamily = record.familyId;
        } else if (grantType == QLatin1String("client_credentials")) {
            const QString secret = text(*client, "ClientSecret");
            const QString contextUser = text(*client, "DefaultContextUserName");
            if (secret.isEmpty() || field(form, "client_secret") != secret || contextUser.isEmpty())
                throw HttpError::oauth(QStringLiteral("invalid_client"),
                                       QStringLiteral("Auth.InvalidClientCredentials"),
                                       QStringLiteral("Invalid client credentials, or the API client has no default "
                                                      "context user."));
            user = m_users.findByUsername(contextUser);
            if (!user)
                throw HttpError::oauth(QStringLiteral("invalid_client"),
                                       QStringLiteral("Auth.InvalidClientCredentials"),
                                       QStringLiteral("The API client's default context user does not exist."));
        } else {
            throw HttpError::oauth(QStringLiteral("unsupported_grant_type"),
                                   QStringLiteral("Auth.UnsupportedGrantType"),
                                   QStringLiteral("grant_type must be password, refresh_token or client_credentials."));
        }

        if (!user->user.Active)
            throw HttpError::oauth(QStringLiteral("invalid_grant"), QStringLiteral("Auth.UserNotActive"),
                                   QStringLiteral("This user account is not active."));
        const bool allowed = user->isAdmin ? flag(*client, "AllowSeller") : flag(*client, "AllowAnyBuyer");
        if (!allowed)
            throw HttpError::oauth(QStringLiteral("invalid_grant"), QStringLiteral("Auth.ClientNotAllowedForUser"),
                                   QStringLiteral("This API client does not allow this kind of user to sign in."));

        const wire::User wireUser = m_users.toWire(*user);
        QStringList roles = wireUser.AvailableRoles;
        if (!requestedScope.isEmpty()) {
            const QSet<QString> wanted(requestedScope.begin(), requestedScope.end());
            QStringList granted;
            for (const QString &r : std::as_const(roles)) {
                if (wanted.contains(r))
                    granted << r;
            }
            if (granted.isEmpty())
                throw HttpError::oauth(QStringLiteral("invalid_scope"), QStringLiteral("Auth.InsufficientRole"),
                                       QStringLiteral("The user has none of the requested roles."));
            roles = granted;
        }
        if (grantType == QLatin1String("password"))
            m_users.recordLoginSuccess(user->user.ID);

        TokenService::Grant grant;
        grant.clientId = clientId;
        grant.roles = roles;
        grant.accessTokenMinutes = number(*client, "AccessTokenDuration", 600);
        grant.refreshTokenMinutes =
            grantType == QLatin1String("client_credentials") ? 0 : number(*client, "RefreshTokenDuration", 0);
        grant.refreshFamily = refreshFamily; // a refresh grant rotates: the family's next token
        const wire::AccessToken issued = m_tokens.issue(*user, grant);
        if (refreshTx)
            refreshTx->commit();
        return Reply::ok(nlohmann::json(issued));
    };
    using M = HttpRequest::Method;
    router.add(M::Post, QStringLiteral("/oauth/token"), token);
    router.add(M::Post, QStringLiteral("/v1/oauth/token"), token);

    auto certs = [this](RequestContext &ctx) -> Reply {
        const auto jwk = m_issuer.jwk(ctx.param(QStringLiteral("kid")));
        if (!jwk)
            throw HttpError::notFound(QStringLiteral("SigningKey"), ctx.param(QStringLiteral("kid")));
        return Reply::ok(*jwk);
    };
    router.add(M::Get, QStringLiteral("/oauth/certs/{kid}"), certs);
    router.add(M::Get, QStringLiteral("/v1/oauth/certs/{kid}"), certs);

    UnlockEndpoint::registerRoutes(router, m_users, m_throttle);
}

} // namespace onbehalf::server
