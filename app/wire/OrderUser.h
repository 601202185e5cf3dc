#pragma once

#include "wire/User.h"

namespace onbehalf::wire {

// Order.FromUser: the buyer user who placed the order (the buyer, never the agent), with the
// fields of a User (all optional on the wire).
struct OrderUser : User
{
};

ONBEHALF_WIRE_FIELDS(OrderUser)
{
    fields(asBase<User>(v), visit);
}

inline void to_json(nlohmann::json &j, const OrderUser &u)
{
    writeFields(j, u);
    j["Password"] = nullptr;
}

inline void from_json(const nlohmann::json &j, OrderUser &u)
{
    readFields(j, u);
}

} // namespace onbehalf::wire
