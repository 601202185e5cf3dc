#pragma once

#include "wire/EndCause.h"

namespace onbehalf::wire {

// POST /v1/impersonationsessions/{id}/end: the cause the client states (never Expired).
struct SessionEnd
{
    wire::EndCause EndCause = wire::EndCause::AgentEnded;
};

inline void to_json(nlohmann::json &j, const SessionEnd &e)
{
    j = nlohmann::json{{"EndCause", e.EndCause}};
}

inline void from_json(const nlohmann::json &j, SessionEnd &e)
{
    read(j, "EndCause", e.EndCause);
}

} // namespace onbehalf::wire
