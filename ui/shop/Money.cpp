#include "shop/Money.h"

#include <QLocale>

namespace onbehalf {

QString formatMoney(const wire::Amount &amount, const QString &currency)
{
    // Exact integers until here; a double only to let QLocale print 2 decimals and the symbol.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toCurrencyString(double(amount.units) / double(wire::Money::kScale),
                                   currency == QLatin1String("USD") ? QStringLiteral("$") : currency, 2);
}

} // namespace onbehalf
