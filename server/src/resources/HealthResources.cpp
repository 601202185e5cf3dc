#include "resources/HealthResources.h"

#include "http/RequestContext.h"
#include "http/Router.h"
#include "storage/Database.h"

namespace onbehalf::server::HealthResources {

void registerRoutes(Router &router, Database &db)
{
    using M = HttpRequest::Method;
    router.add(M::Get, QStringLiteral("/healthz"), [](RequestContext &) {
        return Reply::ok(nlohmann::json{{"Status", "ok"}});
    });
    router.add(M::Get, QStringLiteral("/readyz"), [&db](RequestContext &) {
        // Unreachable: DatabaseUnavailable, which the router answers with 503 and Retry-After.
        if (!db.ping())
            throw DatabaseUnavailable("readiness check: the database does not answer");
        return Reply::ok(nlohmann::json{{"Status", "ready"}});
    });
}

} // namespace onbehalf::server::HealthResources
