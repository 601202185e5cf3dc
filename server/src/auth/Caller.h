#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace onbehalf::server {

// Who is behind a verified access token. Roles come from the token, as on OrderCloud:
// a change of security profile applies to tokens issued after it.
struct Caller
{
    QString userId;
    QString username;
    QString userType; // "admin" | "buyer"
    QString buyerId;  // the buyer company of a buyer user; empty for admin users
    QString clientId;
    QStringList roles;
    QString impersonatorId; // the agent's user ID on impersonation tokens
    QString sessionId;      // the Onbehalf impersonation session of an impersonation token
    QString jti;

    bool isAdmin() const { return userType == QLatin1String("admin"); }
    bool isBuyer() const { return userType == QLatin1String("buyer"); }
    bool isImpersonation() const { return !impersonatorId.isEmpty(); }
    bool hasRole(const QString &role) const
    {
        return roles.contains(role) || roles.contains(QLatin1String("FullAccess"));
    }
    bool hasAnyRole(const QStringList &any) const
    {
        for (const QString &r : any) {
            if (hasRole(r))
                return true;
        }
        return false;
    }
};

} // namespace onbehalf::server
