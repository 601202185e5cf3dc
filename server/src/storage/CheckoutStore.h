#pragma once

#include "wire/IntegrationResponse.h"
#include "wire/Money.h"
#include "wire/OrderCalculateResponse.h"
#include "wire/ShipEstimateResponse.h"

#include <QString>
#include <optional>

namespace onbehalf::server {

class Database;

// What the order-checkout integration answered for an order, as the worksheet shows it.
struct CheckoutState
{
    std::optional<wire::ShipEstimateResponse> estimates;
    std::optional<wire::OrderCalculateResponse> calculated;
    std::optional<wire::OrderSubmitResponse> submitted;
    std::optional<wire::OrderSubmitForApprovalResponse> submittedForApproval;
    std::optional<wire::OrderApprovedResponse> approved;
};

// Kept as one JSON column of the order; a change of lines or ship-to clears it (OrderStore).
class CheckoutStore
{
public:
    explicit CheckoutStore(Database &db) : m_db(db) {}

    CheckoutState load(const QString &orderId) const;
    void save(const QString &orderId, const CheckoutState &state);
    // The order's ShippingCost and TaxCost as calculated; Total follows.
    void applyCosts(const QString &orderId, const wire::Amount &shipping, const wire::Amount &tax);

private:
    Database &m_db;
};

} // namespace onbehalf::server
