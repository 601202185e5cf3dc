#pragma once

#include "wire/Json.h"
#include "wire/User.h"

namespace onbehalf::wire {

// One approval an order waits for (or had): one per approval rule that applied at submit.
// Status is Pending, Approved or Declined; Approver is the buyer user who decided.
struct OrderApproval
{
    bool AllowResubmit = false;
    QString ApprovalRuleID;
    QString ApprovingGroupID;
    QString Status = QStringLiteral("Pending");
    std::optional<QDateTime> DateCreated;
    std::optional<QDateTime> DateCompleted;
    std::optional<User> Approver;
    std::optional<QString> Comments;
};

ONBEHALF_WIRE_FIELDS(OrderApproval)
{
    visit("AllowResubmit", v.AllowResubmit);
    visit("ApprovalRuleID", v.ApprovalRuleID);
    visit("ApprovingGroupID", v.ApprovingGroupID);
    visit("Status", v.Status);
    visit("DateCreated", v.DateCreated);
    visit("DateCompleted", v.DateCompleted);
    visit("Approver", v.Approver);
    visit("Comments", v.Comments);
}
ONBEHALF_WIRE_JSON(OrderApproval)

} // namespace onbehalf::wire
