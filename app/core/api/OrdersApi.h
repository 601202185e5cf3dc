#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/ListPage.h"
#include "wire/Order.h"

namespace onbehalf {

// Orders as the agent sees them (the marketplace receiving them): OrderCloud's
// /v1/orders/Incoming, with the agent's own token. A small value: make one where needed.
class OrdersApi
{
public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit OrdersApi(MarketplaceClient *client) : m_client(client) {}

    // The user's latest orders, newest first (needs OrderReader or OrderAdmin).
    QPointer<ApiJob> recentOrdersOf(const QString &userId, int count, QObject *context,
                                    Callback<wire::ListPage<wire::Order>> done) const;
    // Incoming orders filtered in the list grammar (e.g. xp.Onbehalf.SessionID=*), newest first.
    QPointer<ApiJob> incoming(const QUrlQuery &filters, int page, int pageSize, QObject *context,
                              Callback<wire::ListPage<wire::Order>> done) const;

private:
    MarketplaceClient *m_client;
};

} // namespace onbehalf
