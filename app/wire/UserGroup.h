#pragma once

#include "wire/Json.h"
#include "wire/UserGroupAssignment.h"

namespace onbehalf::wire {

// A buyer's user group; Onbehalf shows them as business units.
struct UserGroup
{
    QString ID;
    QString Name;
    std::optional<QString> Description;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(UserGroup)
{
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("Description", v.Description);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(UserGroup)

} // namespace onbehalf::wire
