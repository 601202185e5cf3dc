#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The OAuth token response; field names are OAuth's, not OrderCloud's PascalCase.
// refresh_token is left out when the API client grants none (OAuth 2.0, RFC 6749 5.1).
struct AccessToken
{
    QString access_token;
    int expires_in = 0;
    QString token_type = QStringLiteral("bearer");
    std::optional<QString> refresh_token;
};

ONBEHALF_WIRE_FIELDS(AccessToken)
{
    visit("access_token", v.access_token);
    visit("expires_in", v.expires_in);
    visit("token_type", v.token_type);
    visit("refresh_token", v.refresh_token);
}
inline void to_json(nlohmann::json &j, const AccessToken &t)
{
    writeFields(j, t);
    if (!t.refresh_token)
        j.erase("refresh_token");
}

inline void from_json(const nlohmann::json &j, AccessToken &t)
{
    readFields(j, t);
}

} // namespace onbehalf::wire
