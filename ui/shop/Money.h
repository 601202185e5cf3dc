#pragma once

#include "wire/Money.h"

#include <QString>

namespace onbehalf {

// An exact amount in the desk's locale with its currency ("$152.25", "152,25 $").
QString formatMoney(const wire::Amount &amount, const QString &currency);

} // namespace onbehalf
