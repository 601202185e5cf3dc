#pragma once

namespace onbehalf::server {

class ImpersonationEndpoint;
class Router;
struct Services;

// /v1/impersonationsessions: Onbehalf's audit extension (not part of OrderCloud). Starting a
// session grants the buyer token and records who, whom and why in one step; sessions end once,
// and nothing edits or deletes them.
namespace SessionResources {
void registerRoutes(Router &router, Services &s, ImpersonationEndpoint &impersonation);
}

} // namespace onbehalf::server
