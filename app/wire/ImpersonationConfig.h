#pragma once

#include "wire/ImpersonateTokenRequest.h"
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

ONBEHALF_WIRE_FIELDS(ImpersonationConfig)
{
    visit("ID", v.ID);
    visit("ImpersonationBuyerID", v.ImpersonationBuyerID);
    visit("ImpersonationGroupID", v.ImpersonationGroupID);
    visit("ImpersonationUserID", v.ImpersonationUserID);
    visit("BuyerID", v.BuyerID);
    visit("GroupID", v.GroupID);
    visit("UserID", v.UserID);
    visit("SecurityProfileID", v.SecurityProfileID);
    visit("ClientID", v.ClientID);
}
ONBEHALF_WIRE_JSON(ImpersonationConfig)

} // namespace onbehalf::wire
