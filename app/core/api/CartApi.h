#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/LineItem.h"
#include "wire/ListPage.h"
#include "wire/Order.h"

namespace onbehalf {

// The buyer's storefront cart as a storefront sees it (OrderCloud /v1/cart: the buyer's current
// unsubmitted order), with the impersonation token. A small value: make one where needed.
class CartApi
{
public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit CartApi(MarketplaceClient *client) : m_client(client) {}

    // The cart; its ID is empty when the buyer has none yet (OrderCloud answers ID null).
    void cart(QObject *context, Callback<wire::Order> done) const;
    void lineItems(QObject *context, Callback<wire::ListPage<wire::LineItem>> done) const;

private:
    MarketplaceClient *m_client;
};

} // namespace onbehalf
