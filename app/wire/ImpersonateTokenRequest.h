#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// Body of POST /v1/buyers/{b}/users/{u}/accesstoken.
struct ImpersonateTokenRequest
{
    QString ClientID;
    QStringList Roles;
    QStringList CustomRoles;
};

ONBEHALF_WIRE_FIELDS(ImpersonateTokenRequest)
{
    visit("ClientID", v.ClientID);
    visit("Roles", v.Roles);
    visit("CustomRoles", v.CustomRoles);
}
ONBEHALF_WIRE_JSON(ImpersonateTokenRequest)

} // namespace onbehalf::wire
