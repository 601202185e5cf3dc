#include "shop/Money.h"

#include <QLocale>

namespace onbehalf {

QString formatMoney(const wire::Amount &amount, const QString &currency)
{
    // Exact until here; rounded half-even to the currency's digits for QLocale to print.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return wire::Money::format(amount, currency, locale);
}

} // namespace onbehalf
