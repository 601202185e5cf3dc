#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// Checkout through the API client's order-checkout integration, as OrderCloud has it:
// POST /v1/orders/{direction}/{orderID}/estimateshipping | shipmethods | calculate | validate,
// GET …/worksheet, and /v1/integrationEvents (CRUD) to configure integrations.
namespace CheckoutResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
