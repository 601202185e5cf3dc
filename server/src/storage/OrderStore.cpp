#include "storage/OrderStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"

#include <QSqlQuery>

namespace onbehalf::server {

namespace {

QVariant nullableText(const std::optional<QString> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<QString>());
}

QVariant jsonOrNull(const nlohmann::json &j)
{
    return j.is_null() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromStdString(j.dump()));
}

nlohmann::json parseOrNull(const QVariant &v)
{
    const QString text = v.toString();
    if (text.isEmpty())
        return nullptr;
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

} // namespace

QString OrderStore::columns()
{
    return QStringLiteral("id, from_user_id, from_company_id, to_company_id, status, date_created, date_submitted, "
                          "subtotal, shipping_cost, tax_cost, total, currency, comments, shipping_address_id, "
                          "shipping_address, billing_address_id, billing_address, line_item_count, xp, session_id, "
                          "agent_user_id, date_approved, date_declined");
}

OrderRecord OrderStore::fromRow(const QSqlQuery &q) const
{
    OrderRecord r;
    wire::Order &o = r.order;
    o.ID = q.value(0).toString();
    o.FromUserID = q.value(1).toString();
    o.FromCompanyID = q.value(2).toString();
    o.ToCompanyID = q.value(3).toString();
    o.Status = q.value(4).toString();
    o.DateCreated = SqlValues::optionalTime(q.value(5));
    o.DateSubmitted = SqlValues::optionalTime(q.value(6));
    o.Subtotal = wire::Amount::fromUnits(q.value(7).toLongLong());
    o.ShippingCost = wire::Amount::fromUnits(q.value(8).toLongLong());
    o.TaxCost = wire::Amount::fromUnits(q.value(9).toLongLong());
    o.Total = wire::Amount::fromUnits(q.value(10).toLongLong());
    o.Currency = q.value(11).toString();
    o.Comments = SqlValues::optionalText(q.value(12));
    o.ShippingAddressID = SqlValues::optionalText(q.value(13));
    const nlohmann::json ship = parseOrNull(q.value(14));
    if (ship.is_object())
        r.shippingAddress = ship.get<wire::Address>();
    o.BillingAddressID = SqlValues::optionalText(q.value(15));
    const nlohmann::json bill = parseOrNull(q.value(16));
    if (bill.is_object())
        o.BillingAddress = bill.get<wire::Address>();
    o.LineItemCount = q.value(17).toInt();
    const nlohmann::json xp = parseOrNull(q.value(18));
    o.xp = xp.is_object() ? xp : nlohmann::json::object();
    o.IsSubmitted = o.Status != QLatin1String("Unsubmitted");
    r.sessionId = q.value(19).toString();
    r.agentUserId = q.value(20).toString();
    o.DateApproved = SqlValues::optionalTime(q.value(21));
    o.DateDeclined = SqlValues::optionalTime(q.value(22));
    if (const auto user = m_users.findById(o.FromUserID)) {
        wire::OrderUser from;
        static_cast<wire::User &>(from) = m_users.toWire(*user);
        o.FromUser = std::move(from);
    }
    return r;
}

std::optional<OrderRecord> OrderStore::find(const QString &id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM orders WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

void OrderStore::insert(const OrderRecord &r)
{
    const wire::Order &o = r.order;
    m_db.exec(QStringLiteral("INSERT INTO orders (id, id_l, from_user_id, from_company_id, to_company_id, status, "
                             "date_created, currency, comments, xp, session_id, agent_user_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {o.ID, o.ID.toLower(), o.FromUserID, o.FromCompanyID, o.ToCompanyID, o.Status,
               SqlValues::formatTime(o.DateCreated.value_or(QDateTime::currentDateTimeUtc())), o.Currency,
               nullableText(o.Comments), QString::fromStdString(o.xp.dump()),
               r.sessionId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.sessionId),
               r.agentUserId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.agentUserId)});
}

void OrderStore::update(const OrderRecord &r)
{
    const wire::Order &o = r.order;
    m_db.exec(QStringLiteral("UPDATE orders SET comments = ?, shipping_address_id = ?, billing_address_id = ?, "
                             "billing_address = ?, xp = ? WHERE id = ?"),
              {nullableText(o.Comments), nullableText(o.ShippingAddressID), nullableText(o.BillingAddressID),
               o.BillingAddress ? jsonOrNull(nlohmann::json(*o.BillingAddress)) : jsonOrNull(nullptr),
               QString::fromStdString(o.xp.dump()), o.ID});
}

void OrderStore::remove(const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM line_items WHERE order_id = ?"), {id});
    m_db.exec(QStringLiteral("DELETE FROM orders WHERE id = ?"), {id});
}

