#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// Who may impersonate (Impersonation*; absent = anyone) whom (BuyerID/GroupID/UserID; absent = any),
// through which API client, and with which security profile's roles.
struct ImpersonationConfig
{
    QString ID;
    std::optional<QString> ImpersonationBuyerID;
    std::optional<QString> ImpersonationGroupID;
    std::optional<QString> ImpersonationUserID;
    std::optional<QString> BuyerID;
    std::optional<QString> GroupID;
    std::optional<QString> UserID;
    QString SecurityProfileID;
    QString ClientID;
};

inline void to_json(nlohmann::json &j, const ImpersonationConfig &c)
{
    j = nlohmann::json{{"ID", c.ID},
                       {"ImpersonationBuyerID", c.ImpersonationBuyerID},
                       {"ImpersonationGroupID", c.ImpersonationGroupID},
                       {"ImpersonationUserID", c.ImpersonationUserID},
                       {"BuyerID", c.BuyerID},
                       {"GroupID", c.GroupID},
                       {"UserID", c.UserID},
                       {"SecurityProfileID", c.SecurityProfileID},
                       {"ClientID", c.ClientID}};
}

inline void from_json(const nlohmann::json &j, ImpersonationConfig &c)
{
    read(j, "ID", c.ID);
    read(j, "ImpersonationBuyerID", c.ImpersonationBuyerID);
    read(j, "ImpersonationGroupID", c.ImpersonationGroupID);
    read(j, "ImpersonationUserID", c.ImpersonationUserID);
    read(j, "BuyerID", c.BuyerID);
    read(j, "GroupID", c.GroupID);
    read(j, "UserID", c.UserID);
    read(j, "SecurityProfileID", c.SecurityProfileID);
    read(j, "ClientID", c.ClientID);
}

// Body of POST /v1/buyers/{b}/users/{u}/accesstoken.
struct ImpersonateTokenRequest
{
    QString ClientID;
    QStringList Roles;
    QStringList CustomRoles;
};

inline void to_json(nlohmann::json &j, const ImpersonateTokenRequest &r)
{
    j = nlohmann::json{{"ClientID", r.ClientID}, {"Roles", r.Roles}, {"CustomRoles", r.CustomRoles}};
}

inline void from_json(const nlohmann::json &j, ImpersonateTokenRequest &r)
{
    read(j, "ClientID", r.ClientID);
    read(j, "Roles", r.Roles);
    read(j, "CustomRoles", r.CustomRoles);
}

} // namespace onbehalf::wire
