#pragma once

#include "wire/IntegrationEvent.h"
#include "wire/LineItem.h"
#include "wire/OrderCalculateResponse.h"
#include "wire/ShipEstimateResponse.h"

#include <QString>
#include <optional>
#include <vector>

namespace onbehalf::server {

struct OrderRecord;
struct Services;

// The demo's built-in order-checkout integration. OrderCloud calls an integration attached to the
// API client (ApiClient.OrderCheckoutIntegrationEventID → IntegrationEvent); ours is an
// IntegrationEvent whose CustomImplementationUrl is kBuiltInUrl, configured by its ConfigData:
//   {"BuyerXp": "OrderCheckout",   acts for buyers whose xp.OrderCheckout names this event's ID
//    "ShipMethods": [{"ID", "Name", "Cost", "MinDays", "MaxDays", "FreeAbove"?}],
//    "RemoteStates": ["AK", …], "RemoteExtraDays": 2,   slower delivery to these ship-to states
//    "TaxRates": {"WA": 0.101, …}, "DefaultTaxRate": 0}  tax on the subtotal by ship-to state
// Shipping is one estimate for all lines; a method is free when the subtotal is above FreeAbove.
class CheckoutIntegration
{
public:
    static constexpr const char *kBuiltInUrl = "builtin:onbehalf-checkout";

    // The integration event attached to the API client, if any (a client with none cannot estimate).
    static std::optional<wire::IntegrationEvent> attachedTo(Services &s, const QString &clientId);
    // The integration that acts for orders of this buyer made through this client, if any.
    static std::optional<CheckoutIntegration> forOrder(Services &s, const QString &clientId, const QString &buyerId);
    explicit CheckoutIntegration(wire::IntegrationEvent event) : m_event(std::move(event)) {}

    // Ship methods for the order's ship-to address; keeps a still-offered earlier selection.
    // Throws HttpError 400 Order.MissingShippingAddress without one.
    wire::ShipEstimateResponse estimate(const OrderRecord &r, const std::vector<wire::LineItem> &lines,
                                        const std::optional<wire::ShipEstimateResponse> &previous) const;
    // Shipping (the selected methods) and tax (the ship-to state's rate on the subtotal).
    wire::OrderCalculateResponse calculate(const OrderRecord &r,
                                           const std::optional<wire::ShipEstimateResponse> &estimates) const;
    // Every estimate has a selected method that it offers.
    static bool fullySelected(const std::optional<wire::ShipEstimateResponse> &estimates);

private:
    wire::IntegrationEvent m_event;
};

} // namespace onbehalf::server
