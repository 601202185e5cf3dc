#include "core/api/BuyerShop.h"

namespace onbehalf {

QString BuyerShop::orderPath(const QString &orderId)
{
    return QStringLiteral("/v1/orders/Outgoing/") + QString::fromLatin1(QUrl::toPercentEncoding(orderId));
}

QPointer<ApiJob> BuyerShop::products(const QString &search, int page, int pageSize, QObject *context,
                                     Callback<wire::ListPage<wire::BuyerProduct>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    if (!search.trimmed().isEmpty()) {
        q.addQueryItem(QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(search.simplified())));
        // Every word must match: OrderCloud's default, AnyTerm, takes any of them (only its premium
        // search ranks the best matches first).
        q.addQueryItem(QStringLiteral("searchType"), QStringLiteral("AllTermsAnyField"));
    }
    return m_client->request("GET", QStringLiteral("/v1/me/products?") + q.query(QUrl::FullyEncoded), nullptr,
                             MarketplaceClient::Token::Buyer, context,
                             [done = std::move(done)](Result<nlohmann::json> r) {
                                 done(MarketplaceClient::decode<wire::ListPage<wire::BuyerProduct>>(r));
                             });
}

wire::Amount BuyerShop::unitPrice(const wire::PriceSchedule &schedule, int quantity)
{
    return schedule.unitPrice(quantity, QDateTime::currentDateTimeUtc());
}

wire::Amount BuyerShop::breakPrice(const wire::PriceSchedule &schedule, const wire::PriceBreak &priceBreak)
{
    return schedule.effectivePrice(priceBreak, QDateTime::currentDateTimeUtc());
}

void BuyerShop::addresses(QObject *context, Callback<wire::ListPage<wire::BuyerAddress>> done)
{
    call<wire::ListPage<wire::BuyerAddress>>("GET", QStringLiteral("/v1/me/addresses?pageSize=100"), nullptr, context,
                                             std::move(done));
}

void BuyerShop::unsubmittedOrders(QObject *context, Callback<wire::ListPage<wire::Order>> done)
{
    call<wire::ListPage<wire::Order>>("GET", QStringLiteral("/v1/me/orders?Status=Unsubmitted&sortBy=!DateCreated"),
                                      nullptr, context, std::move(done));
}

void BuyerShop::recentOrders(QObject *context, Callback<wire::ListPage<wire::Order>> done)
{
    call<wire::ListPage<wire::Order>>("GET", QStringLiteral("/v1/me/orders?sortBy=!DateCreated&pageSize=20"), nullptr,
                                      context, std::move(done));
}

void BuyerShop::createCart(const QString &orderId, const nlohmann::json &xp, QObject *context,
                           Callback<wire::Order> done)
{
    nlohmann::json body{{"xp", xp}};
    if (!orderId.isEmpty())
        body["ID"] = orderId.toStdString();
    call<wire::Order>("POST", QStringLiteral("/v1/orders/Outgoing"), body, context, std::move(done));
}

void BuyerShop::order(const QString &orderId, QObject *context, Callback<wire::Order> done)
{
    call<wire::Order>("GET", orderPath(orderId), nullptr, context, std::move(done));
}

void BuyerShop::lineItems(const QString &orderId, QObject *context, Callback<wire::ListPage<wire::LineItem>> done)
{
    call<wire::ListPage<wire::LineItem>>("GET", orderPath(orderId) + QStringLiteral("/lineitems?pageSize=100"), nullptr,
                                         context, std::move(done));
}

void BuyerShop::addLine(const QString &orderId, const QString &productId, int quantity, QObject *context,
                        Callback<wire::LineItem> done)
{
    call<wire::LineItem>("POST", orderPath(orderId) + QStringLiteral("/lineitems"),
                         nlohmann::json{{"ProductID", productId}, {"Quantity", quantity}}, context, std::move(done));
}

void BuyerShop::setQuantity(const QString &orderId, const QString &lineId, int quantity, QObject *context,
                            Callback<wire::LineItem> done)
{
    call<wire::LineItem>("PATCH",
                         orderPath(orderId) + QStringLiteral("/lineitems/") +
                             QString::fromLatin1(QUrl::toPercentEncoding(lineId)),
                         nlohmann::json{{"Quantity", quantity}}, context, std::move(done));
}

void BuyerShop::removeLine(const QString &orderId, const QString &lineId, QObject *context, Callback<bool> done)
{
    m_client->request(
        "DELETE",
        orderPath(orderId) + QStringLiteral("/lineitems/") + QString::fromLatin1(QUrl::toPercentEncoding(lineId)),
        nullptr, MarketplaceClient::Token::Buyer, context, [done = std::move(done)](Result<nlohmann::json> r) {
            done(Result<bool>{r.ok(), r.error});
        });
}

void BuyerShop::patchOrder(const QString &orderId, const nlohmann::json &patch, QObject *context,
                           Callback<wire::Order> done)
{
    call<wire::Order>("PATCH", orderPath(orderId), patch, context, std::move(done));
}

void BuyerShop::submit(const QString &orderId, QObject *context, Callback<wire::Order> done)
{
    call<wire::Order>("POST", orderPath(orderId) + QStringLiteral("/submit"), nlohmann::json::object(), context,
                      std::move(done));
}

void BuyerShop::placeOrder(const QString &orderId, const nlohmann::json &patch, QObject *context,
                           Callback<wire::Order> done)
{
    order(orderId, context, [this, orderId, patch, context, done](Result<wire::Order> current) {
        if (!current.ok() || current.value.Status != QLatin1String("Unsubmitted")) {
            done(std::move(current));
            return;
        }
        auto submitNow = [this, orderId, context, done] { submit(orderId, context, done); };
        // The ship-to it already has is not sent again: a marketplace drops the shipping it
        // estimated whenever the ship-to is set.
        nlohmann::json changes = patch;
        if (changes.contains("ShippingAddressID") && changes["ShippingAddressID"].is_string() &&
            current.value.ShippingAddressID &&
            *current.value.ShippingAddressID == QString::fromStdString(changes["ShippingAddressID"].get<std::string>()))
            changes.erase("ShippingAddressID");
        if (changes.empty()) {
            submitNow();
            return;
        }
        patchOrder(orderId, changes, context, [submitNow, done](Result<wire::Order> patched) {
            if (!patched.ok()) {
                done(std::move(patched));
                return;
            }
            submitNow();
        });
    });
}

} // namespace onbehalf
