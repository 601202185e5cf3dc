#include "resources/CosignResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/SessionAccess.h"
#include "storage/SessionStore.h"

namespace onbehalf::server::CosignResources {

namespace {
constexpr int kMaxComment = 1000;
}

void registerRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;

    router.add(M::Post, QStringLiteral("/v1/impersonationsessions/{sessionID}/cosign"), [&s](RequestContext &ctx) {
        const Caller &c = ctx.requireRoles({SessionAccess::supervisorRole()});
        SessionAccess::refuseBuyerToken(ctx, QStringLiteral("co-sign an order"));
        const SessionRecord r = SessionAccess::visibleSession(ctx, s);
        // Four eyes: the agent who placed the order cannot approve it, supervisor or not.
        if (r.AgentUserID == c.userId)
            throw HttpError::forbidden(QStringLiteral("Onbehalf.CoSignOwnSession"),
                                       QStringLiteral("Another supervisor must co-sign orders of your own session."));
        const nlohmann::json &body = ctx.jsonBody();
        const QStringList missing = wire::missingRequired(body, {"OrderID", "Approve"});
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        auto decision = body.get<wire::CoSignDecision>();
        if (decision.Comment) {
            *decision.Comment = decision.Comment->trimmed();
            SessionAccess::checkLength("Comment", *decision.Comment, kMaxComment);
            if (decision.Comment->isEmpty())
                decision.Comment.reset();
        }
        if (!r.isActive())
            throw HttpError(409, QStringLiteral("ImpersonationSession.AlreadyEnded"),
                            QStringLiteral("This session has ended; its requests can no longer be decided."),
                            nlohmann::json{{"EndCause", r.EndCause}});
        CoSignStore &cosigns = s.sessions.cosigns();
        if (!cosigns.decide(r.ID, decision.OrderID, *decision.Approve, c.username, decision.Comment)) {
            const auto latest = cosigns.latest(r.ID, decision.OrderID);
            if (!latest)
                throw HttpError::notFound(QStringLiteral("CoSignRequest"), decision.OrderID);
            throw HttpError(
                409, QStringLiteral("Onbehalf.CoSignAlreadyDecided"),
                QStringLiteral("This order has no pending co-sign request (the last one is %1).").arg(latest->Status),
                nlohmann::json{{"Status", latest->Status}, {"DecidedBy", latest->DecidedBy}});
        }
        return Reply::ok(s.sessions.served(*s.sessions.find(r.ID)));
    });
}

} // namespace onbehalf::server::CosignResources
