#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The buyer company a buyer user belongs to, as GET /v1/me shows it (null for admin users).
struct MeBuyer
{
    QString ID;
    std::optional<QString> DefaultCatalogID;
};

ONBEHALF_WIRE_FIELDS(MeBuyer)
{
    visit("ID", v.ID);
    visit("DefaultCatalogID", v.DefaultCatalogID);
}
ONBEHALF_WIRE_JSON(MeBuyer)

} // namespace onbehalf::wire
