#pragma once

#include <QString>
#include <QUrlQuery>

namespace onbehalf {

// The history's list filters in OrderCloud's list grammar (SessionsApi and OrdersApi build the
// paths and decode the answers).
namespace SessionsEndpoint {

// Adds a query item, percent-encoding the value (paths are built FullyEncoded).
void addItem(QUrlQuery &q, const QString &key, const QString &value);

} // namespace SessionsEndpoint

} // namespace onbehalf
