#pragma once

#include "core/net/ApiError.h"
#include "core/net/ApiJob.h"
#include "core/net/MarketplaceNetwork.h"
#include "wire/AccessToken.h"
#include "wire/Buyer.h"
#include "wire/ListPage.h"
#include "wire/MeUser.h"
#include "wire/User.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <nlohmann/json.hpp>

namespace onbehalf {

// The result of a typed call: the value, or why there is none.
template <typename T>
struct Result
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// Paging and filters of a buyer-user search (GET /v1/buyers/{b}/users).
struct BuyerUserQuery
{
    QString buyerId;
    QString search;
    bool activeOnly = false;
    int page = 1;
    int pageSize = 50;
};

// What the rules say about acting for a user, as far as this desk can know before trying.
struct ImpersonationEligibility
{
    enum class State
    {
        Unknown,
        Allowed,
        NotAllowed
    };
    State state = State::Unknown;
    QString message;
};

// Typed, asynchronous calls to one marketplace (OrderCloud or onbehalf-server). Nothing blocks:
// each call returns at once and its callback runs on the event loop, unless `context` is gone.
// The agent's token is stamped centrally and refreshed once with the refresh token when it
// expires; the buyer (impersonation) token is never refreshed that way.
class MarketplaceClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;
    using Token = MarketplaceNetwork::Token;

    explicit MarketplaceClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    void setClientId(const QString &id) { m_clientId = id; }
    QString clientId() const { return m_clientId; }
    // For a confidential API client: sent with every token request, kept in memory only (the
    // keychain holds the persistent copy). Empty for a public client.
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    bool isSignedIn() const { return m_network->hasAgentToken(); }
    // The remember-me secret; empty when the API client issues none.
    QString refreshToken() const { return m_refreshToken; }
    QString username() const { return m_username; }

    // OAuth2 password grant; on success the client is signed in as that agent.
    QPointer<ApiJob> signIn(const QString &username, const QString &password, QObject *context,
                            Callback<wire::AccessToken> done);
    QPointer<ApiJob> signInWithRefreshToken(const QString &refreshToken, QObject *context,
                                            Callback<wire::AccessToken> done);
    // Revokes the agent's tokens on the marketplace, then forgets them (also when offline).
    void signOut(QObject *context, Callback<bool> done);
    QPointer<ApiJob> me(QObject *context, Callback<wire::MeUser> done);

    QPointer<ApiJob> listBuyers(QObject *context, Callback<wire::ListPage<wire::Buyer>> done);
    QPointer<ApiJob> listBuyerUsers(const BuyerUserQuery &query, QObject *context,
                                    Callback<wire::ListPage<wire::User>> done);
    QPointer<ApiJob> buyerUser(const QString &buyerId, const QString &userId, QObject *context,
                               Callback<wire::User> done);
    // Names of the user groups (business units) the user belongs to.
    void userGroupNames(const QString &buyerId, const QString &userId, QObject *context, Callback<QStringList> done);
    // Asks the marketplace's session extension whether the agent may act for the user through
    // `clientId` (empty: the sign-in client); Unknown when the marketplace has none.
    void impersonationEligibility(const QString &buyerId, const QString &userId, const QString &clientId,
                                  QObject *context, Callback<ImpersonationEligibility> done);
    void impersonationEligibility(const QString &buyerId, const QString &userId, QObject *context,
                                  Callback<ImpersonationEligibility> done)
    {
        impersonationEligibility(buyerId, userId, QString(), context, std::move(done));
    }

    // The impersonation token "as the buyer" calls carry; empty to stop acting for a buyer.
    void setBuyerToken(const QByteArray &token) { m_network->setBuyerToken(token); }
    bool hasBuyerToken() const { return m_network->hasBuyerToken(); }

    // Any call: JSON in, JSON out, with the given token.
    QPointer<ApiJob> request(const QByteArray &method, const QString &path, const nlohmann::json &body, Token token,
                             QObject *context, Callback<nlohmann::json> done);
    QPointer<ApiJob> get(const QString &path, Token token, QObject *context, Callback<nlohmann::json> done)
    {
        return request("GET", path, nullptr, token, context, std::move(done));
    }

    template <typename T>
    static Result<T> decode(const Result<nlohmann::json> &r)
    {
        Result<T> out;
        out.error = r.error;
        if (!r.ok())
            return out;
        try {
            out.value = r.value.get<T>();
        } catch (const std::exception &e) {
            out.error = ApiError::protocol(QString::fromUtf8(e.what()));
        }
        return out;
    }

signals:
    // The agent's access token changed (signed in, refreshed) or was dropped.
    void agentTokenChanged();
    // The agent's sign-in ended without the agent asking (refresh refused); sign in again.
    void signInExpired(const onbehalf::ApiError &why);
    // A sign-in (password or remembered) is starting: whatever was learnt about the marketplace
    // for the previous one is stale.
    void signInStarted();
    // A refresh grant answered with a new refresh token (the marketplace rotates them); the old
    // one is spent, so a remembered sign-in must store this one at once.
    void refreshTokenRotated(const QString &refreshToken);

private:
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                        const QByteArray &contentType, Token token);
    QPointer<ApiJob> tokenRequest(const QUrlQuery &form, QObject *context, Callback<wire::AccessToken> done);
    void acceptToken(const wire::AccessToken &token, bool fromRefresh);
    void refreshThenRetry(std::function<void(bool refreshed)> then);

    MarketplaceNetwork *m_network; // child
    QUrl m_base;
    QString m_clientId;
    QString m_clientSecret;
    QString m_username;
    QString m_refreshToken;
    int m_timeoutMs = 15000;
    bool m_refreshing = false;
    std::vector<std::function<void(bool)>> m_waitingForRefresh;
};

} // namespace onbehalf
