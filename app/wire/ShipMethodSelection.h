#pragma once

#include "wire/Json.h"

#include <vector>

namespace onbehalf::wire {

// "Ship estimate X goes by method Y".
struct ShipMethodSelection
{
    QString ShipEstimateID;
    QString ShipMethodID;
};

ONBEHALF_WIRE_FIELDS(ShipMethodSelection)
{
    visit("ShipEstimateID", v.ShipEstimateID);
    visit("ShipMethodID", v.ShipMethodID);
}
ONBEHALF_WIRE_JSON(ShipMethodSelection)

} // namespace onbehalf::wire
