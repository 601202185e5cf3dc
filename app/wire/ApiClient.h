#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// An API client ("application"): which users may get tokens through it and for how long.
struct ApiClient
{
    QString ID;
    QString AppName;
    bool Active = true;
    std::optional<QString> ClientSecret;
    int AccessTokenDuration = 600; // minutes
    int RefreshTokenDuration = 0;  // minutes; 0 = no refresh tokens
    std::optional<QString> DefaultContextUserName;
    bool AllowAnyBuyer = false;
    bool AllowAnySupplier = false;
    bool AllowSeller = false;
    bool IsAnonBuyer = false;
    nlohmann::json xp = nlohmann::json::object();
};

inline void to_json(nlohmann::json &j, const ApiClient &c)
{
    j = nlohmann::json{{"ID", c.ID},
                       {"AppName", c.AppName},
                       {"Active", c.Active},
                       {"ClientSecret", c.ClientSecret},
                       {"AccessTokenDuration", c.AccessTokenDuration},
                       {"RefreshTokenDuration", c.RefreshTokenDuration},
                       {"DefaultContextUserName", c.DefaultContextUserName},
                       {"AllowAnyBuyer", c.AllowAnyBuyer},
                       {"AllowAnySupplier", c.AllowAnySupplier},
                       {"AllowSeller", c.AllowSeller},
                       {"IsAnonBuyer", c.IsAnonBuyer},
                       {"xp", xpOrEmpty(c.xp)}};
}

inline void from_json(const nlohmann::json &j, ApiClient &c)
{
    read(j, "ID", c.ID);
    read(j, "AppName", c.AppName);
    read(j, "Active", c.Active);
    read(j, "ClientSecret", c.ClientSecret);
    read(j, "AccessTokenDuration", c.AccessTokenDuration);
    read(j, "RefreshTokenDuration", c.RefreshTokenDuration);
    read(j, "DefaultContextUserName", c.DefaultContextUserName);
    read(j, "AllowAnyBuyer", c.AllowAnyBuyer);
    read(j, "AllowAnySupplier", c.AllowAnySupplier);
    read(j, "AllowSeller", c.AllowSeller);
    read(j, "IsAnonBuyer", c.IsAnonBuyer);
    read(j, "xp", c.xp);
}

} // namespace onbehalf::wire
