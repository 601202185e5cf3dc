#include "core/net/MarketplaceClient.h"

#include "core/net/Guarded.h"
#include "wire/UserGroup.h"

#include <QNetworkRequest>

namespace onbehalf {

namespace {

QString percent(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

MarketplaceClient::MarketplaceClient(QObject *parent) : QObject(parent), m_network(new MarketplaceNetwork(this)) {}

void MarketplaceClient::setBaseUrl(const QUrl &url)
{
    QUrl base = url;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    m_base = base;
}

QUrl MarketplaceClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    u.setPath(m_base.path() + path, QUrl::StrictMode);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QNetworkReply *MarketplaceClient::send(const QByteArray &method, const QUrl &u, const QByteArray &body,
                                       const QByteArray &contentType, Token token)
{
    QNetworkRequest request(u);
    request.setAttribute(MarketplaceNetwork::TokenAttribute, int(token));
    request.setTransferTimeout(m_timeoutMs);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return m_network->sendCustomRequest(request, method, body);
}

QPointer<ApiJob> MarketplaceClient::request(const QByteArray &method, const QString &path, const nlohmann::json &body,
                                            Token token, QObject *context, Callback<nlohmann::json> done)
{
    // The path may carry a query ("?search=…"): split it so it is encoded once.
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    const QUrl u = url(q < 0 ? path : path.left(q), q < 0 ? QUrlQuery() : QUrlQuery(path.mid(q + 1)));
    const QByteArray payload = body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump());
    const QByteArray type = body.is_null() ? QByteArray() : QByteArray("application/json");
    auto callback = guarded(context, std::move(done));

    auto *job = new ApiJob(send(method, u, payload, type, token), m_timeoutMs, this);
    connect(job, &ApiJob::finished, this, [=, this](ApiJob *finished) {
        // An expired agent token is renewed once with the refresh token, then the call is retried.
        if (finished->status() == 401 && token == Token::Agent && !m_refreshToken.isEmpty()) {
            // The job is gone by the time the refresh answers: keep its error, not the job.
            const ApiError firstError = finished->error();
            refreshThenRetry([=, this](bool refreshed) {
                if (!refreshed) {
                    callback(Result<nlohmann::json>{nullptr, firstError});
                    return;
                }
                auto *retry = new ApiJob(send(method, u, payload, type, token), m_timeoutMs, this);
                connect(retry, &ApiJob::finished, this, [callback](ApiJob *again) {
                    callback(Result<nlohmann::json>{again->json(), again->error()});
                });
            });
            return;
        }
        callback(Result<nlohmann::json>{finished->json(), finished->error()});
    });
    return job;
}

void MarketplaceClient::refreshThenRetry(std::function<void(bool)> then)
{
    m_waitingForRefresh.push_back(std::move(then));
    if (m_refreshing)
        return;
    m_refreshing = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), percent(m_clientId));
    form.addQueryItem(QStringLiteral("refresh_token"), percent(m_refreshToken));
    tokenRequest(form, this, [this](Result<wire::AccessToken> r) {
        m_refreshing = false;
        auto waiting = std::move(m_waitingForRefresh);
        m_waitingForRefresh.clear();
        if (!r.ok()) {
            m_network->setAgentToken({});
            m_refreshToken.clear();
            emit agentTokenChanged();
            emit signInExpired(r.error);
        }
        for (auto &w : waiting)
            w(r.ok());
    });
}

QPointer<ApiJob> MarketplaceClient::tokenRequest(const QUrlQuery &form, QObject *context,
                                                 Callback<wire::AccessToken> done)
{
    auto callback = guarded(context, std::move(done));
    auto *job = new ApiJob(send("POST", url(QStringLiteral("/oauth/token")), form.query(QUrl::FullyEncoded).toUtf8(),
                                "application/x-www-form-urlencoded", Token::None),
                           m_timeoutMs, this);
    connect(job, &ApiJob::finished, this, [this, callback](ApiJob *finished) {
        Result<wire::AccessToken> r =
            decode<wire::AccessToken>(Result<nlohmann::json>{finished->json(), finished->error()});
        if (r.ok() && r.value.access_token.count(QLatin1Char('.')) != 2)
            r.error = ApiError::protocol(QStringLiteral("the access token is not a JWT"));
        if (r.ok())
            acceptToken(r.value);
        callback(r);
    });
    return job;
}

