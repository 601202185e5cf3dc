#pragma once

#include "wire/OrderCalculateResponse.h"

#include <optional>

namespace onbehalf::server {

struct Caller;
struct OrderRecord;
struct Services;

// POST …/submit in two steps around the session policy's check.
namespace CheckoutSubmit {
// Before the checks: where the checkout integration acts, ship methods must be selected (else 400
// Order.MissingShipMethodSelection) and the order is calculated once more; `r.order` then carries
// the shipping, tax and total the buyer will pay — what the co-sign limit is held against. Writes
// nothing; the calculation is for submit().
std::optional<wire::OrderCalculateResponse> calculate(Services &s, const Caller &caller, OrderRecord &r);
// Inside the submit's transaction: applies that calculation, then the buyer's approval rules decide
// between Open and AwaitingApproval. False when the order was no longer Unsubmitted (a racing
// submit won).
bool submit(Services &s, const Caller &caller, OrderRecord &r,
            const std::optional<wire::OrderCalculateResponse> &calculated);
} // namespace CheckoutSubmit

} // namespace onbehalf::server
