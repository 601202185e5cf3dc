#include "resources/CheckoutResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/CheckoutIntegration.h"
#include "resources/DocumentResource.h"
#include "resources/OrderResources.h"
#include "storage/CheckoutStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "wire/OrderShipMethodSelection.h"
#include "wire/OrderWorksheet.h"

#include <algorithm>

namespace onbehalf::server::CheckoutResources {

namespace {

nlohmann::json worksheet(Services &s, const QString &orderId)
{
    OrderStore orders(s.db, s.users);
    const auto r = orders.find(orderId);
    if (!r)
        throw HttpError::notFound(QStringLiteral("Order"), orderId);
    const CheckoutState st = CheckoutStore(s.db).load(orderId);
    wire::OrderWorksheet w;
    w.Order = r->order;
    w.LineItems = orders.lineItems(orderId);
    w.ShipEstimateResponse = st.estimates;
    w.OrderCalculateResponse = st.calculated;
    w.OrderSubmitResponse = st.submitted;
    w.OrderSubmitForApprovalResponse = st.submittedForApproval;
    w.OrderApprovedResponse = st.approved;
    nlohmann::json j = w;
    j["Order"] = orders.toJson(*r); // with the ShippingAddress the desk reads back
    return j;
}

// The client's integration, or 400 when the client has none (nothing to estimate with).
wire::IntegrationEvent requireAttached(Services &s, RequestContext &ctx)
{
    auto event = CheckoutIntegration::attachedTo(s, ctx.caller().clientId);
    if (!event)
        throw HttpError::badRequest(QStringLiteral("Order.NoCheckoutIntegration"),
                                    QStringLiteral("API client %1 has no order checkout integration "
                                                   "(OrderCheckoutIntegrationEventID).")
                                        .arg(ctx.caller().clientId),
                                    nlohmann::json{{"ClientID", ctx.caller().clientId}});
    return *event;
}

// Shipping and tax as the integration calculates them now, applied to the order's totals.
void recalculate(Services &s, const CheckoutIntegration &integration, const OrderRecord &r, CheckoutState &st)
{
    st.calculated = integration.calculate(r, st.estimates);
    CheckoutStore(s.db).applyCosts(r.order.ID, st.calculated->ShippingTotal, st.calculated->TaxTotal);
}

void registerOrderRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    const QString base = QStringLiteral("/v1/orders/{direction}/{orderID}");

    router.add(M::Post, base + QStringLiteral("/estimateshipping"), [&s](RequestContext &ctx) {
        const OrderRecord r = OrderResources::writableOrder(s, ctx);
        requireAttached(s, ctx);
        const auto integration = CheckoutIntegration::forOrder(s, ctx.caller().clientId, r.order.FromCompanyID);
        Database::Transaction tx(s.db);
        CheckoutStore store(s.db);
        CheckoutState st = store.load(r.order.ID);
        if (integration) {
            st.estimates = integration->estimate(r, OrderStore(s.db, s.users).lineItems(r.order.ID), st.estimates);
            recalculate(s, *integration, r, st);
        } else {
            // The integration does not act for this buyer: nothing to ship-select.
            st.estimates = wire::ShipEstimateResponse{{}, 200, std::nullopt, nlohmann::json::object(), true};
        }
        store.save(r.order.ID, st);
        tx.commit();
        return Reply::ok(worksheet(s, r.order.ID));
    });

