#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A buyer organization (company) in the marketplace.
struct Buyer
{
    QString ID;
    QString Name;
    std::optional<QString> DefaultCatalogID;
    bool Active = true;
    std::optional<QDateTime> DateCreated;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(Buyer)
{
    visit("ID", v.ID);
    visit("Name", v.Name);
    visit("DefaultCatalogID", v.DefaultCatalogID);
    visit("Active", v.Active);
    visit("DateCreated", v.DateCreated);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(Buyer)

} // namespace onbehalf::wire
