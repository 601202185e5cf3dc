#include "resources/CartResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "wire/Order.h"

#include <QSqlQuery>

namespace onbehalf::server::CartResources {

namespace {

using M = HttpRequest::Method;
using Handler = Router::Handler;

const QStringList kShopper{QStringLiteral("Shopper")};
const QString kOrders = QStringLiteral("/v1/orders/{direction}");
const QString kOrder = QStringLiteral("/v1/orders/{direction}/{orderID}");

// What to do when the caller has no cart yet.
enum class Missing
{
    Create,   // make one (an empty order), then run the handler on it
    NotFound, // 404: there is nothing to act on
};

class Cart
{
public:
    Cart(Services &s, const Router &router) : m_s(s), m_create(router.handler(M::Post, kOrders)) {}

    // The caller's cart order, if it has one.
    QString find(RequestContext &ctx) const
    {
        const Caller &c = ctx.requireRoles(kShopper);
        if (!c.isBuyer())
            throw HttpError::badRequest(QStringLiteral("Order.BuyerUserRequired"),
                                        QStringLiteral("Only a buyer user has a cart."));
        return m_s.db
            .scalar(QStringLiteral("SELECT id FROM orders WHERE from_user_id = ? AND status = 'Unsubmitted' "
                                   "ORDER BY date_created DESC, id DESC LIMIT 1"),
                    {c.userId})
            .toString();
    }

    QString findOrCreate(RequestContext &ctx, const nlohmann::json &orderBody = nlohmann::json::object()) const
    {
        const QString id = find(ctx);
        if (!id.isEmpty())
            return id;
        RequestContext create = ctx.forRoute({{QStringLiteral("direction"), QStringLiteral("Outgoing")}},
                                             std::optional<nlohmann::json>(std::in_place, orderBody));
        const Reply created = m_create(create);
        return QString::fromStdString(created.body.at("ID").get<std::string>());
    }

    // A route of the cart that runs `handler` (an Orders API route) on the cart.
    Handler on(Handler handler, Missing missing) const
    {
        return [this, handler, missing](RequestContext &ctx) {
            const QString existing = find(ctx);
            const QString id = existing.isEmpty() && missing == Missing::Create ? findOrCreate(ctx) : existing;
            if (id.isEmpty())
                throw HttpError::notFound(QStringLiteral("Order"), QStringLiteral("cart"));
            RequestContext onCart = ctx.forRoute(
                {{QStringLiteral("direction"), QStringLiteral("Outgoing")}, {QStringLiteral("orderID"), id}});
            try {
                return handler(onCart);
            } catch (...) {
                // A refused first line (unknown product, bad quantity) leaves no empty cart behind.
                if (existing.isEmpty())
                    discard(id);
                throw;
            }
        };
    }

    // GET /v1/cart without a cart: an order that does not exist yet (ID null), as OrderCloud answers.
    static nlohmann::json notYetCreated(const Caller &c)
    {
        wire::Order o;
        o.FromUserID = c.userId;
        o.FromCompanyID = c.buyerId;
        nlohmann::json j = o;
        j["ID"] = nullptr;
        j["ShippingAddress"] = nullptr;
        return j;
    }

private:
    void discard(const QString &id) const
    {
        Database::Transaction tx(m_s.db);
        m_s.db.exec(QStringLiteral("DELETE FROM session_orders WHERE order_id = ?"), {id});
        OrderStore(m_s.db, m_s.users).remove(id);
        tx.commit();
    }

