#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/ImpersonationSession.h"
#include "wire/ListPage.h"
#include "wire/SessionEligibility.h"
#include "wire/SessionGrant.h"
#include "wire/SessionStart.h"

#include <QUrlQuery>

namespace onbehalf {

// The marketplace's sessions extension (/v1/impersonationsessions), one typed call per endpoint.
// Every call carries the agent's token; every answer is decoded through app/wire into a value
// or an ApiError. Whether the marketplace has the extension at all is Discovery's question.
class SessionsApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit SessionsApi(MarketplaceClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client) {}

    static QString collectionPath() { return QStringLiteral("/v1/impersonationsessions"); }

    // A page of sessions; `filters` in the list grammar (AgentUsername, BuyerID, Status, search…),
    // `sortBy` as OrderCloud ("!DateStarted"); empty for the server's default.
    QPointer<ApiJob> list(const QUrlQuery &filters, int page, int pageSize, const QString &sortBy, QObject *context,
                          Callback<wire::ListPage<wire::ImpersonationSession>> done);
    QPointer<ApiJob> get(const QString &sessionId, QObject *context, Callback<wire::ImpersonationSession> done);
    QPointer<ApiJob> start(const wire::SessionStart &request, QObject *context, Callback<wire::SessionGrant> done);
    // Ends the session and revokes only its token on the marketplace. 409 when it had ended.
    QPointer<ApiJob> end(const QString &sessionId, wire::EndCause cause, QObject *context,
                         Callback<wire::ImpersonationSession> done);
    // A new token for the same session (the old one is revoked).
    QPointer<ApiJob> renew(const QString &sessionId, QObject *context, Callback<wire::SessionGrant> done);
    QPointer<ApiJob> eligibility(const QString &buyerId, const QString &userId, const QString &clientId,
                                 QObject *context, Callback<wire::SessionEligibility> done);

private:
    template <typename T>
    QPointer<ApiJob> call(const QByteArray &method, const QString &path, const nlohmann::json &body, QObject *context,
                          Callback<T> done)
    {
        return m_client->request(
            method, path, body, MarketplaceClient::Token::Agent, context,
            [done = std::move(done)](Result<nlohmann::json> r) { done(MarketplaceClient::decode<T>(r)); });
    }
    static QString sessionPath(const QString &sessionId);

    MarketplaceClient *m_client;
};

} // namespace onbehalf
