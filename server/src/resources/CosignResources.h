#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// POST /v1/impersonationsessions/{id}/cosign {"OrderID","Approve","Comment"}: a supervisor (never
// the session's own agent) decides the order's pending co-sign request; after an approval the same
// submit passes. The request and its decision stay on the session record.
namespace CosignResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
