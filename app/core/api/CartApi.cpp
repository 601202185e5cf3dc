#include "core/api/CartApi.h"

namespace onbehalf {

void CartApi::cart(QObject *context, Callback<wire::Order> done) const
{
    m_client->request(
        "GET", QStringLiteral("/v1/cart"), nullptr, MarketplaceClient::Token::Buyer, context,
        [done = std::move(done)](Result<nlohmann::json> r) { done(MarketplaceClient::decode<wire::Order>(r)); });
}

void CartApi::lineItems(QObject *context, Callback<wire::ListPage<wire::LineItem>> done) const
{
    m_client->request("GET", QStringLiteral("/v1/cart/lineitems?pageSize=100"), nullptr,
                      MarketplaceClient::Token::Buyer, context, [done = std::move(done)](Result<nlohmann::json> r) {
                          done(MarketplaceClient::decode<wire::ListPage<wire::LineItem>>(r));
                      });
}

} // namespace onbehalf
