#pragma once

#include "wire/PriceSchedule.h"
#include "wire/Product.h"

namespace onbehalf::wire {

// A product as a buyer sees it (GET /v1/me/products): with its price schedule.
struct BuyerProduct : Product
{
    std::optional<wire::PriceSchedule> PriceSchedule;
};

ONBEHALF_WIRE_FIELDS(BuyerProduct)
{
    visit("PriceSchedule", v.PriceSchedule);
    fields(asBase<Product>(v), visit);
}
ONBEHALF_WIRE_JSON(BuyerProduct)

} // namespace onbehalf::wire
