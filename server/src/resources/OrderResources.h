#pragma once

namespace onbehalf::server {

class RequestContext;
class Router;
struct OrderRecord;
struct Services;

// Orders as OrderCloud has them (/v1/orders/{direction}…, /v1/me/orders): created and submitted by
// buyer users — or by an agent with an impersonation token, in which case the server itself ties
// the order to the impersonation session.
namespace OrderResources {
void registerRoutes(Router &router, Services &s);
// The order of the path ({direction}, {orderID}) as the caller may read it, else 404: for the
// order's parts kept elsewhere (checkout, approvals).
OrderRecord readableOrder(Services &s, RequestContext &ctx);
// The same, as the caller may change it (OrderAdmin or Shopper), still unsubmitted.
OrderRecord writableOrder(Services &s, RequestContext &ctx);
} // namespace OrderResources

} // namespace onbehalf::server
