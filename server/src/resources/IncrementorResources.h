#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// /v1/incrementors: list, create, get, PUT, PATCH, DELETE (IncrementorAdmin / IncrementorReader).
// Using one — "{incrementorID}" in a new order's ID — is IncrementorStore::expand.
namespace IncrementorResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
