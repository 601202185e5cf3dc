#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The shape the SDK names OrderSubmitResponse, OrderSubmitForApprovalResponse and
// OrderApprovedResponse: what an integration answered when the order was submitted, sent for
// approval or approved.
struct IntegrationResponse
{
    std::optional<int> HttpStatusCode;
    std::optional<QString> UnhandledErrorBody;
    nlohmann::json xp = nlohmann::json::object();
    bool Succeeded = true;
};

ONBEHALF_WIRE_FIELDS(IntegrationResponse)
{
    visit("HttpStatusCode", v.HttpStatusCode);
    visit("UnhandledErrorBody", v.UnhandledErrorBody);
    visit("xp", v.xp);
    visit("Succeeded", v.Succeeded);
}
ONBEHALF_WIRE_JSON(IntegrationResponse)

using OrderSubmitResponse = IntegrationResponse;
using OrderSubmitForApprovalResponse = IntegrationResponse;
using OrderApprovedResponse = IntegrationResponse;

} // namespace onbehalf::wire
