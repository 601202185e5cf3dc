#pragma once

namespace onbehalf::server {

class Router;
struct Services;

// /v1/impersonationsessions/{id}/notes: the call's record, append-only. The session's agent
// writes while the session is active and up to 30 minutes after it ended; a supervisor at any
// time; a buyer (impersonation) token never. Notes are not edited or deleted (405).
namespace SessionNotesResources {
void registerRoutes(Router &router, Services &s);
}

} // namespace onbehalf::server
