#pragma once

#include "wire/Json.h"
#include "wire/SessionNote.h"

namespace onbehalf::wire {

// POST /v1/impersonationsessions: start acting for a buyer user, stating why. The roles and
// client are those of the plain OrderCloud accesstoken call.
struct SessionStart
{
    QString BuyerID;
    QString UserID;
    QString ClientID;
    QStringList Roles;
    QStringList CustomRoles;
    SessionNote note;
};

inline void to_json(nlohmann::json &j, const SessionStart &s)
{
    j = nlohmann::json{{"BuyerID", s.BuyerID},
                       {"UserID", s.UserID},
                       {"ClientID", s.ClientID},
                       {"Roles", s.Roles},
                       {"CustomRoles", s.CustomRoles}};
    writeNote(j, s.note);
}

inline void from_json(const nlohmann::json &j, SessionStart &s)
{
    read(j, "BuyerID", s.BuyerID);
    read(j, "UserID", s.UserID);
    read(j, "ClientID", s.ClientID);
    read(j, "Roles", s.Roles);
    read(j, "CustomRoles", s.CustomRoles);
    readNote(j, s.note);
}

} // namespace onbehalf::wire
