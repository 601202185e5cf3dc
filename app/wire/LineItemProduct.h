#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The product as it was when the line was added.
struct LineItemProduct
{
    QString ID;
    QString Name;
    std::optional<QString> Description;
    bool Returnable = false;
    int QuantityMultiplier = 1;
    std::optional<double> ShipWeight;
    std::optional<double> ShipHeight;
    std::optional<double> ShipWidth;
    std::optional<double> ShipLength;
    std::optional<QString> DefaultSupplierID;
    std::optional<QString> ParentID;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(LineItemProduct)
{
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("Description", v.Description);
    visit("Returnable", v.Returnable);
    visit("QuantityMultiplier", v.QuantityMultiplier);
    visit("ShipWeight", v.ShipWeight);
    visit("ShipHeight", v.ShipHeight);
    visit("ShipWidth", v.ShipWidth);
    visit("ShipLength", v.ShipLength);
    visit("DefaultSupplierID", v.DefaultSupplierID);
    visit("ParentID", v.ParentID);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(LineItemProduct)

} // namespace onbehalf::wire
