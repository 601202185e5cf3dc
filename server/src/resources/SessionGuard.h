#pragma once

#include "wire/Order.h"

namespace onbehalf::server {

struct Caller;
struct Services;

// The session policy where orders are made with an impersonation token: the verification gate and
// the co-sign limit. Other tokens pass untouched. Called by the order routes (and any route that
// creates or submits an order for a buyer).
namespace SessionGuard {
// 403 Onbehalf.VerificationRequired while the policy asks for a Verification note the session lacks.
void beforeOrderCreate(Services &s, const Caller &c);
// The verification gate again, then the limit: an order whose total, alone or with the session's
// earlier submitted orders, exceeds SessionOrderLimit needs a supervisor's approval. Without one it
// records a pending request and throws 403 Onbehalf.CoSignRequired; a declined request throws 403
// Onbehalf.CoSignDeclined. Writes in its own statements: call it before the submit's transaction.
void beforeSubmit(Services &s, const Caller &c, const wire::Order &order);
} // namespace SessionGuard

} // namespace onbehalf::server
