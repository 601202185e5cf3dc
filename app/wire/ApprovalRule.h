#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A buyer's rule: orders for which RuleExpression holds need approval by a user of ApprovingGroupID.
struct ApprovalRule
{
    QString ID;
    std::optional<QString> Name;
    std::optional<QString> Description;
    QString ApprovingGroupID;
    QString RuleExpression;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(ApprovalRule)
{
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("Description", v.Description);
    visit("ApprovingGroupID", v.ApprovingGroupID);
    visit("RuleExpression", v.RuleExpression);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(ApprovalRule)

} // namespace onbehalf::wire
