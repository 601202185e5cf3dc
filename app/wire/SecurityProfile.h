#pragma once

#include "wire/Json.h"
#include "wire/PasswordConfig.h"
#include "wire/SecurityProfileAssignment.h"

namespace onbehalf::wire {

// A named bundle of roles; assigning it grants its roles to whoever the assignment covers.
struct SecurityProfile
{
    QString ID;
    QString Name;
    QStringList Roles;
    QStringList CustomRoles;
    std::optional<wire::PasswordConfig> PasswordConfig;
    bool IsExternalRoleGroup = false;
};

ONBEHALF_WIRE_FIELDS(SecurityProfile)
{
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("Roles", v.Roles);
    visit("CustomRoles", v.CustomRoles);
    visit("PasswordConfig", v.PasswordConfig);
    visit("IsExternalRoleGroup", v.IsExternalRoleGroup);
}
ONBEHALF_WIRE_JSON(SecurityProfile)

} // namespace onbehalf::wire
