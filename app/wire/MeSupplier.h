#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The supplier company a user belongs to, as GET /v1/me shows it (null for other users).
struct MeSupplier
{
    QString ID;
};

ONBEHALF_WIRE_FIELDS(MeSupplier)
{
    visit("ID", v.ID);
}
ONBEHALF_WIRE_JSON(MeSupplier)

} // namespace onbehalf::wire
