#pragma once

#include "storage/SessionStore.h"
#include "storage/UserStore.h"
#include "wire/AccessToken.h"

#include <QString>
#include <QStringList>

namespace onbehalf::server {

class RequestContext;
class Router;
struct Services;
struct TokenClaims;

// POST /v1/buyers/{buyerID}/users/{userID}/accesstoken: a buyer-user token for an agent,
// granted only when the agent holds BuyerImpersonation and an ImpersonationConfig matches.
class ImpersonationEndpoint
{
public:
    explicit ImpersonationEndpoint(Services &s) : m_s(s) {}
    void registerRoutes(Router &router);

    struct Granted
    {
        wire::AccessToken token;
        QString buyerId;
        QString userId;
        QString username;
        QString clientId;
        QStringList roles;
        QString expires; // stored time text
        QDateTime expiresAt;
        QString jti;
        QString buyerName;
        QString userFullName;
    };
    struct Checked
    {
        UserRecord target;
        QStringList roles;
        int accessTokenMinutes = 600;
    };
    // Every rule of impersonation, without issuing anything: throws the HttpError a grant would.
    Checked check(RequestContext &ctx, const QString &buyerId, const QString &userId, const QString &clientId,
                  const QStringList &roles, const QStringList &customRoles);

    // Checks everything and issues the token; `sessionId` is stamped into the token when set.
    // Shared with the sessions extension, so both paths apply exactly the same rules.
    Granted grant(RequestContext &ctx, const QString &buyerId, const QString &userId, const QString &clientId,
                  const QStringList &roles, const QStringList &customRoles, const QString &sessionId);

    // Grants the token and records the session it belongs to, in one transaction: no
    // impersonation token exists without its audit record.
    std::pair<SessionRecord, Granted> startSession(RequestContext &ctx, const QString &buyerId, const QString &userId,
                                                   const QString &clientId, const QStringList &roles,
                                                   const QStringList &customRoles, const QString &reason,
                                                   const QString &caseNumber);

private:
    Services &m_s;
};

} // namespace onbehalf::server
