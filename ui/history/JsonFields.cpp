#include "history/JsonFields.h"

#include "wire/Json.h"
#include "wire/Money.h"

namespace onbehalf::JsonFields {

QString text(const nlohmann::json &j, std::initializer_list<const char *> path)
{
    const nlohmann::json *node = &j;
    for (const char *key : path) {
        if (!node->is_object() || !node->contains(key))
            return {};
        node = &(*node)[key];
    }
    return node->is_string() ? QString::fromStdString(node->get<std::string>()) : QString();
}

std::optional<QDateTime> time(const nlohmann::json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key) || !j[key].is_string())
        return std::nullopt;
    return wire::parseDateTime(QString::fromStdString(j[key].get<std::string>()));
}

std::optional<qint64> amount(const nlohmann::json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key) || j[key].is_null())
        return std::nullopt;
    return wire::Money::fromJson(j[key]);
}

int integer(const nlohmann::json &j, const char *key)
{
    return j.is_object() && j.contains(key) && j[key].is_number_integer() ? j[key].get<int>() : 0;
}

} // namespace onbehalf::JsonFields
