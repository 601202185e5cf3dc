#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A marketplace counter: "{ID}" in the ID of a new object becomes the next number, left-padded
// with zeros to LeftPaddingCount digits.
struct Incrementor
{
    QString ID;
    std::optional<QString> Name;
    qint64 LastNumber = 0;
    int LeftPaddingCount = 0;
};

ONBEHALF_WIRE_FIELDS(Incrementor)
{
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("LastNumber", v.LastNumber);
    visit("LeftPaddingCount", v.LeftPaddingCount);
}
ONBEHALF_WIRE_JSON(Incrementor)

} // namespace onbehalf::wire
