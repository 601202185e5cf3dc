#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A product's stock tracking (null when the product does not track inventory).
struct Inventory
{
    bool Enabled = false;
    std::optional<int> NotificationPoint;
    bool VariantLevelTracking = false;
    bool OrderCanExceed = false;
    std::optional<int> QuantityAvailable;
    std::optional<QDateTime> LastUpdated;
};

ONBEHALF_WIRE_FIELDS(Inventory)
{
    visit("Enabled", v.Enabled);
    visit("NotificationPoint", v.NotificationPoint);
    visit("VariantLevelTracking", v.VariantLevelTracking);
    visit("OrderCanExceed", v.OrderCanExceed);
    visit("QuantityAvailable", v.QuantityAvailable);
    visit("LastUpdated", v.LastUpdated);
}
ONBEHALF_WIRE_JSON(Inventory)

} // namespace onbehalf::wire
