#pragma once

#include "wire/MeBuyer.h"
#include "wire/MeSeller.h"
#include "wire/MeSupplier.h"
#include "wire/User.h"

namespace onbehalf::wire {

// GET /v1/me: the user plus the company it belongs to (Buyer, Supplier or Seller; the others null).
struct MeUser : User
{
    std::optional<MeBuyer> Buyer;
    std::optional<MeSupplier> Supplier;
    std::optional<MeSeller> Seller;
};

ONBEHALF_WIRE_FIELDS(MeUser)
{
    visit("Buyer", v.Buyer);
    visit("Supplier", v.Supplier);
    visit("Seller", v.Seller);
    fields(asBase<User>(v), visit);
}

inline void to_json(nlohmann::json &j, const MeUser &u)
{
    writeFields(j, u);
    j["Password"] = nullptr;
}

inline void from_json(const nlohmann::json &j, MeUser &u)
{
    readFields(j, u);
}

} // namespace onbehalf::wire
