#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// Admin users (/v1/adminusers) and buyer users (/v1/buyers/{buyerID}/users), their
// token revocation, and GET /v1/me, DELETE /v1/me/tokens.
namespace UserResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
