#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// Orders as OrderCloud has them (/v1/orders/{direction}…, /v1/me/orders): created and submitted by
// buyer users — or by an agent with an impersonation token, in which case the server itself ties
// the order to the impersonation session.
namespace OrderResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
