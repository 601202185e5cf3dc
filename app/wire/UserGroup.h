#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A buyer's user group; Onbehalf shows them as business units.
struct UserGroup
{
    QString ID;
    QString Name;
    std::optional<QString> Description;
    nlohmann::json xp = nlohmann::json::object();
};

inline void to_json(nlohmann::json &j, const UserGroup &g)
{
    j = nlohmann::json{{"ID", g.ID}, {"Name", g.Name}, {"Description", g.Description}, {"xp", xpOrEmpty(g.xp)}};
}

inline void from_json(const nlohmann::json &j, UserGroup &g)
{
    read(j, "ID", g.ID);
    read(j, "Name", g.Name);
    read(j, "Description", g.Description);
    read(j, "xp", g.xp);
}

struct UserGroupAssignment
{
    QString UserGroupID;
    QString UserID;
};

inline void to_json(nlohmann::json &j, const UserGroupAssignment &a)
{
    j = nlohmann::json{{"UserGroupID", a.UserGroupID}, {"UserID", a.UserID}};
}

inline void from_json(const nlohmann::json &j, UserGroupAssignment &a)
{
    read(j, "UserGroupID", a.UserGroupID);
    read(j, "UserID", a.UserID);
}

} // namespace onbehalf::wire
