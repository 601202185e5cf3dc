#include "resources/SessionAccess.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "wire/Json.h"

namespace onbehalf::server::SessionAccess {

const QString &supervisorRole()
{
    static const QString role = QStringLiteral("ServiceDeskSupervisor");
    return role;
}

QString visibleAgent(RequestContext &ctx)
{
    const Caller &c = ctx.caller();
    const QStringList any{QStringLiteral("BuyerImpersonation"), supervisorRole()};
    if (c.isImpersonation())
        throw HttpError::insufficientRoles(any, c.roles);
    if (c.hasRole(supervisorRole()))
        return QString();
    if (c.hasRole(QStringLiteral("BuyerImpersonation")))
        return c.userId;
    throw HttpError::insufficientRoles(any, c.roles);
}

SessionRecord visibleSession(RequestContext &ctx, Services &s)
{
    const QString agent = visibleAgent(ctx);
    const QString id = ctx.param(QStringLiteral("sessionID"));
    s.sessions.sweepExpired();
    auto r = s.sessions.find(id);
    if (!r || (!agent.isEmpty() && r->AgentUserID != agent))
        throw HttpError::notFound(QStringLiteral("ImpersonationSession"), id);
    return *r;
}

void refuseBuyerToken(RequestContext &ctx, const QString &action)
{
    if (ctx.caller().isImpersonation())
        throw HttpError::forbidden(QStringLiteral("ImpersonationSession.BuyerTokenNotAllowed"),
                                   QStringLiteral("A buyer (impersonation) token cannot %1; the agent does it with "
                                                  "the agent's own token.")
                                       .arg(action));
}

QString text(const nlohmann::json &body, const char *key)
{
    QString value;
    wire::read(body, key, value);
    return value;
}

void checkLength(const char *field, const QString &value, int max)
{
    if (value.size() > max)
        throw HttpError::badRequest(
            QStringLiteral("Onbehalf.TooLong"),
            QStringLiteral("%1 may be at most %2 characters.").arg(QLatin1String(field)).arg(max),
            nlohmann::json{{"Field", field}, {"MaxLength", max}, {"Length", value.size()}});
}

} // namespace onbehalf::server::SessionAccess
