#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// GET /v1/impersonationsessions/{id}/receipt[?format=json|text|html]: the customer-facing summary
// of a session, for its agent or a supervisor.
namespace ReceiptResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
