#pragma once

#include "wire/BuyerProduct.h"
#include "wire/PriceSchedule.h"
#include "wire/Product.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace onbehalf::server {

class Database;
class DocumentStore;

// What a buyer may buy: products in the catalogs assigned to the buyer, with their prices.
class CatalogStore
{
public:
    CatalogStore(Database &db, DocumentStore &docs) : m_db(db), m_docs(docs) {}

    // An active product the buyer's catalogs hold, or nullopt.
    std::optional<wire::Product> productForBuyer(const QString &buyerId, const QString &productId) const;
    // The schedule with IsOnSale as of `now` (the sale window holds).
    std::optional<wire::PriceSchedule> priceSchedule(const QString &id,
                                                     const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    wire::BuyerProduct buyerProduct(const wire::Product &p) const;

    // SQL for "this document is a product visible to buyer ?" (one bind: the buyer ID).
    static QString visibleToBuyerClause();

private:
    Database &m_db;
    DocumentStore &m_docs;
};

} // namespace onbehalf::server
