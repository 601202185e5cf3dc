#pragma once

#include "auth/Caller.h"

#include <QString>
#include <QStringList>

namespace onbehalf::server {

class Database;
class DocumentStore;
class RoleResolver;
struct UserRecord;

// Decides whether an agent may impersonate a buyer user through an API client, from the
// ImpersonationConfigs alone (seed 000): the impersonator side (ImpersonationBuyerID/GroupID/
// UserID) must match the agent, the impersonated side (BuyerID/GroupID/UserID) the buyer user,
// and ClientID the client. Null fields match anyone in scope. The roles on offer are those of
// the matching configs' security profiles.
class ImpersonationPolicy
{
public:
    ImpersonationPolicy(Database &db, const DocumentStore &docs, const RoleResolver &roles)
        : m_db(db), m_docs(docs), m_roles(roles)
    {}

    struct Decision
    {
        bool allowed = false;
        QStringList allowedRoles; // union over the matching configs' profiles
        QStringList configIds;
    };

    Decision evaluate(const Caller &agent, const UserRecord &target, const QString &clientId) const;

private:
    bool inGroup(const QString &buyerId, const QString &groupId, const QString &userId) const;

    Database &m_db;
    const DocumentStore &m_docs;
    const RoleResolver &m_roles;
};

} // namespace onbehalf::server
