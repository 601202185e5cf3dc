#pragma once

#include "wire/Json.h"
#include "wire/ShipMethodSelection.h"

#include <vector>

namespace onbehalf::wire {

// The body of POST …/shipmethods.
struct OrderShipMethodSelection
{
    std::vector<ShipMethodSelection> ShipMethodSelections;
};

ONBEHALF_WIRE_FIELDS(OrderShipMethodSelection)
{
    visit("ShipMethodSelections", v.ShipMethodSelections);
}
ONBEHALF_WIRE_JSON(OrderShipMethodSelection)

} // namespace onbehalf::wire
