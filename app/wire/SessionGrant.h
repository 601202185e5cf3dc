#pragma once

#include "wire/AccessToken.h"
#include "wire/ImpersonationSession.h"

namespace onbehalf::wire {

// The answer to starting or renewing a session: the record and the buyer token for it.
struct SessionGrant
{
    ImpersonationSession Session;
    AccessToken Token;
};

inline void to_json(nlohmann::json &j, const SessionGrant &g)
{
    j = nlohmann::json{{"Session", g.Session}, {"AccessToken", g.Token}};
}

inline void from_json(const nlohmann::json &j, SessionGrant &g)
{
    read(j, "Session", g.Session);
    read(j, "AccessToken", g.Token);
    if (!j.contains("Session"))
        throw DecodeError(QStringLiteral("Session"), QStringLiteral("is missing"));
    if (g.Token.access_token.isEmpty())
        throw DecodeError(QStringLiteral("AccessToken.access_token"), QStringLiteral("is missing"));
}

} // namespace onbehalf::wire
