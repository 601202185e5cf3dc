#include "resources/OrderResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/CheckoutSubmit.h"
#include "resources/DocumentResource.h"
#include "resources/SessionGuard.h"
#include "storage/ApprovalStore.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/IncrementorStore.h"
#include "storage/OrderStore.h"
#include "storage/SessionStore.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"
#include "wire/Json.h"
#include "wire/OnbehalfXp.h"

#include <QSqlQuery>

namespace onbehalf::server::OrderResources {

namespace {

enum class Direction
{
    Incoming,
    Outgoing,
    All
};

const QStringList kRead{QStringLiteral("OrderAdmin"), QStringLiteral("OrderReader"), QStringLiteral("Shopper")};
const QStringList kWrite{QStringLiteral("OrderAdmin"), QStringLiteral("Shopper")};

Direction direction(RequestContext &ctx)
{
    const QString d = ctx.param(QStringLiteral("direction"));
    if (d.compare(QLatin1String("Incoming"), Qt::CaseInsensitive) == 0)
        return Direction::Incoming;
    if (d.compare(QLatin1String("Outgoing"), Qt::CaseInsensitive) == 0)
        return Direction::Outgoing;
    if (d.compare(QLatin1String("All"), Qt::CaseInsensitive) == 0)
        return Direction::All;
    throw HttpError::badRequest(QStringLiteral("Order.InvalidDirection"),
                                QStringLiteral("The order direction must be Incoming, Outgoing or All."),
                                nlohmann::json{{"Direction", d}});
}

bool readsCompany(const Caller &c)
{
    return c.hasAnyRole({QStringLiteral("OrderAdmin"), QStringLiteral("OrderReader")});
}

// Which orders a caller sees in a direction: the marketplace's admins see orders coming in from
// every buyer; a buyer user sees its own outgoing orders (its company's with OrderReader/OrderAdmin).
SqlWhere visibility(const Caller &c, Direction d)
{
    SqlWhere w;
    if (c.isAdmin()) {
        if (d == Direction::Outgoing || !readsCompany(c))
            w.add(QStringLiteral("1 = 0"));
        return w;
    }
    if (d == Direction::Incoming)
        w.add(QStringLiteral("1 = 0"));
    else if (readsCompany(c))
        w.add(QStringLiteral("from_company_id = ?"), {c.buyerId});
    else
        w.add(QStringLiteral("from_user_id = ?"), {c.userId});
    return w;
}

bool canSee(const Caller &c, Direction d, const wire::Order &o)
{
    if (c.isAdmin())
        return d != Direction::Outgoing && readsCompany(c);
    if (d == Direction::Incoming)
        return false;
    return readsCompany(c) ? o.FromCompanyID == c.buyerId : o.FromUserID == c.userId;
}

bool canWrite(const Caller &c, const wire::Order &o)
{
    if (c.isAdmin())
        return c.hasRole(QStringLiteral("OrderAdmin"));
    if (c.hasRole(QStringLiteral("OrderAdmin")))
        return o.FromCompanyID == c.buyerId;
    return o.FromUserID == c.userId;
}

class Orders
{
public:
    explicit Orders(Services &s) : m_s(s), m_orders(s.db, s.users), m_catalog(s.db, s.docs) {}

    OrderStore &store() { return m_orders; }
    CatalogStore &catalog() { return m_catalog; }

    OrderRecord load(RequestContext &ctx, Direction d)
    {
        const QString id = ctx.param(QStringLiteral("orderID"));
        auto r = m_orders.find(id);
        // Another buyer's order is "not found", not "forbidden": its existence is not yours to know.
        // Members of a group that approves it read it too (what they are asked to approve).
        if (!r || !(canSee(ctx.caller(), d, r->order) ||
                    (ctx.caller().isBuyer() && d != Direction::Incoming &&
                     ApprovalStore(m_s.db, m_s.users).involves(id, ctx.caller().userId))))
            throw HttpError::notFound(QStringLiteral("Order"), id);
        return *r;
    }

