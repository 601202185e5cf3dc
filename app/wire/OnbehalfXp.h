#pragma once

#include "wire/SessionNote.h"

namespace onbehalf::wire {

// Attribution an order keeps in xp.Onbehalf: the session, agent and reason it was placed in.
// Real OrderCloud records the buyer as FromUser; this is how the agent stays on the record.
struct OnbehalfXp
{
    static constexpr const char *kKey = "Onbehalf";

    QString SessionID;
    std::optional<QString> AgentUserID;
    QString AgentUsername;
    SessionNote note;

    // From an order's whole xp object; nullopt when it holds no (readable) attribution.
    static std::optional<OnbehalfXp> fromOrderXp(const nlohmann::json &xp);
};

inline void to_json(nlohmann::json &j, const OnbehalfXp &x)
{
    j = nlohmann::json{{"SessionID", x.SessionID}, {"AgentUsername", x.AgentUsername}};
    if (x.AgentUserID)
        j["AgentUserID"] = *x.AgentUserID;
    writeNote(j, x.note);
}

inline void from_json(const nlohmann::json &j, OnbehalfXp &x)
{
    read(j, "SessionID", x.SessionID);
    read(j, "AgentUserID", x.AgentUserID);
    read(j, "AgentUsername", x.AgentUsername);
    readNote(j, x.note);
}

inline std::optional<OnbehalfXp> OnbehalfXp::fromOrderXp(const nlohmann::json &xp)
{
    if (!xp.is_object())
        return std::nullopt;
    const auto it = xp.find(kKey);
    if (it == xp.end() || !it->is_object())
        return std::nullopt;
    try {
        return it->get<OnbehalfXp>();
    } catch (const std::exception &) { // DecodeError, or nlohmann's own
        return std::nullopt;
    }
}

} // namespace onbehalf::wire
