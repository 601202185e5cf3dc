#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/ListPage.h"
#include "wire/Order.h"

namespace onbehalf {

// What the session history reads about one order placed on behalf of a buyer: the order and its
// line items as the marketplace receives them (/v1/orders/Incoming, the agent's own token),
// decoded through app/wire. A small value: make one where needed.
class HistoryApi
{
public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit HistoryApi(MarketplaceClient *client) : m_client(client) {}

    QPointer<ApiJob> order(const QString &orderId, QObject *context, Callback<wire::Order> done) const;
    // The first 100 line items (an order placed at a call-center desk has far fewer).
    QPointer<ApiJob> lineItems(const QString &orderId, QObject *context,
                               Callback<wire::ListPage<wire::LineItem>> done) const;

private:
    static QString orderPath(const QString &orderId);

    MarketplaceClient *m_client;
};

} // namespace onbehalf
