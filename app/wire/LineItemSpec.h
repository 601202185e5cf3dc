#pragma once

#include "wire/Json.h"
#include "wire/Money.h"

namespace onbehalf::wire {

// A spec choice on a line (size, colour), with its price markup.
struct LineItemSpec
{
    QString SpecID;
    std::optional<QString> Name;
    std::optional<QString> OptionID;
    std::optional<QString> Value;
    std::optional<QString> PriceMarkupType; // NoMarkup | AmountPerQuantity | AmountTotal | Percentage
    std::optional<Amount> PriceMarkup;
};

ONBEHALF_WIRE_FIELDS(LineItemSpec)
{
    visit("SpecID", v.SpecID);
    visit("Name", v.Name);
    visit("OptionID", v.OptionID);
    visit("Value", v.Value);
    visit("PriceMarkupType", v.PriceMarkupType);
    visit("PriceMarkup", v.PriceMarkup);
}
ONBEHALF_WIRE_JSON(LineItemSpec)

} // namespace onbehalf::wire
