#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// The seller company a user belongs to, as GET /v1/me shows it (null for other users).
struct MeSeller
{
    QString ID;
};

ONBEHALF_WIRE_FIELDS(MeSeller)
{
    visit("ID", v.ID);
}
ONBEHALF_WIRE_JSON(MeSeller)

} // namespace onbehalf::wire
