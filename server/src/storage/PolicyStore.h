#pragma once

#include "wire/OnbehalfPolicy.h"

namespace onbehalf::server {

class Database;

// The marketplace's session policy (GET/PUT /v1/onbehalf/policy), kept as its wire JSON in the
// settings table, so every instance sharing the database applies the same one at once.
namespace PolicyStore {
// The stored policy, or the defaults (no limit, no verification) when none was ever saved.
wire::OnbehalfPolicy load(Database &db);
void save(Database &db, const wire::OnbehalfPolicy &policy);
} // namespace PolicyStore

} // namespace onbehalf::server
