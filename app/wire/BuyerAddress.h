#pragma once

#include "wire/Address.h"

namespace onbehalf::wire {

// A buyer user's own address (/v1/me/addresses): an Address plus what it may be used for.
struct BuyerAddress : Address
{
    bool Shipping = true;
    bool Billing = false;
    bool Editable = true;
};

ONBEHALF_WIRE_FIELDS(BuyerAddress)
{
    visit("Shipping", v.Shipping);
    visit("Billing", v.Billing);
    visit("Editable", v.Editable);
    fields(asBase<Address>(v), visit);
}
ONBEHALF_WIRE_JSON(BuyerAddress)

} // namespace onbehalf::wire
