#pragma once

#include "wire/ApiError.h"
#include "wire/Json.h"

namespace onbehalf::wire {

// GET /v1/impersonationsessions/eligibility: may the caller act for this user (the rules of
// starting a session, checked without starting one)? Error says why not.
struct SessionEligibility
{
    bool Allowed = false;
    std::optional<ApiErrorItem> Error;
};

inline void to_json(nlohmann::json &j, const SessionEligibility &e)
{
    j = nlohmann::json{{"Allowed", e.Allowed}, {"Error", e.Error}};
}

inline void from_json(const nlohmann::json &j, SessionEligibility &e)
{
    if (!j.is_object() || !j.contains("Allowed"))
        throw DecodeError(QStringLiteral("Allowed"), QStringLiteral("is missing"));
    read(j, "Allowed", e.Allowed);
    read(j, "Error", e.Error);
}

} // namespace onbehalf::wire
