#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The product variant a line is for (null for products without variants).
struct LineItemVariant
{
    QString ID;
    std::optional<QString> Name;
    std::optional<QString> Description;
    std::optional<double> ShipWeight;
    std::optional<double> ShipHeight;
    std::optional<double> ShipWidth;
    std::optional<double> ShipLength;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(LineItemVariant)
{
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("Description", v.Description);
    visit("ShipWeight", v.ShipWeight);
    visit("ShipHeight", v.ShipHeight);
    visit("ShipWidth", v.ShipWidth);
    visit("ShipLength", v.ShipLength);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(LineItemVariant)

} // namespace onbehalf::wire