void MarketplaceClient::acceptToken(const wire::AccessToken &token)
{
    m_network->setAgentToken(token.access_token.toUtf8());
    if (token.refresh_token && !token.refresh_token->isEmpty())
        m_refreshToken = *token.refresh_token;
    emit agentTokenChanged();
}

QPointer<ApiJob> MarketplaceClient::signIn(const QString &username, const QString &password, QObject *context,
                                           Callback<wire::AccessToken> done)
{
    m_username = username;
    m_refreshToken.clear();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), percent(m_clientId));
    form.addQueryItem(QStringLiteral("username"), percent(username));
    form.addQueryItem(QStringLiteral("password"), percent(password));
    return tokenRequest(form, context, std::move(done));
}

QPointer<ApiJob> MarketplaceClient::signInWithRefreshToken(const QString &refreshToken, QObject *context,
                                                           Callback<wire::AccessToken> done)
{
    m_refreshToken = refreshToken;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), percent(m_clientId));
    form.addQueryItem(QStringLiteral("refresh_token"), percent(refreshToken));
    return tokenRequest(form, context, std::move(done));
}

void MarketplaceClient::signOut(QObject *context, Callback<bool> done)
{
    auto callback = guarded(context, std::move(done));
    auto forget = [this] {
        m_network->setAgentToken({});
        m_network->setBuyerToken({});
        m_refreshToken.clear();
        emit agentTokenChanged();
    };
    if (!isSignedIn()) {
        forget();
        callback(Result<bool>{true, {}});
        return;
    }
    // No refresh dance here: an expired token has nothing left to revoke.
    auto *job =
        new ApiJob(send("DELETE", url(QStringLiteral("/v1/me/tokens")), {}, {}, Token::Agent), m_timeoutMs, this);
    connect(job, &ApiJob::finished, this, [forget, callback](ApiJob *finished) {
        forget();
        callback(Result<bool>{finished->error().isError() ? false : true, finished->error()});
    });
}

QPointer<ApiJob> MarketplaceClient::me(QObject *context, Callback<wire::MeUser> done)
{
    return get(QStringLiteral("/v1/me"), Token::Agent, context,
               [done = std::move(done)](Result<nlohmann::json> r) { done(decode<wire::MeUser>(r)); });
}

QPointer<ApiJob> MarketplaceClient::listBuyers(QObject *context, Callback<wire::ListPage<wire::Buyer>> done)
{
    return get(QStringLiteral("/v1/buyers?pageSize=100&sortBy=Name"), Token::Agent, context,
               [done = std::move(done)](Result<nlohmann::json> r) { done(decode<wire::ListPage<wire::Buyer>>(r)); });
}

QPointer<ApiJob> MarketplaceClient::listBuyerUsers(const BuyerUserQuery &query, QObject *context,
                                                   Callback<wire::ListPage<wire::User>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(query.pageSize));
    if (!query.search.trimmed().isEmpty()) {
        q.addQueryItem(QStringLiteral("search"), percent(query.search.simplified()));
        q.addQueryItem(QStringLiteral("searchOn"), QStringLiteral("ID,Username,FirstName,LastName,Email"));
        // Every word must match (OrderCloud's default, AnyTerm, would take any of them).
        q.addQueryItem(QStringLiteral("searchType"), QStringLiteral("AllTermsAnyField"));
    }
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("LastName,FirstName"));
    if (query.activeOnly)
        q.addQueryItem(QStringLiteral("Active"), QStringLiteral("true"));
    const QString path = QStringLiteral("/v1/buyers/") + percent(query.buyerId) + QStringLiteral("/users?") +
                         q.query(QUrl::FullyEncoded);
    return get(path, Token::Agent, context,
               [done = std::move(done)](Result<nlohmann::json> r) { done(decode<wire::ListPage<wire::User>>(r)); });
}

