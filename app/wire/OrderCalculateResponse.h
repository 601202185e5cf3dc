#pragma once

#include "wire/Json.h"
#include "wire/Money.h"

namespace onbehalf::wire {

// What the checkout integration answered to "calculate": the order's shipping, tax and fees.
// LineItemOverrides stays raw JSON (an array): the built-in integration never overrides lines.
struct OrderCalculateResponse
{
    nlohmann::json LineItemOverrides = nlohmann::json::array();
    Amount ShippingTotal;
    Amount TaxTotal;
    Amount FeeTotal;
    std::optional<int> HttpStatusCode;
    std::optional<QString> UnhandledErrorBody;
    nlohmann::json xp = nlohmann::json::object();
    bool Succeeded = true;
};

ONBEHALF_WIRE_FIELDS(OrderCalculateResponse)
{
    visit("LineItemOverrides", v.LineItemOverrides);
    visit("ShippingTotal", v.ShippingTotal);
    visit("TaxTotal", v.TaxTotal);
    visit("FeeTotal", v.FeeTotal);
    visit("HttpStatusCode", v.HttpStatusCode);
    visit("UnhandledErrorBody", v.UnhandledErrorBody);
    visit("xp", v.xp);
    visit("Succeeded", v.Succeeded);
}
ONBEHALF_WIRE_JSON(OrderCalculateResponse)

} // namespace onbehalf::wire
