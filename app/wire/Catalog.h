#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// A catalog: the products a buyer may see.
struct Catalog
{
    QString ID;
    std::optional<QString> OwnerID;
    QString Name;
    std::optional<QString> Description;
    bool Active = true;
    int CategoryCount = 0;
    nlohmann::json xp = nlohmann::json::object();
};

ONBEHALF_WIRE_FIELDS(Catalog)
{
    visit("ID", v.ID);
    visit("OwnerID", v.OwnerID);
    visit("Name", v.Name);
    visit("Description", v.Description);
    visit("Active", v.Active);
    visit("CategoryCount", v.CategoryCount);
    visit("xp", v.xp);
}
ONBEHALF_WIRE_JSON(Catalog)

} // namespace onbehalf::wire
