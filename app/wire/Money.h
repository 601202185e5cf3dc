#pragma once

#include "wire/Json.h"

#include <QtGlobal>
#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf::wire::Money {

// Amounts are exact integers in 1/10,000 of the currency unit; JSON carries them as decimal
// numbers, converted once at the edge (a decimal with up to 4 places round-trips exactly).
constexpr qint64 kScale = 10000;

// nullopt when the value is not a number, negative, has more than 4 decimal places or is too large.
std::optional<qint64> fromJson(const nlohmann::json &value);
nlohmann::json toJson(qint64 units);
// "12.5" → "12.50": at least two decimals, up to four, no rounding.
QString toDecimalString(qint64 units);

} // namespace onbehalf::wire::Money

namespace onbehalf::wire {

// A money amount in a wire model: exact, never a double in arithmetic.
struct Amount
{
    qint64 units = 0; // 1/10,000 of the currency unit

    static Amount fromUnits(qint64 u) { return Amount{u}; }
    Amount operator+(Amount o) const { return Amount{units + o.units}; }
    Amount operator*(qint64 n) const { return Amount{units * n}; }
    bool operator==(const Amount &) const = default;
    auto operator<=>(const Amount &) const = default;
};

inline void to_json(nlohmann::json &j, const Amount &a)
{
    j = Money::toJson(a.units);
}

inline void from_json(const nlohmann::json &j, Amount &a)
{
    const auto units = Money::fromJson(j);
    if (!units)
        throw DecodeError(QString(), QStringLiteral("must be a non-negative amount with at most 4 decimal places"));
    a.units = *units;
}

} // namespace onbehalf::wire
