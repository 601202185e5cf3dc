#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A line item (and how many of it) that a ship estimate covers.
struct ShipEstimateItem
{
    QString LineItemID;
    int Quantity = 0;
};

ONBEHALF_WIRE_FIELDS(ShipEstimateItem)
{
    visit("LineItemID", v.LineItemID);
    visit("Quantity", v.Quantity);
}
ONBEHALF_WIRE_JSON(ShipEstimateItem)

} // namespace onbehalf::wire
