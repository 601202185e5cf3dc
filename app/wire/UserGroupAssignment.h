#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A user's membership in a user group.
struct UserGroupAssignment
{
    QString UserGroupID;
    QString UserID;
};

ONBEHALF_WIRE_FIELDS(UserGroupAssignment)
{
    visit("UserGroupID", v.UserGroupID);
    visit("UserID", v.UserID);
}
ONBEHALF_WIRE_JSON(UserGroupAssignment)

} // namespace onbehalf::wire
