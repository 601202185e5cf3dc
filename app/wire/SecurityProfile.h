#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A named bundle of roles; assigning it grants its roles to whoever the assignment covers.
struct SecurityProfile
{
    QString ID;
    QString Name;
    QStringList Roles;
    QStringList CustomRoles;
};

inline void to_json(nlohmann::json &j, const SecurityProfile &p)
{
    j = nlohmann::json{{"ID", p.ID}, {"Name", p.Name}, {"Roles", p.Roles}, {"CustomRoles", p.CustomRoles}};
}

inline void from_json(const nlohmann::json &j, SecurityProfile &p)
{
    read(j, "ID", p.ID);
    read(j, "Name", p.Name);
    read(j, "Roles", p.Roles);
    read(j, "CustomRoles", p.CustomRoles);
}

// Marketplace level when BuyerID/UserID/UserGroupID are all absent; else buyer, group or user level.
struct SecurityProfileAssignment
{
    QString SecurityProfileID;
    std::optional<QString> BuyerID;
    std::optional<QString> SupplierID;
    std::optional<QString> UserID;
    std::optional<QString> UserGroupID;
};

inline void to_json(nlohmann::json &j, const SecurityProfileAssignment &a)
{
    j = nlohmann::json{{"SecurityProfileID", a.SecurityProfileID},
                       {"BuyerID", a.BuyerID},
                       {"SupplierID", a.SupplierID},
                       {"UserID", a.UserID},
                       {"UserGroupID", a.UserGroupID}};
}

inline void from_json(const nlohmann::json &j, SecurityProfileAssignment &a)
{
    read(j, "SecurityProfileID", a.SecurityProfileID);
    read(j, "BuyerID", a.BuyerID);
    read(j, "SupplierID", a.SupplierID);
    read(j, "UserID", a.UserID);
    read(j, "UserGroupID", a.UserGroupID);
}

} // namespace onbehalf::wire
