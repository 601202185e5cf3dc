#include "resources/CheckoutSubmit.h"

#include "Services.h"
#include "auth/Caller.h"
#include "http/HttpError.h"
#include "resources/ApprovalWorkflow.h"
#include "resources/CheckoutIntegration.h"
#include "storage/ApprovalStore.h"
#include "storage/CheckoutStore.h"
#include "storage/OrderStore.h"

namespace onbehalf::server::CheckoutSubmit {

std::optional<wire::OrderCalculateResponse> calculate(Services &s, const Caller &caller, OrderRecord &r)
{
    const auto integration = CheckoutIntegration::forOrder(s, caller.clientId, r.order.FromCompanyID);
    if (!integration)
        return std::nullopt;
    const CheckoutState state = CheckoutStore(s.db).load(r.order.ID);
    if (!CheckoutIntegration::fullySelected(state.estimates))
        throw HttpError::badRequest(
            QStringLiteral("Order.MissingShipMethodSelection"),
            QStringLiteral("Order %1 needs a ship method selected for every ship estimate before it can be "
                           "submitted (estimate shipping, then select ship methods).")
                .arg(r.order.ID),
            nlohmann::json{{"OrderID", r.order.ID}});
    // What the buyer pays is what the integration calculates now, not an older figure (the same
    // sum CheckoutStore::applyCosts stores).
    wire::OrderCalculateResponse calculated = integration->calculate(r, state.estimates);
    r.order.ShippingCost = calculated.ShippingTotal;
    r.order.TaxCost = calculated.TaxTotal;
    r.order.Total = r.order.Subtotal + calculated.ShippingTotal + calculated.TaxTotal;
    return calculated;
}

bool submit(Services &s, const Caller &caller, OrderRecord &r,
            const std::optional<wire::OrderCalculateResponse> &calculated)
{
    OrderStore orders(s.db, s.users);
    CheckoutStore checkout(s.db);
    const QString id = r.order.ID;
    const auto integration = CheckoutIntegration::forOrder(s, caller.clientId, r.order.FromCompanyID);
    CheckoutState state = checkout.load(id);
    if (integration && calculated) {
        state.calculated = *calculated;
        checkout.applyCosts(id, calculated->ShippingTotal, calculated->TaxTotal);
    }
    r = *orders.find(id);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::vector<wire::ApprovalRule> rules = ApprovalWorkflow::applying(s, r.order);
    ApprovalStore approvals(s.db, s.users);
    bool moved = false;
    if (rules.empty()) {
        moved = orders.submit(id, now);
        if (integration)
            state.submitted = wire::OrderSubmitResponse{200, std::nullopt, nlohmann::json::object(), true};
    } else {
        approvals.removeForOrder(id);
        for (const wire::ApprovalRule &rule : rules)
            approvals.insertPending(id, r.order.FromCompanyID, rule.ID, rule.ApprovingGroupID, now);
        moved = approvals.awaitApproval(id, now);
        if (integration)
            state.submittedForApproval =
                wire::OrderSubmitForApprovalResponse{200, std::nullopt, nlohmann::json::object(), true};
    }
    if (moved && integration)
        checkout.save(id, state);
    return moved;
}

} // namespace onbehalf::server::CheckoutSubmit
