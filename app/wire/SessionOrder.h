#pragma once

#include "wire/Json.h"
#include "wire/Money.h"

namespace onbehalf::wire {

// An order placed with a session's token, as the session record lists it. A cart that was
// deleted unsubmitted stays on the record with Status "Deleted" and no Total.
struct SessionOrder
{
    QString ID;
    QString Status; // an OrderCloud order status, or "Deleted"
    std::optional<Amount> Total;
    std::optional<QDateTime> DateCreated;
    std::optional<QDateTime> DateSubmitted;

    bool isDeleted() const { return Status == QLatin1String("Deleted"); }
    // Money spent: submitted, not deleted, with an amount.
    bool counts() const { return Total && !isDeleted() && Status != QLatin1String("Unsubmitted"); }
    bool operator==(const SessionOrder &) const = default;
};

inline void to_json(nlohmann::json &j, const SessionOrder &o)
{
    j = nlohmann::json{{"ID", o.ID},
                       {"Status", o.Status},
                       {"Total", o.Total},
                       {"DateCreated", o.DateCreated},
                       {"DateSubmitted", o.DateSubmitted}};
}

inline void from_json(const nlohmann::json &j, SessionOrder &o)
{
    read(j, "ID", o.ID);
    read(j, "Status", o.Status);
    read(j, "Total", o.Total);
    read(j, "DateCreated", o.DateCreated);
    read(j, "DateSubmitted", o.DateSubmitted);
}

} // namespace onbehalf::wire
