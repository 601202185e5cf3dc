#pragma once

#include "wire/Json.h"
#include "wire/Money.h"

namespace onbehalf::wire {

// One way to ship an estimate's items, as a checkout integration offers it.
struct ShipMethod
{
    QString ID;
    std::optional<QString> Name;
    Amount Cost;
    int EstimatedTransitDays = 0;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(ShipMethod)
{
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("Cost", v.Cost);
    visit("EstimatedTransitDays", v.EstimatedTransitDays);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(ShipMethod)

} // namespace onbehalf::wire
