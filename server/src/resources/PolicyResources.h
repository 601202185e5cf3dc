#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// GET/PUT /v1/onbehalf/policy: the session policy (order limit and co-sign, verification, wrap-up,
// screen lock). Read by agents, supervisors and API-client admins; written by a supervisor or an
// ApiClientAdmin (who also manages the impersonation configs).
namespace PolicyResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
