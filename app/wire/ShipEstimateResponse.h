#pragma once

#include "wire/Json.h"
#include "wire/ShipEstimate.h"

#include <vector>

namespace onbehalf::wire {

// What the checkout integration answered to "estimate shipping".
struct ShipEstimateResponse
{
    std::vector<ShipEstimate> ShipEstimates;
    std::optional<int> HttpStatusCode;
    std::optional<QString> UnhandledErrorBody;
    nlohmann::json xp = nlohmann::json::object();
    bool Succeeded = true;
};

ONBEHALF_WIRE_FIELDS(ShipEstimateResponse)
{
    visit("ShipEstimates", v.ShipEstimates);
    visit("HttpStatusCode", v.HttpStatusCode);
    visit("UnhandledErrorBody", v.UnhandledErrorBody);
    visit("xp", v.xp);
    visit("Succeeded", v.Succeeded);
}
ONBEHALF_WIRE_JSON(ShipEstimateResponse)

} // namespace onbehalf::wire
