#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/BuyerAddress.h"
#include "wire/BuyerProduct.h"
#include "wire/LineItem.h"
#include "wire/Order.h"

namespace onbehalf {

// What an agent does "as the buyer": every call here carries the impersonation token, never the
// agent's own (OrderCloud /v1/me/… and /v1/orders/Outgoing as that buyer user).
class BuyerShop : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit BuyerShop(MarketplaceClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client) {}

    QPointer<ApiJob> products(const QString &search, int page, int pageSize, QObject *context,
                              Callback<wire::ListPage<wire::BuyerProduct>> done);
    void addresses(QObject *context, Callback<wire::ListPage<wire::BuyerAddress>> done);
    void unsubmittedOrders(QObject *context, Callback<wire::ListPage<wire::Order>> done);
    void recentOrders(QObject *context, Callback<wire::ListPage<wire::Order>> done);

    // A new cart (an unsubmitted order), stamped with who acts and why. `orderId` may name an
    // incrementor ("OB-{orderIncrementor}"); empty: the marketplace generates the ID.
    void createCart(const nlohmann::json &xp, QObject *context, Callback<wire::Order> done)
    {
        createCart(QString(), xp, context, std::move(done));
    }
    void createCart(const QString &orderId, const nlohmann::json &xp, QObject *context, Callback<wire::Order> done);
    void order(const QString &orderId, QObject *context, Callback<wire::Order> done);
    void lineItems(const QString &orderId, QObject *context, Callback<wire::ListPage<wire::LineItem>> done);
    void addLine(const QString &orderId, const QString &productId, int quantity, QObject *context,
                 Callback<wire::LineItem> done);
    void setQuantity(const QString &orderId, const QString &lineId, int quantity, QObject *context,
                     Callback<wire::LineItem> done);
    void removeLine(const QString &orderId, const QString &lineId, QObject *context, Callback<bool> done);
    void patchOrder(const QString &orderId, const nlohmann::json &patch, QObject *context, Callback<wire::Order> done);
    void submit(const QString &orderId, QObject *context, Callback<wire::Order> done);
    // The agent's "Submit order": `patch` (address, comments; may be empty), then submit. Safe to
    // retry: an order no longer unsubmitted (an earlier attempt went through but its answer was
    // lost, e.g. the demo server restarted) is the answer, and nothing is sent again.
    void placeOrder(const QString &orderId, const nlohmann::json &patch, QObject *context, Callback<wire::Order> done);

    // What a unit costs now: the sale price only inside the schedule's sale window.
    static wire::Amount unitPrice(const wire::PriceSchedule &schedule, int quantity);
    static wire::Amount breakPrice(const wire::PriceSchedule &schedule, const wire::PriceBreak &priceBreak);

private:
    template <typename T>
    void call(const QByteArray &method, const QString &path, const nlohmann::json &body, QObject *context,
              Callback<T> done)
    {
        m_client->request(
            method, path, body, MarketplaceClient::Token::Buyer, context,
            [done = std::move(done)](Result<nlohmann::json> r) { done(MarketplaceClient::decode<T>(r)); });
    }
    static QString orderPath(const QString &orderId);

    MarketplaceClient *m_client;
};

} // namespace onbehalf
