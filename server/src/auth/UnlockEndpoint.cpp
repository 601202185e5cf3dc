#include "auth/UnlockEndpoint.h"

#include "auth/LoginThrottle.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "storage/UserStore.h"

namespace onbehalf::server::UnlockEndpoint {

void registerRoutes(Router &router, UserStore &users, LoginThrottle &throttle)
{
    using M = HttpRequest::Method;
    router.add(M::Post, QStringLiteral("/v1/adminusers/{userID}/unlock"), [&users, &throttle](RequestContext &ctx) {
        ctx.requireRoles({QStringLiteral("AdminUserAdmin")});
        const QString id = ctx.param(QStringLiteral("userID"));
        const auto user = users.find(true, QString(), id);
        if (!user)
            throw HttpError::notFound(QStringLiteral("AdminUser"), id);
        throttle.unlock(user->user.Username);
        return Reply::noContent();
    });
    router.add(M::Post, QStringLiteral("/v1/buyers/{buyerID}/users/{userID}/unlock"),
               [&users, &throttle](RequestContext &ctx) {
                   ctx.requireRoles({QStringLiteral("BuyerUserAdmin")});
                   const QString id = ctx.param(QStringLiteral("userID"));
                   const auto user = users.find(false, ctx.param(QStringLiteral("buyerID")), id);
                   if (!user)
                       throw HttpError::notFound(QStringLiteral("User"), id);
                   throttle.unlock(user->user.Username);
                   return Reply::noContent();
               });
}

} // namespace onbehalf::server::UnlockEndpoint
