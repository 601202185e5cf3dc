#include "resources/CheckoutIntegration.h"

#include "Services.h"
#include "http/HttpError.h"
#include "storage/DocumentStore.h"
#include "storage/OrderStore.h"
#include "wire/ApiClient.h"

#include <algorithm>

namespace onbehalf::server {

namespace {

const nlohmann::json &config(const wire::IntegrationEvent &e)
{
    static const nlohmann::json empty = nlohmann::json::object();
    return e.ConfigData.is_object() ? e.ConfigData : empty;
}

wire::Amount amountAt(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key))
        return {};
    return wire::Amount::fromJson(j[key]).value_or(wire::Amount());
}

int intAt(const nlohmann::json &j, const char *key, int fallback = 0)
{
    return j.contains(key) && j[key].is_number_integer() ? j[key].get<int>() : fallback;
}

QString textAt(const nlohmann::json &j, const char *key)
{
    return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
}

} // namespace

std::optional<wire::IntegrationEvent> CheckoutIntegration::attachedTo(Services &s, const QString &clientId)
{
    const auto client = s.docs.get(QStringLiteral("ApiClient"), QString(), clientId);
    if (!client)
        return std::nullopt;
    const auto eventId = client->get<wire::ApiClient>().OrderCheckoutIntegrationEventID;
    if (!eventId || eventId->isEmpty())
        return std::nullopt;
    const auto event = s.docs.get(QStringLiteral("IntegrationEvent"), QString(), *eventId);
    if (!event)
        return std::nullopt;
    return event->get<wire::IntegrationEvent>();
}

std::optional<CheckoutIntegration> CheckoutIntegration::forOrder(Services &s, const QString &clientId,
                                                                 const QString &buyerId)
{
    auto event = attachedTo(s, clientId);
    if (!event || event->CustomImplementationUrl != QLatin1String(kBuiltInUrl))
        return std::nullopt;
    const QString flag = textAt(config(*event), "BuyerXp");
    const auto buyer = s.docs.get(QStringLiteral("Buyer"), QString(), buyerId);
    if (flag.isEmpty() || !buyer || !buyer->contains("xp") || !(*buyer)["xp"].is_object())
        return std::nullopt;
    const nlohmann::json &xp = (*buyer)["xp"];
    if (textAt(xp, flag.toUtf8().constData()) != event->ID)
        return std::nullopt;
    return CheckoutIntegration(std::move(*event));
}

wire::ShipEstimateResponse
CheckoutIntegration::estimate(const OrderRecord &r, const std::vector<wire::LineItem> &lines,
                              const std::optional<wire::ShipEstimateResponse> &previous) const
{
    if (!r.shippingAddress)
        throw HttpError::badRequest(QStringLiteral("Order.MissingShippingAddress"),
                                    QStringLiteral("Order %1 needs a shipping address before shipping can be "
                                                   "estimated.")
                                        .arg(r.order.ID),
                                    nlohmann::json{{"OrderID", r.order.ID}});
    const nlohmann::json &cfg = config(m_event);
    const QString state = r.shippingAddress->State.toUpper();
    int extraDays = 0;
    if (cfg.contains("RemoteStates") && cfg["RemoteStates"].is_array()) {
        for (const auto &st : cfg["RemoteStates"]) {
            if (st.is_string() && QString::fromStdString(st.get<std::string>()).toUpper() == state)
                extraDays = intAt(cfg, "RemoteExtraDays");
        }
    }

    wire::ShipEstimate est;
    est.ID = QStringLiteral("SHIP-ALL");
    for (const wire::LineItem &li : lines)
        est.ShipEstimateItems.push_back({li.ID, li.Quantity});
    if (cfg.contains("ShipMethods") && cfg["ShipMethods"].is_array()) {
        for (const auto &m : cfg["ShipMethods"]) {
            if (!m.is_object())
                continue;
            wire::ShipMethod method;
            method.ID = textAt(m, "ID");
            method.Name = textAt(m, "Name");
            method.Cost = amountAt(m, "Cost");
            if (m.contains("FreeAbove") && r.order.Subtotal > amountAt(m, "FreeAbove"))
                method.Cost = wire::Amount();
            const int minDays = intAt(m, "MinDays") + extraDays;
            const int maxDays = intAt(m, "MaxDays", minDays) + extraDays;
            method.EstimatedTransitDays = maxDays;
            method.xp = nlohmann::json{{"MinTransitDays", minDays}, {"MaxTransitDays", maxDays}};
            est.ShipMethods.push_back(std::move(method));
        }
    }
    // An earlier choice stays while the method is still offered.
    if (previous) {
        for (const wire::ShipEstimate &old : previous->ShipEstimates) {
            if (old.ID == est.ID && old.SelectedShipMethodID &&
                std::any_of(est.ShipMethods.begin(), est.ShipMethods.end(),
                            [&old](const wire::ShipMethod &m) { return m.ID == *old.SelectedShipMethodID; }))
                est.SelectedShipMethodID = old.SelectedShipMethodID;
        }
    }
    wire::ShipEstimateResponse response;
    if (!lines.empty())
        response.ShipEstimates.push_back(std::move(est));
    response.HttpStatusCode = 200;
    return response;
}

wire::OrderCalculateResponse
CheckoutIntegration::calculate(const OrderRecord &r, const std::optional<wire::ShipEstimateResponse> &estimates) const
{
    wire::OrderCalculateResponse out;
    out.HttpStatusCode = 200;
    if (estimates) {
        for (const wire::ShipEstimate &e : estimates->ShipEstimates) {
            for (const wire::ShipMethod &m : e.ShipMethods) {
                if (e.SelectedShipMethodID && m.ID == *e.SelectedShipMethodID)
                    out.ShippingTotal = out.ShippingTotal + m.Cost;
            }
        }
    }
    const nlohmann::json &cfg = config(m_event);
    wire::Amount rate = amountAt(cfg, "DefaultTaxRate");
    if (r.shippingAddress && cfg.contains("TaxRates") && cfg["TaxRates"].is_object()) {
        const std::string state = r.shippingAddress->State.toUpper().toStdString();
        if (cfg["TaxRates"].contains(state))
            rate = amountAt(cfg["TaxRates"], state.c_str());
    }
    // Exact: subtotal (1/10,000 units) × rate (at most 6 decimals), rounded half-even to cents.
    rate = rate.rounded(6);
    out.TaxTotal = wire::Amount::fromDecimal(r.order.Subtotal.units() * rate.mantissa(), 4 + rate.scale()).rounded(2);
    return out;
}

bool CheckoutIntegration::fullySelected(const std::optional<wire::ShipEstimateResponse> &estimates)
{
    if (!estimates)
        return false;
    return std::all_of(
        estimates->ShipEstimates.begin(), estimates->ShipEstimates.end(), [](const wire::ShipEstimate &e) {
            return e.SelectedShipMethodID &&
                   std::any_of(e.ShipMethods.begin(), e.ShipMethods.end(),
                               [&e](const wire::ShipMethod &m) { return m.ID == *e.SelectedShipMethodID; });
        });
}

} // namespace onbehalf::server
