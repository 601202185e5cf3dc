#pragma once

namespace onbehalf::server {

class Database;
class Router;

// GET /healthz (the process answers) and GET /readyz (and its database does), for load
// balancers, systemd and operators. Public: they say nothing but up or down.
namespace HealthResources {
void registerRoutes(Router &router, Database &db);
}

} // namespace onbehalf::server
