#pragma once

#include "wire/Json.h"

#include <vector>

namespace onbehalf::wire {

// One entry of the OrderCloud Errors envelope: {"Errors":[{"ErrorCode","Message","Data"}]}.
struct ApiErrorItem
{
    QString ErrorCode;
    QString Message;
    nlohmann::json Data;
};

inline void to_json(nlohmann::json &j, const ApiErrorItem &e)
{
    j = nlohmann::json{{"ErrorCode", e.ErrorCode}, {"Message", e.Message}, {"Data", e.Data}};
}

inline void from_json(const nlohmann::json &j, ApiErrorItem &e)
{
    read(j, "ErrorCode", e.ErrorCode);
    read(j, "Message", e.Message);
    if (j.contains("Data"))
        e.Data = j.at("Data");
}

// The whole error body; the OAuth endpoint adds error/error_description next to Errors.
struct ApiErrorBody
{
    std::vector<ApiErrorItem> Errors;
    std::optional<QString> error;
    std::optional<QString> error_description;
};

inline void to_json(nlohmann::json &j, const ApiErrorBody &b)
{
    j = nlohmann::json{{"Errors", b.Errors}};
    if (b.error)
        j["error"] = *b.error;
    if (b.error_description)
        j["error_description"] = *b.error_description;
}

inline void from_json(const nlohmann::json &j, ApiErrorBody &b)
{
    read(j, "Errors", b.Errors);
    read(j, "error", b.error);
    read(j, "error_description", b.error_description);
}

} // namespace onbehalf::wire
