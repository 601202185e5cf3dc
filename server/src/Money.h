#pragma once

#include <QtGlobal>

#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf::server::Money {

// Amounts are exact integers in 1/10,000 of the currency unit; JSON carries them as decimal
// numbers, converted once at the edge (a decimal with up to 4 places round-trips exactly).
constexpr qint64 kScale = 10000;

// nullopt when the value is not a number, negative, has more than 4 decimal places or is too large.
std::optional<qint64> fromJson(const nlohmann::json &value);
nlohmann::json toJson(qint64 units);

} // namespace onbehalf::server::Money
