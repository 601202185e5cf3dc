#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// Why an impersonation session ended (sessions extension). Expired is the server's to record: a
// client never claims it, it only reports it.
enum class EndCause
{
    AgentEnded,
    Expired,
    Inactivity,
    SignedOut,
    Recovered,
    Revoked,
    ScreenLocked // the desk ended it when the screen locked or the user session switched
};

QString endCauseName(EndCause cause);
std::optional<EndCause> parseEndCause(const QString &name);
// Every name, in declaration order.
const QStringList &endCauseNames();
// What a client may send to POST /v1/impersonationsessions/{id}/end.
inline bool clientMayClaim(EndCause cause)
{
    return cause != EndCause::Expired;
}

void to_json(nlohmann::json &j, const EndCause &cause);
// An unknown name is a decode error, not a silent default: the audit trail must not guess.
void from_json(const nlohmann::json &j, EndCause &cause);

} // namespace onbehalf::wire
