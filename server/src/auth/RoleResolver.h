#pragma once

#include <QString>
#include <QStringList>
#include <map>

namespace onbehalf::server {

class Database;
class DocumentStore;

// A user's AvailableRoles: the union of the roles (and custom roles) of every security
// profile assigned to the marketplace (admin users), the user's buyer, any of the user's
// groups, or the user directly.
class RoleResolver
{
public:
    RoleResolver(Database &db, const DocumentStore &docs) : m_db(db), m_docs(docs) {}

    QStringList availableRoles(const QString &userId, bool isAdmin, const QString &buyerId) const;
    // The same for many users of one buyer (a list page) with a fixed number of queries: the
    // buyer's assignments, the users' group memberships and each profile are read once.
    std::map<QString, QStringList> availableRoles(const QStringList &userIds, bool isAdmin,
                                                  const QString &buyerId) const;
    // Roles + CustomRoles of one profile; empty when it does not exist.
    QStringList profileRoles(const QString &profileId) const;

private:
    Database &m_db;
    const DocumentStore &m_docs;
};

} // namespace onbehalf::server
