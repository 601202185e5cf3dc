#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The OAuth token response; field names are OAuth's, not OrderCloud's PascalCase.
struct AccessToken
{
    QString access_token;
    QString token_type = QStringLiteral("bearer");
    int expires_in = 0;
    std::optional<QString> refresh_token;
};

inline void to_json(nlohmann::json &j, const AccessToken &t)
{
    j = nlohmann::json{{"access_token", t.access_token}, {"token_type", t.token_type}, {"expires_in", t.expires_in}};
    if (t.refresh_token)
        j["refresh_token"] = *t.refresh_token;
}

inline void from_json(const nlohmann::json &j, AccessToken &t)
{
    read(j, "access_token", t.access_token);
    read(j, "token_type", t.token_type);
    read(j, "expires_in", t.expires_in);
    read(j, "refresh_token", t.refresh_token);
}

} // namespace onbehalf::wire