    router.add(M::Post, base + QStringLiteral("/shipmethods"), [&s](RequestContext &ctx) {
        const OrderRecord r = OrderResources::writableOrder(s, ctx);
        const auto selection = ctx.jsonBody().get<wire::OrderShipMethodSelection>();
        Database::Transaction tx(s.db);
        CheckoutStore store(s.db);
        CheckoutState st = store.load(r.order.ID);
        if (!st.estimates)
            throw HttpError::badRequest(
                QStringLiteral("Order.MissingShipEstimates"),
                QStringLiteral("Estimate shipping for order %1 before selecting ship methods.").arg(r.order.ID),
                nlohmann::json{{"OrderID", r.order.ID}});
        for (const wire::ShipMethodSelection &sel : selection.ShipMethodSelections) {
            auto est = std::find_if(st.estimates->ShipEstimates.begin(), st.estimates->ShipEstimates.end(),
                                    [&sel](const wire::ShipEstimate &e) { return e.ID == sel.ShipEstimateID; });
            const bool offered = est != st.estimates->ShipEstimates.end() &&
                                 std::any_of(est->ShipMethods.begin(), est->ShipMethods.end(),
                                             [&sel](const wire::ShipMethod &m) { return m.ID == sel.ShipMethodID; });
            if (!offered)
                throw HttpError::badRequest(
                    QStringLiteral("InvalidShipMethodSelection"),
                    QStringLiteral("Ship estimate '%1' offers no ship method '%2'.")
                        .arg(sel.ShipEstimateID, sel.ShipMethodID),
                    nlohmann::json{{"ShipEstimateID", sel.ShipEstimateID}, {"ShipMethodID", sel.ShipMethodID}});
            est->SelectedShipMethodID = sel.ShipMethodID;
        }
        if (const auto integration = CheckoutIntegration::forOrder(s, ctx.caller().clientId, r.order.FromCompanyID))
            recalculate(s, *integration, r, st);
        store.save(r.order.ID, st);
        tx.commit();
        return Reply::ok(worksheet(s, r.order.ID));
    });

    router.add(M::Post, base + QStringLiteral("/calculate"), [&s](RequestContext &ctx) {
        const OrderRecord r = OrderResources::writableOrder(s, ctx);
        requireAttached(s, ctx);
        Database::Transaction tx(s.db);
        CheckoutStore store(s.db);
        CheckoutState st = store.load(r.order.ID);
        if (const auto integration = CheckoutIntegration::forOrder(s, ctx.caller().clientId, r.order.FromCompanyID))
            recalculate(s, *integration, r, st);
        else
            st.calculated = wire::OrderCalculateResponse{};
        store.save(r.order.ID, st);
        tx.commit();
        return Reply::ok(worksheet(s, r.order.ID));
    });

    router.add(M::Post, base + QStringLiteral("/validate"), [&s](RequestContext &ctx) {
        const OrderRecord r = OrderResources::writableOrder(s, ctx);
        if (r.order.LineItemCount == 0)
            throw HttpError::badRequest(QStringLiteral("Order.CannotSubmitWithNoLineItems"),
                                        QStringLiteral("An order needs at least one line item to be submitted."));
        if (CheckoutIntegration::forOrder(s, ctx.caller().clientId, r.order.FromCompanyID) &&
            !CheckoutIntegration::fullySelected(CheckoutStore(s.db).load(r.order.ID).estimates))
            throw HttpError::badRequest(
                QStringLiteral("Order.MissingShipMethodSelection"),
                QStringLiteral("Order %1 needs a ship method selected for every ship estimate.").arg(r.order.ID),
                nlohmann::json{{"OrderID", r.order.ID}});
        return Reply::noContent();
    });

    router.add(M::Get, base + QStringLiteral("/worksheet"), [&s](RequestContext &ctx) {
        const OrderRecord r = OrderResources::readableOrder(s, ctx);
        return Reply::ok(worksheet(s, r.order.ID));
    });
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    registerOrderRoutes(router, s);

    DocumentKind events;
    events.kind = QStringLiteral("IntegrationEvent");
    events.collection = QStringLiteral("/v1/integrationEvents");
    events.itemParam = QStringLiteral("integrationEventID");
    events.readRoles = {QStringLiteral("IntegrationEventAdmin"), QStringLiteral("IntegrationEventReader")};
    events.writeRoles = {QStringLiteral("IntegrationEventAdmin")};
    events.requiredFields = {QStringLiteral("CustomImplementationUrl"), QStringLiteral("Name"),
                             QStringLiteral("HashKey")};
    events.listFields = {{QStringLiteral("ID"), FieldType::Text},
                         {QStringLiteral("Name"), FieldType::Text},
                         {QStringLiteral("EventType"), FieldType::Text}};
    events.searchFields = {QStringLiteral("ID"), QStringLiteral("Name")};
    events.hasXp = false;
    events.canonical = [](const nlohmann::json &body) { return nlohmann::json(body.get<wire::IntegrationEvent>()); };
    DocumentResource::registerRoutes(router, s.docs, events);
}

} // namespace onbehalf::server::CheckoutResources
