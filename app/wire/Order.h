#pragma once

#include "wire/Address.h"
#include "wire/Json.h"
#include "wire/LineItem.h" // not needed here; code that meets LineItem through Order.h keeps working
#include "wire/Money.h"
#include "wire/OrderUser.h"

namespace onbehalf::wire {

// An order. Money is exact (any JSON number, negative adjustments too); Status is one of
// Unsubmitted, AwaitingApproval, Declined, Open, Completed, Canceled.
struct Order
{
    QString ID;
    std::optional<OrderUser> FromUser;
    QString FromCompanyID;
    QString ToCompanyID;
    QString FromUserID;
    std::optional<QString> BillingAddressID;
    std::optional<Address> BillingAddress;
    std::optional<QString> ShippingAddressID;
    std::optional<QString> Comments;
    int LineItemCount = 0;
    QString Status = QStringLiteral("Unsubmitted");
    std::optional<QDateTime> DateCreated;
    std::optional<QDateTime> DateSubmitted;
    std::optional<QDateTime> DateApproved;
    std::optional<QDateTime> DateDeclined;
    std::optional<QDateTime> DateCanceled;
    std::optional<QDateTime> DateCompleted;
    std::optional<QDateTime> LastUpdated;
    Amount Subtotal;
    Amount ShippingCost;
    Amount TaxCost;
    Amount Gratuity;
    Amount Fees;
    Amount PromotionDiscount;
    QString Currency = QStringLiteral("USD");
    Amount Total;
    bool IsSubmitted = false;
    std::optional<QString> SubscriptionID;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(Order)
{
    visit("ID", v.ID);
    visit("FromUser", v.FromUser);
    visit("FromCompanyID", v.FromCompanyID);
    visit("ToCompanyID", v.ToCompanyID);
    visit("FromUserID", v.FromUserID);
    visit("BillingAddressID", v.BillingAddressID);
    visit("BillingAddress", v.BillingAddress);
    visit("ShippingAddressID", v.ShippingAddressID);
    visit("Comments", v.Comments);
    visit("LineItemCount", v.LineItemCount);
    visit("Status", v.Status);
    visit("DateCreated", v.DateCreated);
    visit("DateSubmitted", v.DateSubmitted);
    visit("DateApproved", v.DateApproved);
    visit("DateDeclined", v.DateDeclined);
    visit("DateCanceled", v.DateCanceled);
    visit("DateCompleted", v.DateCompleted);
    visit("LastUpdated", v.LastUpdated);
    visit("Subtotal", v.Subtotal);
    visit("ShippingCost", v.ShippingCost);
    visit("TaxCost", v.TaxCost);
    visit("Gratuity", v.Gratuity);
    visit("Fees", v.Fees);
    visit("PromotionDiscount", v.PromotionDiscount);
    visit("Currency", v.Currency);
    visit("Total", v.Total);
    visit("IsSubmitted", v.IsSubmitted);
    visit("SubscriptionID", v.SubscriptionID);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(Order)

} // namespace onbehalf::wire
