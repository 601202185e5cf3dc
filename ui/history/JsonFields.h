#pragma once

#include <QDateTime>
#include <QString>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf {

// Tolerant reads of order and line-item answers for the history: a missing or mistyped field
// reads as empty (never an exception in a callback).
namespace JsonFields {

QString text(const nlohmann::json &j, std::initializer_list<const char *> path);
std::optional<QDateTime> time(const nlohmann::json &j, const char *key);
// An amount in 1/10,000 units, or nullopt when absent or not an amount.
std::optional<qint64> amount(const nlohmann::json &j, const char *key);
int integer(const nlohmann::json &j, const char *key);

} // namespace JsonFields

} // namespace onbehalf
