#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A marketplace locale as OrderCloud returns it on User, MeUser and OrderUser (null when none is
// assigned): an object, never a bare language tag.
struct Locale
{
    std::optional<QString> ID;
    std::optional<QString> OwnerID;
    QString Currency;
    std::optional<QString> Language;
};

ONBEHALF_WIRE_FIELDS(Locale)
{
    visit("ID", v.ID);
    visit("OwnerID", v.OwnerID);
    visit("Currency", v.Currency);
    visit("Language", v.Language);
}
ONBEHALF_WIRE_JSON(Locale)

} // namespace onbehalf::wire
