#pragma once

#include "wire/Json.h"
#include "wire/Money.h"

namespace onbehalf::wire {

// From Quantity on, a unit costs Price (SalePrice while the schedule is on sale).
struct PriceBreak
{
    int Quantity = 1;
    Amount Price;
    std::optional<Amount> SalePrice;
    std::optional<Amount> SubscriptionPrice;
    std::optional<Amount> BundlePrice;
};

ONBEHALF_WIRE_FIELDS(PriceBreak)
{
    visit("Quantity", v.Quantity);
    visit("Price", v.Price);
    visit("SalePrice", v.SalePrice);
    visit("SubscriptionPrice", v.SubscriptionPrice);
    visit("BundlePrice", v.BundlePrice);
}
ONBEHALF_WIRE_JSON(PriceBreak)

} // namespace onbehalf::wire
