#pragma once

#include "wire/IntegrationResponse.h"
#include "wire/Json.h"
#include "wire/LineItem.h"
#include "wire/Order.h"
#include "wire/OrderCalculateResponse.h"
#include "wire/ShipEstimateResponse.h"

#include <vector>

namespace onbehalf::wire {

// Member names repeat their types' names, as the SDK has them: types are written qualified.
// An order with everything the checkout integration said about it. OrderPromotions, Subscription
// and SubscriptionIntegrationResponse stay raw JSON: Onbehalf has no promotions or subscriptions.
struct OrderWorksheet
{
    wire::Order Order;
    std::vector<LineItem> LineItems;
    nlohmann::json OrderPromotions = nlohmann::json::array();
    nlohmann::json Subscription;
    std::optional<wire::ShipEstimateResponse> ShipEstimateResponse;
    std::optional<wire::OrderCalculateResponse> OrderCalculateResponse;
    std::optional<wire::OrderSubmitResponse> OrderSubmitResponse;
    std::optional<wire::OrderSubmitForApprovalResponse> OrderSubmitForApprovalResponse;
    std::optional<wire::OrderApprovedResponse> OrderApprovedResponse;
    nlohmann::json SubscriptionIntegrationResponse;
};

ONBEHALF_WIRE_FIELDS(OrderWorksheet)
{
    visit("Order", v.Order);
    visit("LineItems", v.LineItems);
    visit("OrderPromotions", v.OrderPromotions);
    visit("Subscription", v.Subscription);
    visit("ShipEstimateResponse", v.ShipEstimateResponse);
    visit("OrderCalculateResponse", v.OrderCalculateResponse);
    visit("OrderSubmitResponse", v.OrderSubmitResponse);
    visit("OrderSubmitForApprovalResponse", v.OrderSubmitForApprovalResponse);
    visit("OrderApprovedResponse", v.OrderApprovedResponse);
    visit("SubscriptionIntegrationResponse", v.SubscriptionIntegrationResponse);
}
ONBEHALF_WIRE_JSON(OrderWorksheet)

} // namespace onbehalf::wire
