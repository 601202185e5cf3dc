#include "resources/SessionResources.h"

#include "Services.h"
#include "auth/TokenService.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/CosignResources.h"
#include "resources/ImpersonationEndpoint.h"
#include "resources/PolicyResources.h"
#include "resources/ReceiptResources.h"
#include "resources/SessionAccess.h"
#include "resources/SessionNotesResources.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "wire/Json.h"

#include <QSqlQuery>

namespace onbehalf::server::SessionResources {

namespace {

constexpr int kMaxReason = 500;
constexpr int kMaxCaseNumber = 100;
constexpr int kMaxEndComment = 1000;

using SessionAccess::supervisorRole;
using SessionAccess::text;
using SessionAccess::visibleAgent;
using SessionAccess::visibleSession;

QStringList list(const nlohmann::json &body, const char *key)
{
    QStringList value;
    wire::read(body, key, value);
    return value;
}

} // namespace

void registerRoutes(Router &router, Services &s, ImpersonationEndpoint &impersonation)
{
    using M = HttpRequest::Method;

    router.add(M::Post, QStringLiteral("/v1/impersonationsessions"), [&s, &impersonation](RequestContext &ctx) {
        ctx.requireRoles({QStringLiteral("BuyerImpersonation")});
        const nlohmann::json &body = ctx.jsonBody();
        const QStringList missing = wire::missingRequired(body, {"BuyerID", "UserID", "ClientID", "Reason"});
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        const QString reason = text(body, "Reason").trimmed();
        const QString caseNumber = text(body, "CaseNumber").trimmed();
        if (reason.size() > kMaxReason)
            throw HttpError::badRequest(QStringLiteral("ImpersonationSession.ReasonTooLong"),
                                        QStringLiteral("The reason may be at most %1 characters.").arg(kMaxReason),
                                        nlohmann::json{{"MaxLength", kMaxReason}, {"Length", reason.size()}});
        if (caseNumber.size() > kMaxCaseNumber)
            throw HttpError::badRequest(
                QStringLiteral("ImpersonationSession.CaseNumberTooLong"),
                QStringLiteral("The case number may be at most %1 characters.").arg(kMaxCaseNumber),
                nlohmann::json{{"MaxLength", kMaxCaseNumber}});
        const auto [session, granted] =
            impersonation.startSession(ctx, text(body, "BuyerID"), text(body, "UserID"), text(body, "ClientID"),
                                       list(body, "Roles"), list(body, "CustomRoles"), reason, caseNumber);
        return Reply::created(
            nlohmann::json{{"Session", SessionStore::toJson(session, {})}, {"AccessToken", granted.token}});
    });

    router.add(M::Get, QStringLiteral("/v1/impersonationsessions"), [&s](RequestContext &ctx) {
        const QString agent = visibleAgent(ctx);
        s.sessions.sweepExpired();
        const ListQuery q = ListQuery::parse(ctx.query(), s.sessions.listSpec(!agent.isEmpty()), s.db);
        SqlWhere scope;
        if (!agent.isEmpty())
            scope.add(QStringLiteral("agent_user_id = ?"), {agent});
        std::vector<SessionRecord> rows;
        nlohmann::json page = q.run(s.db, SessionStore::columns(), QStringLiteral("impersonation_sessions"), scope,
                                    [&rows](const QSqlQuery &r) {
                                        rows.push_back(SessionStore::fromRow(r));
                                        return nlohmann::json();
                                    });
        // A few queries for the orders, notes and co-sign requests of the whole page.
        page["Items"] = s.sessions.served(rows);
        return Reply::ok(std::move(page));
    });

    // May the caller act for this user? The same rules as starting a session, without starting one,
    // so the desk can say so before the agent types a reason.
    router.add(M::Get, QStringLiteral("/v1/impersonationsessions/eligibility"), [&impersonation](RequestContext &ctx) {
        ctx.requireRoles({QStringLiteral("BuyerImpersonation")});
        const QStringList missing = [&] {
            QStringList m;
            for (const char *key : {"BuyerID", "UserID", "ClientID"}) {
                if (ctx.queryValue(QString::fromLatin1(key)).isEmpty())
                    m << QString::fromLatin1(key);
            }
            return m;
        }();
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        try {
            impersonation.check(ctx, ctx.queryValue(QStringLiteral("BuyerID")),
                                ctx.queryValue(QStringLiteral("UserID")), ctx.queryValue(QStringLiteral("ClientID")),
                                {}, {});
            return Reply::ok(nlohmann::json{{"Allowed", true}, {"Error", nullptr}});
        } catch (const HttpError &e) {
            if (e.status() != 403)
                throw;
            return Reply::ok(nlohmann::json{{"Allowed", false}, {"Error", e.envelope()["Errors"][0]}});
        }
    });

    router.add(M::Get, QStringLiteral("/v1/impersonationsessions/{sessionID}"),
               [&s](RequestContext &ctx) { return Reply::ok(s.sessions.served(visibleSession(ctx, s))); });

    router.add(M::Post, QStringLiteral("/v1/impersonationsessions/{sessionID}/end"), [&s](RequestContext &ctx) {
        const Caller &c = ctx.caller();
        // The audit trail is the agent's and the supervisors' word, never the buyer token's.
        if (c.isImpersonation())
            throw HttpError::forbidden(QStringLiteral("ImpersonationSession.BuyerTokenCannotEnd"),
                                       QStringLiteral("A buyer (impersonation) token cannot end or change a session; "
                                                      "the agent ends it with the agent's own token."));
        const QString id = ctx.param(QStringLiteral("sessionID"));
        const SessionRecord r = visibleSession(ctx, s);
        QString cause = QStringLiteral("AgentEnded");
        std::optional<QString> comment;
        if (!ctx.body().trimmed().isEmpty()) {
            const QString requested = text(ctx.jsonBody(), "EndCause");
            if (!requested.isEmpty())
                cause = requested;
            wire::read(ctx.jsonBody(), "Comment", comment);
            if (comment) {
                *comment = comment->trimmed();
                SessionAccess::checkLength("Comment", *comment, kMaxEndComment);
                if (comment->isEmpty())
                    comment.reset();
            }
        }
        // Expiry is the server's to record, not a client's to claim.
        const auto parsed = wire::parseEndCause(cause);
        if (!parsed || !wire::clientMayClaim(*parsed))
            throw HttpError::badRequest(
                QStringLiteral("ImpersonationSession.InvalidEndCause"),
                QStringLiteral("EndCause must be AgentEnded, Inactivity, SignedOut, Recovered, ScreenLocked "
                               "or Revoked."),
                nlohmann::json{{"EndCause", cause}});
        // Revoked is a supervisor's action; the other causes are the agent's account of its own session.
        if (cause == QLatin1String("Revoked") && !c.hasRole(supervisorRole()))
            throw HttpError::forbidden(QStringLiteral("ImpersonationSession.RevokeNotAllowed"),
                                       QStringLiteral("Only a supervisor can revoke a session."));
        if (cause != QLatin1String("Revoked") && r.AgentUserID != c.userId)
            throw HttpError::forbidden(
                QStringLiteral("ImpersonationSession.NotYours"),
                QStringLiteral("Only the agent who started a session can end it with %1; a supervisor revokes it.")
                    .arg(cause));
        Database::Transaction tx(s.db);
        if (!s.sessions.end(id, cause, c.username, comment)) {
            const auto ended = s.sessions.find(id);
            throw HttpError(409, QStringLiteral("ImpersonationSession.AlreadyEnded"),
                            QStringLiteral("This session has already ended."),
                            nlohmann::json{{"EndCause", ended ? ended->EndCause : std::nullopt},
                                           {"DateEnded", ended ? ended->DateEnded : std::nullopt}});
        }
        s.tokens.revokeSession(id);
        tx.commit();
        return Reply::ok(s.sessions.served(*s.sessions.find(id)));
    });

    router.add(M::Post, QStringLiteral("/v1/impersonationsessions/{sessionID}/renew"),
               [&s, &impersonation](RequestContext &ctx) {
                   const SessionRecord r = visibleSession(ctx, s);
                   // Only the agent who started it: a supervisor ending it is fine, acting in it is not.
                   if (r.AgentUserID != ctx.caller().userId)
                       throw HttpError::forbidden(QStringLiteral("ImpersonationSession.NotYours"),
                                                  QStringLiteral("Only the agent who started a session can renew it."));
                   if (!r.isActive())
                       throw HttpError(409, QStringLiteral("ImpersonationSession.AlreadyEnded"),
                                       QStringLiteral("This session has ended; start a new one."),
                                       nlohmann::json{{"EndCause", r.EndCause}});
                   Database::Transaction tx(s.db);
                   // The old token goes; the rules are checked again for the new one.
                   s.tokens.revokeSession(r.ID);
                   const auto g =
                       impersonation.grant(ctx, r.BuyerID, r.UserID, r.ClientID, r.Roles, QStringList(), r.ID);
                   s.sessions.setTokenExpires(r.ID, g.expiresAt);
                   tx.commit();
                   return Reply::ok(nlohmann::json{{"Session", s.sessions.served(*s.sessions.find(r.ID))},
                                                   {"AccessToken", g.token}});
               });

    SessionNotesResources::registerRoutes(router, s);
    CosignResources::registerRoutes(router, s);
    ReceiptResources::registerRoutes(router, s);
    PolicyResources::registerRoutes(router, s);
}

} // namespace onbehalf::server::SessionResources
