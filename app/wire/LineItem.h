#pragma once

#include "wire/Address.h"
#include "wire/Json.h"
#include "wire/LineItemProduct.h"
#include "wire/LineItemSpec.h"
#include "wire/LineItemVariant.h"
#include "wire/Money.h"

#include <vector>

namespace onbehalf::wire {

// One line of an order: a product, a quantity and what it costs.
struct LineItem
{
    QString ID;
    QString ProductID;
    int Quantity = 1;
    std::optional<QString> BundleItemID;
    bool IsBundle = false;
    std::optional<QDateTime> DateAdded;
    int QuantityShipped = 0;
    Amount UnitPrice;
    Amount PromotionDiscount;
    Amount LineTotal;
    Amount LineSubtotal;
    std::optional<QString> CostCenter;
    std::optional<QDateTime> DateNeeded;
    std::optional<QString> ShippingAccount;
    std::optional<QString> ShippingAddressID;
    std::optional<QString> ShipFromAddressID;
    LineItemProduct Product;
    std::optional<LineItemVariant> Variant;
    std::optional<Address> ShippingAddress;
    std::optional<Address> ShipFromAddress;
    std::optional<QString> SupplierID;
    std::optional<QString> InventoryRecordID;
    std::optional<QString> PriceScheduleID;
    bool IsOnSale = false;
    bool PriceOverridden = false;
    std::vector<LineItemSpec> Specs;
    std::optional<QString> IncomingOrderID;
    std::optional<QString> OutgoingOrderID;
    std::optional<QString> InvitationID;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(LineItem)
{
    visit("ID", v.ID);
    visit("ProductID", v.ProductID);
    visit("Quantity", v.Quantity);
    visit("BundleItemID", v.BundleItemID);
    visit("IsBundle", v.IsBundle);
    visit("DateAdded", v.DateAdded);
    visit("QuantityShipped", v.QuantityShipped);
    visit("UnitPrice", v.UnitPrice);
    visit("PromotionDiscount", v.PromotionDiscount);
    visit("LineTotal", v.LineTotal);
    visit("LineSubtotal", v.LineSubtotal);
    visit("CostCenter", v.CostCenter);
    visit("DateNeeded", v.DateNeeded);
    visit("ShippingAccount", v.ShippingAccount);
    visit("ShippingAddressID", v.ShippingAddressID);
    visit("ShipFromAddressID", v.ShipFromAddressID);
    visit("Product", v.Product);
    visit("Variant", v.Variant);
    visit("ShippingAddress", v.ShippingAddress);
    visit("ShipFromAddress", v.ShipFromAddress);
    visit("SupplierID", v.SupplierID);
    visit("InventoryRecordID", v.InventoryRecordID);
    visit("PriceScheduleID", v.PriceScheduleID);
    visit("IsOnSale", v.IsOnSale);
    visit("PriceOverridden", v.PriceOverridden);
    visit("Specs", v.Specs);
    visit("IncomingOrderID", v.IncomingOrderID);
    visit("OutgoingOrderID", v.OutgoingOrderID);
    visit("InvitationID", v.InvitationID);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(LineItem)

} // namespace onbehalf::wire
