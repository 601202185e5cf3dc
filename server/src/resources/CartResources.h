#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// The Cart API (/v1/cart…): the calling buyer user's current cart — its most recently created
// unsubmitted order — as a storefront sees it. Every route runs the Orders API's (and checkout's)
// own handler on that order, so the two can never disagree; routes that add to the cart create it
// first when there is none. Register after OrderResources and CheckoutResources.
namespace CartResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
