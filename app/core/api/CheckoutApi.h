#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/OrderShipMethodSelection.h"
#include "wire/OrderWorksheet.h"

namespace onbehalf {

// The marketplace's order checkout integration on one of the buyer's orders (OrderCloud
// /v1/orders/Outgoing/{id}/estimateshipping, /shipmethods, /calculate), with the impersonation
// token. Every answer is the order's worksheet: the order with its totals, the ship estimates
// and what the integration calculated. A small value: make one where needed.
class CheckoutApi
{
public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit CheckoutApi(MarketplaceClient *client) : m_client(client) {}

    void estimateShipping(const QString &orderId, QObject *context, Callback<wire::OrderWorksheet> done) const;
    void selectShipMethods(const QString &orderId, const wire::OrderShipMethodSelection &selection, QObject *context,
                           Callback<wire::OrderWorksheet> done) const;
    void calculate(const QString &orderId, QObject *context, Callback<wire::OrderWorksheet> done) const;

    // The marketplace has no checkout integration for this API client (nothing to ship-select).
    static bool isNoIntegration(const ApiError &error);

private:
    void post(const QString &orderId, const char *step, const nlohmann::json &body, QObject *context,
              Callback<wire::OrderWorksheet> done) const;

    MarketplaceClient *m_client;
};

} // namespace onbehalf
