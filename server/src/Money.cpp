#include "Money.h"

#include <cmath>

namespace onbehalf::server::Money {

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

} // namespace onbehalf::server::Money