    Services &m_s;
    Handler m_create;
};

} // namespace

void registerRoutes(Router &router, Services &s)
{
    auto cart = std::make_shared<Cart>(s, router);
    auto add = [&router, cart](M method, const QString &path, M orderMethod, const QString &orderPath,
                               Missing missing) {
        router.add(method, path,
                   [cart, h = cart->on(router.handler(orderMethod, orderPath), missing)](RequestContext &ctx) {
                       return h(ctx);
                   });
    };

    const Handler getOrder = router.handler(M::Get, kOrder);
    router.add(M::Get, QStringLiteral("/v1/cart"), [cart, getOrder](RequestContext &ctx) {
        if (cart->find(ctx).isEmpty())
            return Reply::ok(Cart::notYetCreated(ctx.caller()));
        return cart->on(getOrder, Missing::NotFound)(ctx);
    });
    // PUT creates the cart from the body when there is none, else changes it as PATCH does.
    const Handler patchOrder = router.handler(M::Patch, kOrder);
    router.add(M::Put, QStringLiteral("/v1/cart"), [cart, getOrder, patchOrder](RequestContext &ctx) {
        if (!cart->find(ctx).isEmpty())
            return cart->on(patchOrder, Missing::NotFound)(ctx);
        cart->findOrCreate(ctx, ctx.jsonBody());
        return Reply::created(cart->on(getOrder, Missing::NotFound)(ctx).body);
    });
    add(M::Patch, QStringLiteral("/v1/cart"), M::Patch, kOrder, Missing::Create);
    router.add(M::Delete, QStringLiteral("/v1/cart"),
               [cart, h = cart->on(router.handler(M::Delete, kOrder), Missing::NotFound)](RequestContext &ctx) {
                   if (cart->find(ctx).isEmpty())
                       return Reply::noContent(); // an empty cart is already empty
                   return h(ctx);
               });

    const QString li = kOrder + QStringLiteral("/lineitems");
    // No cart yet: an empty page, paged and filtered as the Orders API's line items are.
    router.add(M::Get, QStringLiteral("/v1/cart/lineitems"),
               [&s, cart, h = cart->on(router.handler(M::Get, li), Missing::NotFound)](RequestContext &ctx) {
                   if (!cart->find(ctx).isEmpty())
                       return h(ctx);
                   const OrderStore orders(s.db, s.users);
                   const ListQuery q = ListQuery::parse(ctx.query(), orders.lineItemListSpec(), s.db);
                   SqlWhere none;
                   none.add(QStringLiteral("1 = 0"));
                   return Reply::ok(q.run(s.db, OrderStore::lineItemColumns(), QStringLiteral("line_items"), none,
                                          [](const QSqlQuery &) { return nlohmann::json(); }));
               });
    add(M::Post, QStringLiteral("/v1/cart/lineitems"), M::Post, li, Missing::Create);
    const QString oneLi = li + QStringLiteral("/{lineItemID}");
    add(M::Get, QStringLiteral("/v1/cart/lineitems/{lineItemID}"), M::Get, oneLi, Missing::NotFound);
    add(M::Patch, QStringLiteral("/v1/cart/lineitems/{lineItemID}"), M::Patch, oneLi, Missing::NotFound);
    add(M::Delete, QStringLiteral("/v1/cart/lineitems/{lineItemID}"), M::Delete, oneLi, Missing::NotFound);

    add(M::Put, QStringLiteral("/v1/cart/shipto"), M::Put, kOrder + QStringLiteral("/shipto"), Missing::Create);
    add(M::Put, QStringLiteral("/v1/cart/billto"), M::Put, kOrder + QStringLiteral("/billto"), Missing::Create);
    add(M::Post, QStringLiteral("/v1/cart/submit"), M::Post, kOrder + QStringLiteral("/submit"), Missing::NotFound);
    for (const char *step : {"estimateshipping", "shipmethods", "calculate", "validate"})
        add(M::Post, QStringLiteral("/v1/cart/") + QLatin1String(step), M::Post,
            kOrder + QLatin1Char('/') + QLatin1String(step), Missing::NotFound);
    add(M::Get, QStringLiteral("/v1/cart/worksheet"), M::Get, kOrder + QStringLiteral("/worksheet"), Missing::NotFound);
}

} // namespace onbehalf::server::CartResources
