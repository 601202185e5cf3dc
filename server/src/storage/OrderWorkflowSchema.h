#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace onbehalf::server::Schema {

// Issue 16: incrementors, order approvals, approval and decline dates, and what the order-checkout
// integration answered (ship estimates, calculation) kept with the order.
QStringList orderWorkflow(Database::Dialect dialect);

} // namespace onbehalf::server::Schema