    OrderRecord loadForWrite(RequestContext &ctx, bool mustBeUnsubmitted)
    {
        ctx.requireRoles(kWrite);
        const Direction d = direction(ctx);
        const QString id = ctx.param(QStringLiteral("orderID"));
        auto r = m_orders.find(id);
        if (!r || !canSee(ctx.caller(), d, r->order)) {
            // A buyer writes its orders as Outgoing; let it find them under All as well.
            if (!r || !canWrite(ctx.caller(), r->order))
                throw HttpError::notFound(QStringLiteral("Order"), id);
        }
        if (!canWrite(ctx.caller(), r->order))
            throw HttpError::insufficientRoles(kWrite, ctx.caller().roles);
        if (mustBeUnsubmitted && r->order.Status != QLatin1String("Unsubmitted"))
            throw HttpError::badRequest(QStringLiteral("Order.CannotModifySubmittedOrder"),
                                        QStringLiteral("Order %1 has been submitted (status %2) and can no longer "
                                                       "be changed.")
                                            .arg(id, r->order.Status),
                                        nlohmann::json{{"OrderID", id}, {"Status", r->order.Status}});
        return *r;
    }

    // xp.Onbehalf belongs to the server: a client cannot write or forge it. With an impersonation
    // token it records the session, agent and reason the first time the order is touched in one.
    void stampAttribution(const Caller &c, nlohmann::json &xp, const nlohmann::json &storedXp)
    {
        if (storedXp.is_object() && storedXp.contains("Onbehalf"))
            xp["Onbehalf"] = storedXp["Onbehalf"];
        else
            xp.erase("Onbehalf");
        if (!c.isImpersonation() || c.sessionId.isEmpty() || xp.contains("Onbehalf"))
            return;
        const auto session = m_s.sessions.find(c.sessionId);
        if (!session)
            return;
        xp[wire::OnbehalfXp::kKey] =
            wire::OnbehalfXp{session->ID, session->AgentUserID, session->AgentUsername, session->note};
    }

    void linkToSession(const Caller &c, const QString &orderId)
    {
        if (c.isImpersonation())
            m_s.sessions.recordOrder(c.sessionId, orderId);
    }

    std::optional<wire::Address> buyerAddress(const QString &userId, const QString &addressId)
    {
        const auto doc = m_s.docs.get(QStringLiteral("Address"), userId, addressId);
        if (!doc)
            throw HttpError::badRequest(
                QStringLiteral("InvalidReference"),
                QStringLiteral("Address '%1' is not one of the buyer's addresses.").arg(addressId),
                nlohmann::json{{"Field", "ShippingAddressID"}, {"ObjectID", addressId}});
        return doc->get<wire::Address>();
    }

    // Price and quantity rules from the product's price schedule.
    void price(wire::LineItem &li, const QString &buyerId)
    {
        const auto product = m_catalog.productForBuyer(buyerId, li.ProductID);
        if (!product)
            throw HttpError::notFound(QStringLiteral("Product"), li.ProductID);
        const auto ps = m_catalog.priceSchedule(product->DefaultPriceScheduleID.value_or(QString()));
        if (!ps)
            throw HttpError::badRequest(
                QStringLiteral("Product.NotPurchasable"),
                QStringLiteral("Product %1 has no price and cannot be ordered.").arg(li.ProductID),
                nlohmann::json{{"ProductID", li.ProductID}});
        if (li.Quantity <= 0)
            throw HttpError::badRequest(QStringLiteral("LineItem.QuantityMustBePositive"),
                                        QStringLiteral("Quantity must be at least 1."),
                                        nlohmann::json{{"Quantity", li.Quantity}});
        if (li.Quantity < ps->MinQuantity)
            throw HttpError::badRequest(
                QStringLiteral("PriceSchedule.CannotBeLessThanMin"),
                QStringLiteral("At least %1 of %2 must be ordered.").arg(ps->MinQuantity).arg(product->Name),
                nlohmann::json{{"MinQuantity", ps->MinQuantity}, {"Quantity", li.Quantity}});
        if (ps->MaxQuantity && li.Quantity > *ps->MaxQuantity)
            throw HttpError::badRequest(
                QStringLiteral("PriceSchedule.CannotExceedMax"),
                QStringLiteral("At most %1 of %2 can be ordered.").arg(*ps->MaxQuantity).arg(product->Name),
                nlohmann::json{{"MaxQuantity", *ps->MaxQuantity}, {"Quantity", li.Quantity}});
        wire::LineItemProduct snapshot;
        snapshot.ID = product->ID;
        snapshot.Name = product->Name;
        snapshot.Description = product->Description;
        snapshot.Returnable = product->Returnable;
        snapshot.QuantityMultiplier = product->QuantityMultiplier;
        snapshot.ShipWeight = product->ShipWeight;
        snapshot.ShipHeight = product->ShipHeight;
        snapshot.ShipWidth = product->ShipWidth;
        snapshot.ShipLength = product->ShipLength;
        snapshot.DefaultSupplierID = product->DefaultSupplierID;
        snapshot.ParentID = product->ParentID;
        snapshot.xp = product->xp;
        li.Product = std::move(snapshot);
        // The sale price only while the schedule's sale window holds (IsOnSale as of now).
        li.PriceScheduleID = ps->ID;
        li.IsOnSale = ps->IsOnSale;
        li.UnitPrice = ps->unitPrice(li.Quantity, QDateTime::currentDateTimeUtc());
        li.LineSubtotal = li.UnitPrice * li.Quantity;
        li.LineTotal = li.LineSubtotal;
    }