bool OrderStore::submit(const QString &id, const QDateTime &when)
{
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE orders SET status = 'Open', date_submitted = ? "
                                           "WHERE id = ? AND status = 'Unsubmitted'"),
                            {SqlValues::formatTime(when), id});
    return q.numRowsAffected() == 1;
}

QString OrderStore::lineItemColumns()
{
    return QStringLiteral("id, product_id, quantity, unit_price, line_subtotal, line_total, shipping_address_id, "
                          "product, xp, date_added");
}

wire::LineItem OrderStore::lineItemFromRow(const QSqlQuery &q)
{
    wire::LineItem li;
    li.ID = q.value(0).toString();
    li.ProductID = q.value(1).toString();
    li.Quantity = q.value(2).toInt();
    li.UnitPrice = wire::Amount::fromUnits(q.value(3).toLongLong());
    li.LineSubtotal = wire::Amount::fromUnits(q.value(4).toLongLong());
    li.LineTotal = wire::Amount::fromUnits(q.value(5).toLongLong());
    li.ShippingAddressID = SqlValues::optionalText(q.value(6));
    const nlohmann::json product = parseOrNull(q.value(7));
    if (product.is_object()) {
        li.Product = product.value("Product", nlohmann::json::object()).get<wire::LineItemProduct>();
        if (product.contains("ShippingAddress") && product["ShippingAddress"].is_object())
            li.ShippingAddress = product["ShippingAddress"].get<wire::Address>();
        wire::read(product, "PriceScheduleID", li.PriceScheduleID);
        wire::read(product, "IsOnSale", li.IsOnSale);
    }
    const nlohmann::json xp = parseOrNull(q.value(8));
    li.xp = xp.is_object() ? xp : nlohmann::json::object();
    li.DateAdded = SqlValues::optionalTime(q.value(9));
    return li;
}

std::vector<wire::LineItem> OrderStore::lineItems(const QString &orderId) const
{
    std::vector<wire::LineItem> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + lineItemColumns() +
                                QStringLiteral(" FROM line_items WHERE order_id = ? ORDER BY date_added, id"),
                            {orderId});
    while (q.next())
        out.push_back(lineItemFromRow(q));
    return out;
}

std::optional<wire::LineItem> OrderStore::lineItem(const QString &orderId, const QString &id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + lineItemColumns() +
                                QStringLiteral(" FROM line_items WHERE order_id = ? AND id = ?"),
                            {orderId, id});
    if (!q.next())
        return std::nullopt;
    return lineItemFromRow(q);
}

namespace {
// The product snapshot, the line's shipping address and how it was priced travel in one JSON column.
QString lineDetails(const wire::LineItem &li)
{
    nlohmann::json details{{"Product", li.Product}, {"PriceScheduleID", li.PriceScheduleID}, {"IsOnSale", li.IsOnSale}};
    if (li.ShippingAddress)
        details["ShippingAddress"] = *li.ShippingAddress;
    return QString::fromStdString(details.dump());
}
} // namespace

void OrderStore::insertLineItem(const QString &orderId, const wire::LineItem &li)
{
    m_db.exec(QStringLiteral("INSERT INTO line_items (order_id, id, product_id, quantity, unit_price, line_subtotal, "
                             "line_total, shipping_address_id, product, xp, date_added) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {orderId, li.ID, li.ProductID, li.Quantity, li.UnitPrice.units(), li.LineSubtotal.units(),
               li.LineTotal.units(), nullableText(li.ShippingAddressID), lineDetails(li),
               QString::fromStdString(li.xp.dump()),
               SqlValues::formatTime(li.DateAdded.value_or(QDateTime::currentDateTimeUtc()))});
}

void OrderStore::updateLineItem(const QString &orderId, const wire::LineItem &li)
{
    m_db.exec(QStringLiteral("UPDATE line_items SET quantity = ?, unit_price = ?, line_subtotal = ?, line_total = ?, "
                             "shipping_address_id = ?, product = ?, xp = ? WHERE order_id = ? AND id = ?"),
              {li.Quantity, li.UnitPrice.units(), li.LineSubtotal.units(), li.LineTotal.units(),
               nullableText(li.ShippingAddressID), lineDetails(li), QString::fromStdString(li.xp.dump()), orderId,
               li.ID});
}

void OrderStore::removeLineItem(const QString &orderId, const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM line_items WHERE order_id = ? AND id = ?"), {orderId, id});
}

