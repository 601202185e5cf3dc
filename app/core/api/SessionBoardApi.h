#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/ImpersonationSession.h"
#include "wire/ListPage.h"

#include <vector>

namespace onbehalf {

// A co-sign request waiting for a supervisor, with the session it belongs to.
struct PendingCoSign
{
    wire::ImpersonationSession session;
    wire::CoSignRequest request;
};

// The supervisor's live board over the sessions extension: the active sessions (with
// LastActivity, orders so far and their co-sign requests), force end with a comment, and the
// decision on a pending co-sign. Always with the agent's (here: the supervisor's) token.
class SessionBoardApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit SessionBoardApi(MarketplaceClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client)
    {}

    // Up to kBoardSize active sessions, the longest idle last.
    QPointer<ApiJob> activeSessions(QObject *context, Callback<wire::ListPage<wire::ImpersonationSession>> done);
    // One session, as its agent or a supervisor sees it.
    QPointer<ApiJob> session(const QString &sessionId, QObject *context, Callback<wire::ImpersonationSession> done);
    // Ends another agent's session (EndCause Revoked); the comment is what that agent is shown.
    QPointer<ApiJob> forceEnd(const QString &sessionId, const QString &comment, QObject *context,
                              Callback<wire::ImpersonationSession> done);
    // Approves or declines the order's pending co-sign request; returns the session.
    QPointer<ApiJob> decideCoSign(const QString &sessionId, const QString &orderId, bool approve,
                                  const QString &comment, QObject *context, Callback<wire::ImpersonationSession> done);

    // The pending requests among `sessions`, oldest request first.
    static std::vector<PendingCoSign> pendingCoSigns(const std::vector<wire::ImpersonationSession> &sessions);

    static constexpr int kBoardSize = 100;

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
