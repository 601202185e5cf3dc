#include "core/api/PhoneNumber.h"

namespace onbehalf {

bool PhoneNumber::looksLikePhone(const QString &text)
{
    int digitCount = 0;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digitCount;
        else if (!QStringLiteral(" +-.()").contains(c))
            return false;
    }
    return digitCount >= kMinDigits;
}

QString PhoneNumber::digits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    }
    return out;
}

} // namespace onbehalf
