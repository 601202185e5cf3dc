#pragma once

#include "wire/Inventory.h"
#include "wire/Json.h"

namespace onbehalf::wire {

// A product as the marketplace (admin side) keeps it.
struct Product
{
    std::optional<QString> OwnerID;
    std::optional<QString> DefaultPriceScheduleID;
    bool AutoForward = false;
    QString ID;
    std::optional<QString> ParentID;
    bool IsParent = false;
    bool IsBundle = false;
    QString Name;
    std::optional<QString> Description;
    int QuantityMultiplier = 1;
    std::optional<double> ShipWeight;
    std::optional<double> ShipHeight;
    std::optional<double> ShipWidth;
    std::optional<double> ShipLength;
    bool Active = true;
    int SpecCount = 0;
    int VariantCount = 0;
    std::optional<QString> ShipFromAddressID;
    std::optional<wire::Inventory> Inventory;
    std::optional<QString> DefaultSupplierID;
    bool AllSuppliersCanSell = false;
    bool Returnable = false;
    std::optional<QDateTime> DateCreated;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(Product)
{
    visit("OwnerID", v.OwnerID);
    visit("DefaultPriceScheduleID", v.DefaultPriceScheduleID);
    visit("AutoForward", v.AutoForward);
    visit("ID", v.ID);
    visit("ParentID", v.ParentID);
    visit("IsParent", v.IsParent);
    visit("IsBundle", v.IsBundle);
    visit("Name", v.Name);
    visit("Description", v.Description);
    visit("QuantityMultiplier", v.QuantityMultiplier);
    visit("ShipWeight", v.ShipWeight);
    visit("ShipHeight", v.ShipHeight);
    visit("ShipWidth", v.ShipWidth);
    visit("ShipLength", v.ShipLength);
    visit("Active", v.Active);
    visit("SpecCount", v.SpecCount);
    visit("VariantCount", v.VariantCount);
    visit("ShipFromAddressID", v.ShipFromAddressID);
    visit("Inventory", v.Inventory);
    visit("DefaultSupplierID", v.DefaultSupplierID);
    visit("AllSuppliersCanSell", v.AllSuppliersCanSell);
    visit("Returnable", v.Returnable);
    visit("DateCreated", v.DateCreated);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(Product)

} // namespace onbehalf::wire

// Product.h used to hold the whole catalog family; code that includes it for those keeps working.
#include "wire/BuyerProduct.h"
#include "wire/Catalog.h"
#include "wire/PriceSchedule.h"
