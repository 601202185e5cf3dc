#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A buyer address made available to a user, a user group or the whole buyer (company level),
// and whether it may be shipped or billed to (/v1/buyers/{buyerID}/addresses/assignments).
struct AddressAssignment
{
    QString AddressID;
    std::optional<QString> UserID;
    std::optional<QString> UserGroupID;
    bool IsShipping = false;
    bool IsBilling = false;
};

ONBEHALF_WIRE_FIELDS(AddressAssignment)
{
    visit("AddressID", v.AddressID);
    visit("UserID", v.UserID);
    visit("UserGroupID", v.UserGroupID);
    visit("IsShipping", v.IsShipping);
    visit("IsBilling", v.IsBilling);
}
ONBEHALF_WIRE_JSON(AddressAssignment)

} // namespace onbehalf::wire
