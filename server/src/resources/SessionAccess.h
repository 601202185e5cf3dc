#pragma once

#include "storage/SessionStore.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace onbehalf::server {

class RequestContext;
struct Services;

// Who may see which impersonation session: shared by the sessions extension's resources.
namespace SessionAccess {
const QString &supervisorRole(); // ServiceDeskSupervisor
// Supervisors see every session; agents (BuyerImpersonation) their own; nobody else any.
// Returns the agent ID to restrict to, or an empty string for "all".
QString visibleAgent(RequestContext &ctx);
// The {sessionID} session if the caller may see it; another agent's session is "not found".
SessionRecord visibleSession(RequestContext &ctx, Services &s);
// 403 for a buyer (impersonation) token: the record is the agent's and supervisors' word.
void refuseBuyerToken(RequestContext &ctx, const QString &action);
QString text(const nlohmann::json &body, const char *key);
// 400 Onbehalf.TooLong unless `value` has at most `max` characters.
void checkLength(const char *field, const QString &value, int max);
} // namespace SessionAccess

} // namespace onbehalf::server
