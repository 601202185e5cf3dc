#include "core/api/CheckoutApi.h"

namespace onbehalf {

void CheckoutApi::post(const QString &orderId, const char *step, const nlohmann::json &body, QObject *context,
                       Callback<wire::OrderWorksheet> done) const
{
    const QString path = QStringLiteral("/v1/orders/Outgoing/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(orderId)) + QLatin1Char('/') + QLatin1String(step);
    m_client->request("POST", path, body, MarketplaceClient::Token::Buyer, context,
                      [done = std::move(done)](Result<nlohmann::json> r) {
                          done(MarketplaceClient::decode<wire::OrderWorksheet>(r));
                      });
}

void CheckoutApi::estimateShipping(const QString &orderId, QObject *context, Callback<wire::OrderWorksheet> done) const
{
    post(orderId, "estimateshipping", nlohmann::json::object(), context, std::move(done));
}

void CheckoutApi::selectShipMethods(const QString &orderId, const wire::OrderShipMethodSelection &selection,
                                    QObject *context, Callback<wire::OrderWorksheet> done) const
{
    post(orderId, "shipmethods", nlohmann::json(selection), context, std::move(done));
}

void CheckoutApi::calculate(const QString &orderId, QObject *context, Callback<wire::OrderWorksheet> done) const
{
    post(orderId, "calculate", nlohmann::json::object(), context, std::move(done));
}

bool CheckoutApi::isNoIntegration(const ApiError &error)
{
    // Ours says so by name; real OrderCloud answers 400 without a known code when the API client
    // has no OrderCheckoutIntegrationEventID.
    return error.status() == 400 && (error.errorCode() == QLatin1String("Order.NoCheckoutIntegration") ||
                                     error.errorCode().contains(QLatin1String("IntegrationEvent")));
}

} // namespace onbehalf
