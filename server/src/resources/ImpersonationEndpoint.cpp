#include "resources/ImpersonationEndpoint.h"

#include "Services.h"
#include "auth/ImpersonationPolicy.h"
#include "auth/TokenClaims.h"
#include "auth/TokenService.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/DocumentResource.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"
#include "wire/ImpersonationConfig.h"
#include "wire/Json.h"

#include <QSet>

namespace onbehalf::server {

ImpersonationEndpoint::Checked ImpersonationEndpoint::check(RequestContext &ctx, const QString &buyerId,
                                                            const QString &userId, const QString &clientId,
                                                            const QStringList &roles, const QStringList &customRoles)
{
    const Caller &agent = ctx.requireRoles({QStringLiteral("BuyerImpersonation")});
    if (agent.isImpersonation())
        throw HttpError::forbidden(QStringLiteral("Impersonation.AlreadyImpersonating"),
                                   QStringLiteral("An impersonation token cannot be used to impersonate again."));
    if (clientId.isEmpty())
        throw HttpError::requiredFields({QStringLiteral("ClientID")});
    if (!m_s.docs.exists(QStringLiteral("Buyer"), QString(), buyerId))
        throw HttpError::notFound(QStringLiteral("Buyer"), buyerId);
    const auto target = m_s.users.find(false, buyerId, userId);
    if (!target)
        throw HttpError::notFound(QStringLiteral("User"), userId);
    const auto client = m_s.docs.get(QStringLiteral("ApiClient"), QString(), clientId);
    if (!client || !client->value("Active", false))
        throw HttpError::notFound(QStringLiteral("ApiClient"), clientId);
    if (!target->user.Active)
        throw HttpError::forbidden(
            QStringLiteral("Impersonation.UserNotActive"),
            QStringLiteral("Buyer user %1 is not active and cannot be impersonated.").arg(target->user.Username));

    const ImpersonationPolicy policy(m_s.db, m_s.docs, m_s.roles);
    const ImpersonationPolicy::Decision d = policy.evaluate(agent, *target, clientId);
    if (!d.allowed) {
        const auto buyer = m_s.docs.get(QStringLiteral("Buyer"), QString(), buyerId);
        const QString buyerName = buyer ? QString::fromStdString(buyer->value("Name", std::string())) : buyerId;
        throw HttpError(
            403, QStringLiteral("Impersonation.NotAllowed"),
            QStringLiteral("No impersonation config lets %1 act for %2 (%3) through API client %4.")
                .arg(agent.username, target->user.Username, buyerName, clientId),
            nlohmann::json{{"BuyerID", buyerId}, {"BuyerName", buyerName}, {"UserID", userId}, {"ClientID", clientId}});
    }

    // Requested roles the config's profiles allow; none requested = all of them.
    QStringList granted;
    const QSet<QString> allowed(d.allowedRoles.begin(), d.allowedRoles.end());
    const QStringList requested = roles + customRoles;
    if (requested.isEmpty()) {
        granted = d.allowedRoles;
    } else {
        for (const QString &r : requested) {
            if (allowed.contains(r) && !granted.contains(r))
                granted << r;
        }
    }
    if (granted.isEmpty())
        throw HttpError(
            403, QStringLiteral("Impersonation.NoRolesGranted"),
            QStringLiteral("The impersonation config's security profile allows none of the requested roles."),
            nlohmann::json{{"RequestedRoles", requested}, {"AllowedRoles", d.allowedRoles}});

    return Checked{*target, granted, client->value("AccessTokenDuration", 600)};
}

ImpersonationEndpoint::Granted ImpersonationEndpoint::grant(RequestContext &ctx, const QString &buyerId,
                                                            const QString &userId, const QString &clientId,
                                                            const QStringList &roles, const QStringList &customRoles,
                                                            const QString &sessionId)
{
    const Caller &agent = ctx.caller();
    const Checked c = check(ctx, buyerId, userId, clientId, roles, customRoles);
    const UserRecord *target = &c.target;
    const QStringList &granted = c.roles;
    TokenService::Grant g;
    g.clientId = clientId;
    g.roles = granted;
    g.accessTokenMinutes = c.accessTokenMinutes;
    g.impersonatorId = agent.userId;
    g.sessionId = sessionId;
    TokenClaims claims;
    Granted out;
    out.token = m_s.tokens.issue(*target, g, &claims);
    out.buyerId = buyerId;
    out.userId = userId;
    out.username = target->user.Username;
    out.clientId = clientId;
    out.roles = granted;
    out.expires = SqlValues::formatTime(claims.expires);
    out.expiresAt = claims.expires;
    out.jti = claims.jti;
    const auto buyer = m_s.docs.get(QStringLiteral("Buyer"), QString(), buyerId);
    out.buyerName = buyer ? QString::fromStdString(buyer->value("Name", std::string())) : buyerId;
    out.userFullName = target->user.fullName();
    return out;
}

std::pair<SessionRecord, ImpersonationEndpoint::Granted>
ImpersonationEndpoint::startSession(RequestContext &ctx, const QString &buyerId, const QString &userId,
                                    const QString &clientId, const QStringList &roles, const QStringList &customRoles,
                                    const QString &reason, const QString &caseNumber)
{
    const Caller &agent = ctx.requireRoles({QStringLiteral("BuyerImpersonation")});
    Database::Transaction tx(m_s.db);
    SessionRecord r;
    r.ID = DocumentResource::newId();
    const Granted g = grant(ctx, buyerId, userId, clientId, roles, customRoles, r.ID);
    r.AgentUserID = agent.userId;
    r.AgentUsername = agent.username;
    r.BuyerID = buyerId;
    r.BuyerName = g.buyerName;
    r.UserID = userId;
    r.Username = g.username;
    r.UserFullName = g.userFullName;
    r.ClientID = clientId;
    r.Roles = g.roles;
    r.note = {reason, caseNumber};
    r.DateStarted = QDateTime::currentDateTimeUtc();
    r.TokenExpires = g.expiresAt;
    m_s.sessions.insert(r);
    tx.commit();
    return {r, g};
}

void ImpersonationEndpoint::registerRoutes(Router &router)
{
    router.add(HttpRequest::Method::Post, QStringLiteral("/v1/buyers/{buyerID}/users/{userID}/accesstoken"),
               [this](RequestContext &ctx) {
                   ctx.requireRoles({QStringLiteral("BuyerImpersonation")});
                   const QStringList missing = wire::missingRequired(ctx.jsonBody(), {"ClientID"});
                   if (!missing.isEmpty())
                       throw HttpError::requiredFields(missing);
                   const wire::ImpersonateTokenRequest req = ctx.jsonBody().get<wire::ImpersonateTokenRequest>();
                   // Plain OrderCloud clients state no reason, but the impersonation is audited all the same.
                   const auto [session, g] =
                       startSession(ctx, ctx.param(QStringLiteral("buyerID")), ctx.param(QStringLiteral("userID")),
                                    req.ClientID, req.Roles, req.CustomRoles, QString(), QString());
                   return Reply::ok(nlohmann::json(g.token));
               });
}

} // namespace onbehalf::server
