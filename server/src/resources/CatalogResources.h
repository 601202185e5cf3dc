#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// Products, price schedules, catalogs and their assignments (admin), what a buyer sees
// (/v1/me/products) and a buyer's own addresses (/v1/me/addresses).
namespace CatalogResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
