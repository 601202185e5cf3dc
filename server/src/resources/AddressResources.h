#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// Buyer addresses as an administrator or an agent reads them (OrderCloud's /v1/buyers/{buyerID}/
// addresses, its {addressID} and assignments). This marketplace keeps every address with the
// buyer user who saved it (/v1/me/addresses), so each one is assigned at user level to that user;
// there are no group- or company-level assignments. Read-only: AddressReader or AddressAdmin.
namespace AddressResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