    nlohmann::json reply(const QString &orderId) { return m_orders.toJson(*m_orders.find(orderId)); }

private:
    Services &m_s;
    OrderStore m_orders;
    CatalogStore m_catalog;
};

nlohmann::json listOrders(Services &s, Orders &orders, RequestContext &ctx, const SqlWhere &scope)
{
    const ListQuery q = ListQuery::parse(ctx.query(), orders.store().listSpec(), s.db);
    std::vector<nlohmann::json> rows;
    return q.run(s.db, OrderStore::columns(), QStringLiteral("orders"), scope,
                 [&orders](const QSqlQuery &r) { return orders.store().toJson(orders.store().fromRow(r)); });
}

void registerLineItems(Router &router, Services &s, std::shared_ptr<Orders> orders)
{
    using M = HttpRequest::Method;
    const QString base = QStringLiteral("/v1/orders/{direction}/{orderID}/lineitems");

    router.add(M::Get, base, [&s, orders](RequestContext &ctx) {
        ctx.requireRoles(kRead);
        const OrderRecord r = orders->load(ctx, direction(ctx));
        const ListQuery q = ListQuery::parse(ctx.query(), orders->store().lineItemListSpec(), s.db);
        SqlWhere scope;
        scope.add(QStringLiteral("order_id = ?"), {r.order.ID});
        return Reply::ok(q.run(s.db, OrderStore::lineItemColumns(), QStringLiteral("line_items"), scope,
                               [](const QSqlQuery &row) { return nlohmann::json(OrderStore::lineItemFromRow(row)); }));
    });

    router.add(M::Get, base + QStringLiteral("/{lineItemID}"), [orders](RequestContext &ctx) {
        ctx.requireRoles(kRead);
        const OrderRecord r = orders->load(ctx, direction(ctx));
        const QString id = ctx.param(QStringLiteral("lineItemID"));
        const auto li = orders->store().lineItem(r.order.ID, id);
        if (!li)
            throw HttpError::notFound(QStringLiteral("LineItem"), id);
        return Reply::ok(nlohmann::json(*li));
    });

    router.add(M::Post, base, [&s, orders](RequestContext &ctx) {
        const OrderRecord r = orders->loadForWrite(ctx, true);
        const nlohmann::json &body = ctx.jsonBody();
        const QStringList missing = wire::missingRequired(body, {"ProductID"});
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        wire::LineItem li = body.get<wire::LineItem>();
        if (!body.contains("Quantity"))
            li.Quantity = 1;
        li.ID = li.ID.isEmpty() ? DocumentResource::newId() : li.ID;
        DocumentResource::validateId(li.ID);
        if (orders->store().lineItem(r.order.ID, li.ID))
            throw HttpError::idExists(QStringLiteral("LineItem"), li.ID);
        DocumentResource::checkXpSize(li.xp);
        orders->price(li, r.order.FromCompanyID);
        if (li.ShippingAddressID)
            li.ShippingAddress = orders->buyerAddress(r.order.FromUserID, *li.ShippingAddressID);
        else if (r.shippingAddress) {
            li.ShippingAddress = r.shippingAddress;
            li.ShippingAddressID = r.order.ShippingAddressID;
        }
        li.DateAdded = QDateTime::currentDateTimeUtc();
        Database::Transaction tx(s.db);
        orders->store().insertLineItem(r.order.ID, li);
        orders->store().recomputeTotals(r.order.ID);
        orders->linkToSession(ctx.caller(), r.order.ID);
        tx.commit();
        return Reply::created(nlohmann::json(*orders->store().lineItem(r.order.ID, li.ID)));
    });

    router.add(M::Patch, base + QStringLiteral("/{lineItemID}"), [&s, orders](RequestContext &ctx) {
        const OrderRecord r = orders->loadForWrite(ctx, true);
        const QString id = ctx.param(QStringLiteral("lineItemID"));
        auto li = orders->store().lineItem(r.order.ID, id);
        if (!li)
            throw HttpError::notFound(QStringLiteral("LineItem"), id);
        const nlohmann::json &body = ctx.jsonBody();
        wire::read(body, "Quantity", li->Quantity);
        if (body.contains("xp") && body["xp"].is_object())
            li->xp.merge_patch(body["xp"]);
        DocumentResource::checkXpSize(li->xp);
        std::optional<QString> shipTo;
        wire::read(body, "ShippingAddressID", shipTo);
        if (shipTo) {
            li->ShippingAddressID = shipTo;
            li->ShippingAddress = orders->buyerAddress(r.order.FromUserID, *shipTo);
        }
        orders->price(*li, r.order.FromCompanyID);
        Database::Transaction tx(s.db);
        orders->store().updateLineItem(r.order.ID, *li);
        orders->store().recomputeTotals(r.order.ID);
        orders->linkToSession(ctx.caller(), r.order.ID);
        tx.commit();
        return Reply::ok(nlohmann::json(*orders->store().lineItem(r.order.ID, id)));
    });

    router.add(M::Delete, base + QStringLiteral("/{lineItemID}"), [&s, orders](RequestContext &ctx) {
        const OrderRecord r = orders->loadForWrite(ctx, true);
        const QString id = ctx.param(QStringLiteral("lineItemID"));
        if (!orders->store().lineItem(r.order.ID, id))
            throw HttpError::notFound(QStringLiteral("LineItem"), id);
        Database::Transaction tx(s.db);
        orders->store().removeLineItem(r.order.ID, id);
        orders->store().recomputeTotals(r.order.ID);
        tx.commit();
        return Reply::noContent();
    });
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    auto orders = std::make_shared<Orders>(s);
    const QString marketplaceId = s.db.setting(QStringLiteral("marketplace_id"));

    router.add(M::Get, QStringLiteral("/v1/me/orders"), [&s, orders](RequestContext &ctx) {
        ctx.requireRoles({QStringLiteral("Shopper"), QStringLiteral("MeAdmin")});
        SqlWhere scope;
        scope.add(QStringLiteral("from_user_id = ?"), {ctx.caller().userId});
        return Reply::ok(listOrders(s, *orders, ctx, scope));
    });

    router.add(M::Get, QStringLiteral("/v1/orders/{direction}"), [&s, orders](RequestContext &ctx) {
        ctx.requireRoles(kRead);
        return Reply::ok(listOrders(s, *orders, ctx, visibility(ctx.caller(), direction(ctx))));
    });

    router.add(M::Post, QStringLiteral("/v1/orders/{direction}"), [&s, orders, marketplaceId](RequestContext &ctx) {
        const Caller &c = ctx.requireRoles(kWrite);
        if (direction(ctx) != Direction::Outgoing || !c.isBuyer())
            throw HttpError::badRequest(QStringLiteral("Order.BuyerUserRequired"),
                                        QStringLiteral("Orders are placed by buyer users as Outgoing orders; to order "
                                                       "for a buyer, start an impersonation session."));
        SessionGuard::beforeOrderCreate(s, c);
        const nlohmann::json &body = ctx.jsonBody();
        OrderRecord r;
        r.order = body.get<wire::Order>();
        wire::Order &o = r.order;
        // "{orderIncrementor}" in the ID takes that incrementor's next number, as OrderCloud does.
        o.ID = o.ID.isEmpty() ? DocumentResource::newId() : IncrementorStore(s.db).expand(o.ID);
        DocumentResource::validateId(o.ID);
        if (orders->store().find(o.ID))
            throw HttpError::idExists(QStringLiteral("Order"), o.ID);
        // What the client cannot choose: who ordered, for which company, state and money.
        o.FromUserID = c.userId;
        o.FromCompanyID = c.buyerId;
        o.ToCompanyID = marketplaceId;
        o.Status = QStringLiteral("Unsubmitted");
        o.DateCreated = QDateTime::currentDateTimeUtc();
        o.Currency = QStringLiteral("USD");
        orders->stampAttribution(c, o.xp, nlohmann::json::object());
        DocumentResource::checkXpSize(o.xp);
        r.sessionId = c.sessionId;
        r.agentUserId = c.impersonatorId;
        Database::Transaction tx(s.db);
        orders->store().insert(r);
        const std::optional<QString> shipTo = o.ShippingAddressID;
        if (shipTo)
            orders->store().setShippingAddress(o.ID, orders->buyerAddress(c.userId, *shipTo));
        if (o.BillingAddressID) {
            o.BillingAddress = orders->buyerAddress(c.userId, *o.BillingAddressID);
            orders->store().update(r);
        }
        orders->linkToSession(c, o.ID);
        tx.commit();
        return Reply::created(orders->reply(o.ID));
    });

    router.add(M::Get, QStringLiteral("/v1/orders/{direction}/{orderID}"), [orders](RequestContext &ctx) {
        ctx.requireRoles(kRead);
        return Reply::ok(orders->store().toJson(orders->load(ctx, direction(ctx))));
    });

    router.add(M::Patch, QStringLiteral("/v1/orders/{direction}/{orderID}"), [&s, orders](RequestContext &ctx) {
        OrderRecord r = orders->loadForWrite(ctx, false);
        const nlohmann::json &body = ctx.jsonBody();
        wire::Order &o = r.order;
        const nlohmann::json storedXp = o.xp;
        wire::read(body, "Comments", o.Comments);
        if (body.contains("xp")) {
            if (!body["xp"].is_object() && !body["xp"].is_null())
                throw wire::DecodeError(QStringLiteral("xp"), QStringLiteral("must be an object"));
            // OrderCloud deep-merges xp on PATCH.
            o.xp.merge_patch(body["xp"].is_null() ? nlohmann::json::object() : body["xp"]);
        }
        orders->stampAttribution(ctx.caller(), o.xp, storedXp);
        DocumentResource::checkXpSize(o.xp);
        const bool unsubmitted = o.Status == QLatin1String("Unsubmitted");
        std::optional<QString> shipTo, billTo;
        wire::read(body, "ShippingAddressID", shipTo);
        wire::read(body, "BillingAddressID", billTo);
        if ((shipTo || billTo) && !unsubmitted)
            throw HttpError::badRequest(QStringLiteral("Order.CannotModifySubmittedOrder"),
                                        QStringLiteral("The addresses of a submitted order cannot be changed."));
        Database::Transaction tx(s.db);
        if (billTo) {
            o.BillingAddressID = billTo;
            o.BillingAddress = orders->buyerAddress(o.FromUserID, *billTo);
        }
        orders->store().update(r);
        if (shipTo)
            orders->store().setShippingAddress(o.ID, orders->buyerAddress(o.FromUserID, *shipTo));
        orders->linkToSession(ctx.caller(), o.ID);
        tx.commit();
        return Reply::ok(orders->reply(o.ID));
    });

    router.add(M::Delete, QStringLiteral("/v1/orders/{direction}/{orderID}"), [&s, orders](RequestContext &ctx) {
        const OrderRecord r = orders->loadForWrite(ctx, false);
        if (r.order.Status != QLatin1String("Unsubmitted"))
            throw HttpError::badRequest(QStringLiteral("Order.CannotDeleteSubmittedOrder"),
                                        QStringLiteral("Only unsubmitted orders can be deleted."),
                                        nlohmann::json{{"Status", r.order.Status}});
        Database::Transaction tx(s.db);
        orders->store().remove(r.order.ID);
        tx.commit();
        return Reply::noContent();
    });

    auto setAddress = [&s, orders](RequestContext &ctx, bool shipping) {
        const OrderRecord r = orders->loadForWrite(ctx, true);
        const nlohmann::json &body = ctx.jsonBody();
        const QStringList missing = wire::missingRequired(body, {"Street1", "City", "State", "Zip", "Country"});
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        const auto address = body.get<wire::Address>();
        Database::Transaction tx(s.db);
        if (shipping) {
            orders->store().setShippingAddress(r.order.ID, address);
        } else {
            OrderRecord updated = r;
            updated.order.BillingAddress = address;
            updated.order.BillingAddressID = address.ID.isEmpty() ? std::nullopt : std::optional<QString>(address.ID);
            orders->store().update(updated);
        }
        orders->linkToSession(ctx.caller(), r.order.ID);
        tx.commit();
        return Reply::ok(orders->reply(r.order.ID));
    };
    router.add(M::Put, QStringLiteral("/v1/orders/{direction}/{orderID}/shipto"),
               [setAddress](RequestContext &ctx) { return setAddress(ctx, true); });
    router.add(M::Put, QStringLiteral("/v1/orders/{direction}/{orderID}/billto"),
               [setAddress](RequestContext &ctx) { return setAddress(ctx, false); });

    router.add(M::Post, QStringLiteral("/v1/orders/{direction}/{orderID}/submit"), [&s, orders](RequestContext &ctx) {
        OrderRecord r = orders->loadForWrite(ctx, false);
        if (r.order.Status != QLatin1String("Unsubmitted"))
            throw HttpError::badRequest(QStringLiteral("Order.CannotSubmitBadStatus"),
                                        QStringLiteral("Order %1 is %2; only an unsubmitted order can be submitted.")
                                            .arg(r.order.ID, r.order.Status),
                                        nlohmann::json{{"Status", r.order.Status}});
        if (r.order.LineItemCount == 0)
            throw HttpError::badRequest(QStringLiteral("Order.CannotSubmitWithNoLineItems"),
                                        QStringLiteral("An order needs at least one line item to be submitted."));
        // The session's co-sign limit is held against the total as submitted (shipping and tax included).
        const auto calculated = CheckoutSubmit::calculate(s, ctx.caller(), r);
        SessionGuard::beforeSubmit(s, ctx.caller(), r.order);
        Database::Transaction tx(s.db);
        const nlohmann::json storedXp = r.order.xp;
        orders->stampAttribution(ctx.caller(), r.order.xp, storedXp);
        orders->store().update(r);
        // Atomic: of two submits racing (a double click), exactly one succeeds.
        // Ship methods, the checkout integration's totals and approval rules decide where it goes.
        if (!CheckoutSubmit::submit(s, ctx.caller(), r, calculated))
            throw HttpError::badRequest(QStringLiteral("Order.CannotSubmitBadStatus"),
                                        QStringLiteral("Order %1 has already been submitted.").arg(r.order.ID));
        orders->linkToSession(ctx.caller(), r.order.ID);
        tx.commit();
        return Reply::created(orders->reply(r.order.ID));
    });

    registerLineItems(router, s, orders);
}

OrderRecord readableOrder(Services &s, RequestContext &ctx)
{
    ctx.requireRoles(kRead);
    return Orders(s).load(ctx, direction(ctx));
}

OrderRecord writableOrder(Services &s, RequestContext &ctx)
{
    return Orders(s).loadForWrite(ctx, true);
}

} // namespace onbehalf::server::OrderResources
