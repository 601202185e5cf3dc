#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace onbehalf::server {

// What an access token says, in OrderCloud's claim names: usr, cid, u, usrtype, role, and
// imp (the impersonating agent) on impersonation tokens; obs is Onbehalf's session ID.
struct TokenClaims
{
    QString username;       // usr
    QString clientId;       // cid
    QString userId;         // u
    QString userType;       // usrtype: "admin" | "buyer"
    QStringList roles;      // role
    QString impersonatorId; // imp, only on impersonation tokens
    QString sessionId;      // obs, only on tokens of an impersonation session
    QString jti;
    QDateTime issuedAt;
    QDateTime notBefore;
    QDateTime expires;
};

} // namespace onbehalf::server
