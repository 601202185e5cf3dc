#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// Buyers, their user groups, and group memberships.
namespace BuyerResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
