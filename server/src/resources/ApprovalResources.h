#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// Order approvals as OrderCloud has them: approval rules per buyer (/v1/buyers/{b}/approvalrules),
// an order's approvals and eligible approvers, approve/decline by a buyer user of the approving
// group, and /v1/me/orders/approvable.
namespace ApprovalResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
