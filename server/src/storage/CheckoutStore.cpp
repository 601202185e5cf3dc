#include "storage/CheckoutStore.h"

#include "storage/Database.h"

namespace onbehalf::server {

namespace {
template <typename T>
void readPart(const nlohmann::json &j, const char *key, std::optional<T> &out)
{
    if (j.contains(key) && j[key].is_object())
        out = j[key].get<T>();
}
} // namespace

CheckoutState CheckoutStore::load(const QString &orderId) const
{
    CheckoutState st;
    const QString text = m_db.scalar(QStringLiteral("SELECT checkout FROM orders WHERE id = ?"), {orderId}).toString();
    if (text.isEmpty())
        return st;
    const nlohmann::json j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object())
        return st;
    readPart(j, "ShipEstimateResponse", st.estimates);
    readPart(j, "OrderCalculateResponse", st.calculated);
    readPart(j, "OrderSubmitResponse", st.submitted);
    readPart(j, "OrderSubmitForApprovalResponse", st.submittedForApproval);
    readPart(j, "OrderApprovedResponse", st.approved);
    return st;
}

void CheckoutStore::save(const QString &orderId, const CheckoutState &st)
{
    const nlohmann::json j{{"ShipEstimateResponse", st.estimates},
                           {"OrderCalculateResponse", st.calculated},
                           {"OrderSubmitResponse", st.submitted},
                           {"OrderSubmitForApprovalResponse", st.submittedForApproval},
                           {"OrderApprovedResponse", st.approved}};
    m_db.exec(QStringLiteral("UPDATE orders SET checkout = ? WHERE id = ?"),
              {QString::fromStdString(j.dump()), orderId});
}

void CheckoutStore::applyCosts(const QString &orderId, const wire::Amount &shipping, const wire::Amount &tax)
{
    m_db.exec(
        QStringLiteral("UPDATE orders SET shipping_cost = ?, tax_cost = ?, total = subtotal + ? + ? WHERE id = ?"),
        {shipping.units(), tax.units(), shipping.units(), tax.units(), orderId});
}

} // namespace onbehalf::server
