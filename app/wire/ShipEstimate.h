#pragma once

#include "wire/Json.h"
#include "wire/ShipEstimateItem.h"
#include "wire/ShipMethod.h"

#include <vector>

namespace onbehalf::wire {

// One shipment to be: its items, the methods offered for it and the one selected.
struct ShipEstimate
{
    QString ID;
    nlohmann::json xp = nlohmann::json::object();
    std::optional<QString> SelectedShipMethodID;
    std::vector<ShipEstimateItem> ShipEstimateItems;
    std::vector<ShipMethod> ShipMethods;
};

ONBEHALF_WIRE_FIELDS(ShipEstimate)
{
    visit("ID", v.ID);
    visit("xp", v.xp);
    visit("SelectedShipMethodID", v.SelectedShipMethodID);
    visit("ShipEstimateItems", v.ShipEstimateItems);
    visit("ShipMethods", v.ShipMethods);
}
ONBEHALF_WIRE_JSON(ShipEstimate)

} // namespace onbehalf::wire
