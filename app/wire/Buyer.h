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

inline void to_json(nlohmann::json &j, const Buyer &b)
{
    j = nlohmann::json{{"ID", b.ID},
                       {"Name", b.Name},
                       {"DefaultCatalogID", b.DefaultCatalogID},
                       {"Active", b.Active},
                       {"DateCreated", b.DateCreated},
                       {"xp", xpOrEmpty(b.xp)}};
}

inline void from_json(const nlohmann::json &j, Buyer &b)
{
    read(j, "ID", b.ID);
    read(j, "Name", b.Name);
    read(j, "DefaultCatalogID", b.DefaultCatalogID);
    read(j, "Active", b.Active);
    read(j, "DateCreated", b.DateCreated);
    read(j, "xp", b.xp);
}

} // namespace onbehalf::wire
