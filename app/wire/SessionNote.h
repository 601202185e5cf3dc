#pragma once

#include "wire/Json.h"

namespace onbehalf::wire {

// What the agent states when acting for a buyer: why, and the call-center case it belongs to.
// The session record, the start request and the order attribution (OnbehalfXp) all carry it.
struct SessionNote
{
    QString Reason;
    QString CaseNumber;

    bool operator==(const SessionNote &) const = default;
};

// Written into (not over) an object: the note's fields sit at the top level of their owner.
inline void writeNote(nlohmann::json &j, const SessionNote &n)
{
    j["Reason"] = n.Reason;
    j["CaseNumber"] = n.CaseNumber;
}

inline void readNote(const nlohmann::json &j, SessionNote &n)
{
    read(j, "Reason", n.Reason);
    read(j, "CaseNumber", n.CaseNumber);
}

inline void to_json(nlohmann::json &j, const SessionNote &n)
{
    j = nlohmann::json::object();
    writeNote(j, n);
}

inline void from_json(const nlohmann::json &j, SessionNote &n)
{
    readNote(j, n);
}

} // namespace onbehalf::wire
