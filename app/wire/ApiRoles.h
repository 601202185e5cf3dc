#pragma once

#include <QString>
#include <QStringList>

namespace onbehalf::wire {

// OrderCloud's built-in roles (the SDK's ApiRole type). Anything else is a custom role.
const QStringList &builtInRoles();
bool isBuiltInRole(const QString &role);

} // namespace onbehalf::wire
