#pragma once

#include "storage/ListQuery.h"
#include "wire/LineItem.h"
#include "wire/Order.h"

#include <QString>
#include <optional>
#include <vector>

class QSqlQuery;

namespace onbehalf::server {

class Database;
class UserStore;

// An order row with what only the server knows: the session and agent behind it.
struct OrderRecord
{
    wire::Order order;
    std::optional<wire::Address> shippingAddress;
    QString sessionId;
    QString agentUserId;
};

// Orders and their line items. Totals are kept consistent here, in exact integer units:
// every change of a line recomputes the order in the same transaction.
class OrderStore
{
public:
    OrderStore(Database &db, const UserStore &users) : m_db(db), m_users(users) {}

    std::optional<OrderRecord> find(const QString &id) const;
    void insert(const OrderRecord &r);
    // Writes the order's editable columns (comments, addresses, xp, status, dates).
    void update(const OrderRecord &r);
    void remove(const QString &id);
    // Status Unsubmitted → Open exactly once; false when the order was not Unsubmitted any more.
    bool submit(const QString &id, const QDateTime &when);

    std::vector<wire::LineItem> lineItems(const QString &orderId) const;
    std::optional<wire::LineItem> lineItem(const QString &orderId, const QString &id) const;
    void insertLineItem(const QString &orderId, const wire::LineItem &li);
    void updateLineItem(const QString &orderId, const wire::LineItem &li);
    void removeLineItem(const QString &orderId, const QString &id);
    void setShippingAddress(const QString &orderId, const std::optional<wire::Address> &address);
    void recomputeTotals(const QString &orderId);
    // Drops the checkout integration's ship estimates and costs (lines or address changed).
    void invalidateCheckout(const QString &orderId);

    nlohmann::json toJson(const OrderRecord &r) const;
    ListSpec listSpec() const;
    ListSpec lineItemListSpec() const;
    static QString columns();
    OrderRecord fromRow(const QSqlQuery &q) const;
    static QString lineItemColumns();
    static wire::LineItem lineItemFromRow(const QSqlQuery &q);

private:
    Database &m_db;
    const UserStore &m_users;
};

} // namespace onbehalf::server