QPointer<ApiJob> MarketplaceClient::buyerUser(const QString &buyerId, const QString &userId, QObject *context,
                                              Callback<wire::User> done)
{
    return get(QStringLiteral("/v1/buyers/") + percent(buyerId) + QStringLiteral("/users/") + percent(userId),
               Token::Agent, context,
               [done = std::move(done)](Result<nlohmann::json> r) { done(decode<wire::User>(r)); });
}

void MarketplaceClient::userGroupNames(const QString &buyerId, const QString &userId, QObject *context,
                                       Callback<QStringList> done)
{
    const QString base = QStringLiteral("/v1/buyers/") + percent(buyerId) + QStringLiteral("/usergroups");
    get(base + QStringLiteral("/assignments?pageSize=100&userID=") + percent(userId), Token::Agent, context,
        [this, base, context, done = std::move(done)](Result<nlohmann::json> r) {
            if (!r.ok()) {
                done(Result<QStringList>{{}, r.error});
                return;
            }
            QStringList ids;
            for (const auto &a : r.value.value("Items", nlohmann::json::array()))
                ids << QString::fromStdString(a.value("UserGroupID", std::string()));
            if (ids.isEmpty()) {
                done(Result<QStringList>{{}, {}});
                return;
            }
            get(base + QStringLiteral("?pageSize=100&sortBy=Name&ID=") + percent(ids.join(QLatin1Char('|'))),
                Token::Agent, context, [done](Result<nlohmann::json> groups) {
                    Result<QStringList> out;
                    out.error = groups.error;
                    if (groups.ok()) {
                        for (const auto &g : groups.value.value("Items", nlohmann::json::array()))
                            out.value << QString::fromStdString(g.value("Name", std::string()));
                    }
                    done(out);
                });
        });
}

QPointer<ApiJob> MarketplaceClient::recentOrders(const QString &userId, int count, QObject *context,
                                                 Callback<nlohmann::json> done)
{
    return get(QStringLiteral("/v1/orders/Incoming?sortBy=!DateCreated&pageSize=%1&FromUserID=").arg(count) +
                   percent(userId),
               Token::Agent, context, std::move(done));
}

void MarketplaceClient::impersonationEligibility(const QString &buyerId, const QString &userId, QObject *context,
                                                 Callback<ImpersonationEligibility> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("BuyerID"), percent(buyerId));
    q.addQueryItem(QStringLiteral("UserID"), percent(userId));
    q.addQueryItem(QStringLiteral("ClientID"), percent(m_clientId));
    get(QStringLiteral("/v1/impersonationsessions/eligibility?") + q.query(QUrl::FullyEncoded), Token::Agent, context,
        [done = std::move(done)](Result<nlohmann::json> r) {
            Result<ImpersonationEligibility> out;
            if (!r.ok()) {
                // A marketplace without the sessions extension cannot tell in advance.
                out.value.state = ImpersonationEligibility::State::Unknown;
                out.value.message = ApiError::tr("Checked when you start a session.");
                if (r.error.status() != 404)
                    out.error = r.error;
                done(out);
                return;
            }
            const bool allowed = r.value.value("Allowed", false);
            out.value.state =
                allowed ? ImpersonationEligibility::State::Allowed : ImpersonationEligibility::State::NotAllowed;
            if (!allowed) {
                out.value.message =
                    ApiError::fromHttp(403,
                                       nlohmann::json{{"Errors", {r.value.value("Error", nlohmann::json::object())}}})
                        .message();
            }
            done(out);
        });
}

} // namespace onbehalf