void OrderStore::invalidateCheckout(const QString &orderId)
{
    // What the checkout integration estimated and calculated was for the old lines or address.
    m_db.exec(QStringLiteral("UPDATE orders SET checkout = NULL, shipping_cost = 0, tax_cost = 0, "
                             "total = subtotal WHERE id = ? AND checkout IS NOT NULL"),
              {orderId});
}

void OrderStore::setShippingAddress(const QString &orderId, const std::optional<wire::Address> &address)
{
    invalidateCheckout(orderId);
    m_db.exec(QStringLiteral("UPDATE orders SET shipping_address = ?, shipping_address_id = ? WHERE id = ?"),
              {address ? jsonOrNull(nlohmann::json(*address)) : jsonOrNull(nullptr),
               address && !address->ID.isEmpty() ? QVariant(address->ID) : QVariant(QMetaType::fromType<QString>()),
               orderId});
    for (wire::LineItem li : lineItems(orderId)) {
        li.ShippingAddress = address;
        li.ShippingAddressID = address && !address->ID.isEmpty() ? std::optional<QString>(address->ID) : std::nullopt;
        updateLineItem(orderId, li);
    }
}

void OrderStore::recomputeTotals(const QString &orderId)
{
    invalidateCheckout(orderId);
    // Integer sums in SQL: exact in both dialects.
    m_db.exec(QStringLiteral("UPDATE orders SET "
                             "subtotal = (SELECT COALESCE(SUM(line_subtotal), 0) FROM line_items WHERE order_id = ?), "
                             "line_item_count = (SELECT COUNT(*) FROM line_items WHERE order_id = ?) WHERE id = ?"),
              {orderId, orderId, orderId});
    m_db.exec(QStringLiteral("UPDATE orders SET total = subtotal + shipping_cost + tax_cost WHERE id = ?"), {orderId});
}

nlohmann::json OrderStore::toJson(const OrderRecord &r) const
{
    nlohmann::json j = r.order;
    // Not in OrderCloud's Order, but the desk reads it back to the caller.
    j["ShippingAddress"] = r.shippingAddress;
    return j;
}

ListSpec OrderStore::listSpec() const
{
    using F = FieldType;
    ListSpec spec;
    spec.fields = {
        {QStringLiteral("ID"), QStringLiteral("id"), F::Text, true, QStringLiteral("id_l")},
        {QStringLiteral("FromUserID"), QStringLiteral("from_user_id")},
        {QStringLiteral("FromCompanyID"), QStringLiteral("from_company_id")},
        {QStringLiteral("ToCompanyID"), QStringLiteral("to_company_id")},
        {QStringLiteral("Status"), QStringLiteral("status")},
        {QStringLiteral("DateCreated"), QStringLiteral("date_created"), F::Date},
        {QStringLiteral("DateSubmitted"), QStringLiteral("date_submitted"), F::Date},
        // Money is stored in 1/10,000 units; filters and sorts see currency units.
        {QStringLiteral("Subtotal"), QStringLiteral("(subtotal / 10000.0)"), F::Number},
        {QStringLiteral("Total"), QStringLiteral("(total / 10000.0)"), F::Number},
        {QStringLiteral("LineItemCount"), QStringLiteral("line_item_count"), F::Number},
        {QStringLiteral("Comments"), QStringLiteral("comments"), F::Text, true},
        {QStringLiteral("ShippingAddressID"), QStringLiteral("shipping_address_id")},
        {QStringLiteral("IsSubmitted"), QStringLiteral("(CASE WHEN status = 'Unsubmitted' THEN 0 ELSE 1 END)"),
         F::Bool},
    };
    for (ListField &f : spec.fields) {
        if (f.name == QLatin1String("Comments"))
            f.containsSearch = true;
    }
    spec.xpColumn = QStringLiteral("xp");
    spec.defaultSort = {QStringLiteral("!DateCreated")};
    return spec;
}

ListSpec OrderStore::lineItemListSpec() const
{
    using F = FieldType;
    ListSpec spec;
    spec.fields = {
        {QStringLiteral("ID"), QStringLiteral("id")},
        {QStringLiteral("ProductID"), QStringLiteral("product_id"), F::Text, true},
        {QStringLiteral("Quantity"), QStringLiteral("quantity"), F::Number},
        {QStringLiteral("UnitPrice"), QStringLiteral("(unit_price / 10000.0)"), F::Number},
        {QStringLiteral("LineTotal"), QStringLiteral("(line_total / 10000.0)"), F::Number},
        {QStringLiteral("DateAdded"), QStringLiteral("date_added"), F::Date},
    };
    spec.xpColumn = QStringLiteral("xp");
    spec.defaultSort = {QStringLiteral("DateAdded")};
    return spec;
}

} // namespace onbehalf::server
