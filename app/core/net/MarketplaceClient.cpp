#include "core/net/MarketplaceClient.h"

#include "core/net/Guarded.h"
#include "wire/SessionEligibility.h"
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
    QUrlQuery withSecret = form;
    if (!m_clientSecret.isEmpty())
        withSecret.addQueryItem(QStringLiteral("client_secret"), percent(m_clientSecret));
    auto *job =
        new ApiJob(send("POST", url(QStringLiteral("/oauth/token")), withSecret.query(QUrl::FullyEncoded).toUtf8(),
                        "application/x-www-form-urlencoded", Token::None),
                   m_timeoutMs, this);
    const bool refresh = form.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("refresh_token");
    connect(job, &ApiJob::finished, this, [this, callback, refresh](ApiJob *finished) {
        Result<wire::AccessToken> r =
            decode<wire::AccessToken>(Result<nlohmann::json>{finished->json(), finished->error()});
        if (r.ok() && r.value.access_token.count(QLatin1Char('.')) != 2)
            r.error = ApiError::protocol(QStringLiteral("the access token is not a JWT"));
        if (r.ok())
            acceptToken(r.value, refresh);
        callback(r);
    });
    return job;
}

void MarketplaceClient::acceptToken(const wire::AccessToken &token, bool fromRefresh)
{
    m_network->setAgentToken(token.access_token.toUtf8());
    const bool rotated =
        token.refresh_token && !token.refresh_token->isEmpty() && *token.refresh_token != m_refreshToken;
    if (rotated)
        m_refreshToken = *token.refresh_token;
    emit agentTokenChanged();
    if (rotated && fromRefresh)
        emit refreshTokenRotated(m_refreshToken);
}

QPointer<ApiJob> MarketplaceClient::signIn(const QString &username, const QString &password, QObject *context,
                                           Callback<wire::AccessToken> done)
{
    m_username = username;
    m_refreshToken.clear();
    emit signInStarted();
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
    emit signInStarted();
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
        [this, base, context, done = std::move(done)](Result<nlohmann::json> raw) {
            const auto r = decode<wire::ListPage<wire::UserGroupAssignment>>(raw);
            if (!r.ok()) {
                done(Result<QStringList>{{}, r.error});
                return;
            }
            QStringList ids;
            for (const auto &a : r.value.items)
                ids << a.UserGroupID;
            if (ids.isEmpty()) {
                done(Result<QStringList>{{}, {}});
                return;
            }
            get(base + QStringLiteral("?pageSize=100&sortBy=Name&ID=") + percent(ids.join(QLatin1Char('|'))),
                Token::Agent, context, [done](Result<nlohmann::json> rawGroups) {
                    const auto groups = decode<wire::ListPage<wire::UserGroup>>(rawGroups);
                    Result<QStringList> out;
                    out.error = groups.error;
                    for (const auto &g : groups.value.items)
                        out.value << g.Name;
                    done(out);
                });
        });
}

void MarketplaceClient::impersonationEligibility(const QString &buyerId, const QString &userId, const QString &clientId,
                                                 QObject *context, Callback<ImpersonationEligibility> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("BuyerID"), percent(buyerId));
    q.addQueryItem(QStringLiteral("UserID"), percent(userId));
    q.addQueryItem(QStringLiteral("ClientID"), percent(clientId.isEmpty() ? m_clientId : clientId));
    get(QStringLiteral("/v1/impersonationsessions/eligibility?") + q.query(QUrl::FullyEncoded), Token::Agent, context,
        [done = std::move(done)](Result<nlohmann::json> raw) {
            const auto r = decode<wire::SessionEligibility>(raw);
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
            out.value.state = r.value.Allowed ? ImpersonationEligibility::State::Allowed
                                              : ImpersonationEligibility::State::NotAllowed;
            if (!r.value.Allowed) {
                nlohmann::json item = nlohmann::json::object();
                if (r.value.Error)
                    item = *r.value.Error;
                out.value.message = ApiError::fromHttp(403, nlohmann::json{{"Errors", {item}}}).message();
            }
            done(out);
        });
}

} // namespace onbehalf
