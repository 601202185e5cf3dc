#pragma once

#include <QString>

namespace onbehalf::server {

struct Services;

// The demo marketplace's B2B part (issue 16), added once after DemoSeed::seedDemo:
// - CONTOSO: approval rule CONTOSO-ORDER-OVER-500 "order.Total > 500.00" approved by user group
//   CONTOSO-APPROVERS, whose member maria.gonzalez (CS-0002) signs in with the demo password;
//   its orders go through the built-in order-checkout integration onbehalf-checkout, attached to the
//   Service Desk API client (OrderCheckoutIntegrationEventID) and acting for buyers whose
//   xp.OrderCheckout names it: ship methods Standard (5–7 days, 9.95, free above 250.00) and
//   Express (1–2 days, 24.95), tax by ship-to state (WA 10.1 %, OR 0 %, CA 7.25 %).
//   sam.rivera (CS-0001) also has address CS-0001-WA in Vancouver, WA.
// - NORTHWIND: jane.doe starts with a storefront cart (SF-NW-0001-CART, 2 lines, unsubmitted).
// - Incrementor orderIncrementor (LeftPaddingCount 6).
// - The marketplace admin may manage approval rules, incrementors and integration events; agents
//   and supervisors may read incrementors (to number orders).
// NORTHWIND and FABRIKAM orders need no ship method and no approval.
namespace B2bSeed {
// Idempotent (settings key seed.demo_b2b); does nothing before the demo itself is seeded.
void seed(Services &s);
} // namespace B2bSeed

} // namespace onbehalf::server
