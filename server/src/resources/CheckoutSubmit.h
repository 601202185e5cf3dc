#pragma once

namespace onbehalf::server {

struct Caller;
struct OrderRecord;
struct Services;

// The end of POST …/submit (inside its transaction): where the checkout integration acts, ship
// methods must be selected (else 400 Order.MissingShipMethodSelection) and the order is calculated
// once more; then the buyer's approval rules decide between Open and AwaitingApproval.
// False when the order was no longer Unsubmitted (a racing submit won).
namespace CheckoutSubmit {
bool submit(Services &s, const Caller &caller, OrderRecord &r);
}

} // namespace onbehalf::server
