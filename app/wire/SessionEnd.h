#pragma once

#include "wire/EndCause.h"

namespace onbehalf::wire {

// POST /v1/impersonationsessions/{id}/end: the cause the client states (never Expired), and a
// comment (a supervisor's reason for revoking: the agent is shown it).
struct SessionEnd
{
    wire::EndCause EndCause = wire::EndCause::AgentEnded;
    std::optional<QString> Comment;
};

inline void to_json(nlohmann::json &j, const SessionEnd &e)
{
    j = nlohmann::json{{"EndCause", e.EndCause}};
    if (e.Comment)
        j["Comment"] = *e.Comment;
}

inline void from_json(const nlohmann::json &j, SessionEnd &e)
{
    read(j, "EndCause", e.EndCause);
    read(j, "Comment", e.Comment);
}

} // namespace onbehalf::wire
