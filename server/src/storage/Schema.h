#pragma once

#include "storage/Database.h"

#include <QList>
#include <QStringList>

namespace onbehalf::server {

// The schema as an ordered list of migrations; Database::migrate() applies the ones
// a database has not seen yet. Never edit a released step: append a new one.
namespace Schema {
QList<QStringList> migrations(Database::Dialect dialect);
}

} // namespace onbehalf::server
