#pragma once

namespace onbehalf::server {

class LoginThrottle;
class Router;
class UserStore;

// POST /v1/adminusers/{id}/unlock (AdminUserAdmin) and POST /v1/buyers/{b}/users/{u}/unlock
// (BuyerUserAdmin): an administrator lifts a user's sign-in lockout from every address (204).
namespace UnlockEndpoint {
void registerRoutes(Router &router, UserStore &users, LoginThrottle &throttle);
}

} // namespace onbehalf::server
