#include "core/api/OrdersApi.h"

namespace onbehalf {

QPointer<ApiJob> OrdersApi::recentOrdersOf(const QString &userId, int count, QObject *context,
                                           Callback<wire::ListPage<wire::Order>> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("FromUserID"), QString::fromLatin1(QUrl::toPercentEncoding(userId)));
    return incoming(q, 1, count, context, std::move(done));
}

QPointer<ApiJob> OrdersApi::incoming(const QUrlQuery &filters, int page, int pageSize, QObject *context,
                                     Callback<wire::ListPage<wire::Order>> done) const
{
    QUrlQuery q = filters;
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("!DateCreated"));
    q.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(std::clamp(pageSize, 1, 100)));
    return m_client->request("GET", QStringLiteral("/v1/orders/Incoming?") + q.query(QUrl::FullyEncoded), nullptr,
                             MarketplaceClient::Token::Agent, context,
                             [done = std::move(done)](Result<nlohmann::json> r) {
                                 done(MarketplaceClient::decode<wire::ListPage<wire::Order>>(r));
                             });
}

} // namespace onbehalf
