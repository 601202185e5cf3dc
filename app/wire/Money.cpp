#include "wire/Money.h"

#include <cmath>

namespace onbehalf::wire::Money {

std::optional<qint64> fromJson(const nlohmann::json &value)
{
    if (value.is_number_integer()) {
        const auto v = value.get<qint64>();
        if (v < 0 || v > qint64(1e11))
            return std::nullopt;
        return v * kScale;
    }
    if (!value.is_number_float())
        return std::nullopt;
    const double v = value.get<double>();
    if (!std::isfinite(v) || v < 0 || v > 1e11)
        return std::nullopt;
    const double scaled = v * double(kScale);
    const double rounded = std::round(scaled);
    // 12.34567 is not a price: refuse rather than round money silently.
    if (std::abs(scaled - rounded) > 1e-6 * std::max(1.0, std::abs(scaled)))
        return std::nullopt;
    return qint64(rounded);
}

nlohmann::json toJson(qint64 units)
{
    if (units % kScale == 0)
        return units / kScale;
    // The nearest double to a 4-place decimal prints back as that decimal (shortest round trip).
    return double(units) / double(kScale);
}

QString toDecimalString(qint64 units)
{
    const bool negative = units < 0;
    const qint64 a = negative ? -units : units;
    QString fraction = QStringLiteral("%1").arg(a % kScale, 4, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(a / kScale) + QLatin1Char('.') + fraction;
}

} // namespace onbehalf::wire::Money
