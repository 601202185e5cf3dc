#include "core/api/HistoryApi.h"

namespace onbehalf {

QString HistoryApi::orderPath(const QString &orderId)
{
    return QStringLiteral("/v1/orders/Incoming/") + QString::fromLatin1(QUrl::toPercentEncoding(orderId));
}

QPointer<ApiJob> HistoryApi::order(const QString &orderId, QObject *context, Callback<wire::Order> done) const
{
    return m_client->get(
        orderPath(orderId), MarketplaceClient::Token::Agent, context,
        [done = std::move(done)](Result<nlohmann::json> r) { done(MarketplaceClient::decode<wire::Order>(r)); });
}

QPointer<ApiJob> HistoryApi::lineItems(const QString &orderId, QObject *context,
                                       Callback<wire::ListPage<wire::LineItem>> done) const
{
    return m_client->get(orderPath(orderId) + QStringLiteral("/lineitems?pageSize=100"),
                         MarketplaceClient::Token::Agent, context, [done = std::move(done)](Result<nlohmann::json> r) {
                             done(MarketplaceClient::decode<wire::ListPage<wire::LineItem>>(r));
                         });
}

} // namespace onbehalf
