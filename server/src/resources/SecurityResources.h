#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// API clients, security profiles and their assignments, impersonation configs.
namespace SecurityResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
