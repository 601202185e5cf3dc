#include "storage/CatalogStore.h"

#include "storage/Database.h"
#include "storage/DocumentStore.h"

namespace onbehalf::server {

QString CatalogStore::visibleToBuyerClause()
{
    return QStringLiteral("id IN (SELECT cp.product_id FROM catalog_products cp JOIN catalog_buyers cb "
                          "ON cb.catalog_id = cp.catalog_id WHERE cb.buyer_id = ?)");
}

std::optional<wire::Product> CatalogStore::productForBuyer(const QString &buyerId, const QString &productId) const
{
    const QVariant visible = m_db.scalar(
        QStringLiteral("SELECT 1 FROM catalog_products cp JOIN catalog_buyers cb ON cb.catalog_id = cp.catalog_id "
                       "WHERE cb.buyer_id = ? AND cp.product_id = ?"),
        {buyerId, productId});
    if (!visible.isValid())
        return std::nullopt;
    const auto doc = m_docs.get(QStringLiteral("Product"), QString(), productId);
    if (!doc)
        return std::nullopt;
    wire::Product p = doc->get<wire::Product>();
    if (!p.Active)
        return std::nullopt;
    return p;
}

std::optional<wire::PriceSchedule> CatalogStore::priceSchedule(const QString &id, const QDateTime &now) const
{
    if (id.isEmpty())
        return std::nullopt;
    const auto doc = m_docs.get(QStringLiteral("PriceSchedule"), QString(), id);
    if (!doc)
        return std::nullopt;
    auto ps = doc->get<wire::PriceSchedule>();
    ps.IsOnSale = ps.saleWindowHolds(now);
    return ps;
}

wire::BuyerProduct CatalogStore::buyerProduct(const wire::Product &p) const
{
    wire::BuyerProduct bp;
    static_cast<wire::Product &>(bp) = p;
    bp.PriceSchedule = priceSchedule(p.DefaultPriceScheduleID.value_or(QString()));
    return bp;
}

} // namespace onbehalf::server
