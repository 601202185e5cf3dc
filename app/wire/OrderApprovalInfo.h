#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The body of POST …/approve and …/decline.
struct OrderApprovalInfo
{
    bool AllowResubmit = false;
    std::optional<QString> Comments;
};

ONBEHALF_WIRE_FIELDS(OrderApprovalInfo)
{
    visit("AllowResubmit", v.AllowResubmit);
    visit("Comments", v.Comments);
}
ONBEHALF_WIRE_JSON(OrderApprovalInfo)

} // namespace onbehalf::wire
