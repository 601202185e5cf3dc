#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// Marketplace level when BuyerID/UserID/UserGroupID are all absent; else buyer, group or user level.
struct SecurityProfileAssignment
{
    QString SecurityProfileID;
    std::optional<QString> BuyerID;
    std::optional<QString> SupplierID;
    std::optional<QString> UserID;
    std::optional<QString> UserGroupID;
};

ONBEHALF_WIRE_FIELDS(SecurityProfileAssignment)
{
    visit("SecurityProfileID", v.SecurityProfileID);
    visit("BuyerID", v.BuyerID);
    visit("SupplierID", v.SupplierID);
    visit("UserID", v.UserID);
    visit("UserGroupID", v.UserGroupID);
}
ONBEHALF_WIRE_JSON(SecurityProfileAssignment)

} // namespace onbehalf::wire
