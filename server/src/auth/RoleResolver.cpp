#include "auth/RoleResolver.h"

#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "wire/Json.h"

#include <QSet>
#include <QSqlQuery>
#include <set>

namespace onbehalf::server {

QStringList RoleResolver::profileRoles(const QString &profileId) const
{
    const auto doc = m_docs.get(QStringLiteral("SecurityProfile"), QString(), profileId);
    QStringList roles;
    if (!doc)
        return roles;
    for (const char *key : {"Roles", "CustomRoles"}) {
        if (doc->contains(key) && (*doc)[key].is_array()) {
            for (const auto &r : (*doc)[key]) {
                if (r.is_string())
                    roles << QString::fromStdString(r.get<std::string>());
            }
        }
    }
    return roles;
}

QStringList RoleResolver::availableRoles(const QString &userId, bool isAdmin, const QString &buyerId) const
{
    return availableRoles(QStringList{userId}, isAdmin, buyerId)[userId];
}

std::map<QString, QStringList> RoleResolver::availableRoles(const QStringList &userIds, bool isAdmin,
                                                            const QString &buyerId) const
{
    struct Assignment
    {
        QString profile, user, group;
    };
    // Admin users get marketplace-level assignments (no buyer, no group); buyer users their
    // buyer's, to the whole buyer, to one of their groups, or to them.
    std::vector<Assignment> assignments;
    Database::Prepared a(m_db,
                         QStringLiteral("SELECT profile_id, user_id, group_id FROM profile_assignments WHERE "
                                        "buyer_id = ?"),
                         {isAdmin ? QString() : buyerId});
    bool byGroup = false;
    while (a.next()) {
        Assignment row{a.value(0).toString(), a.value(1).toString(), a.value(2).toString()};
        if (isAdmin && !row.group.isEmpty())
            continue;
        byGroup = byGroup || !row.group.isEmpty();
        assignments.push_back(std::move(row));
    }

    std::map<QString, std::set<QString>> groupsOf;
    if (byGroup && !userIds.isEmpty()) {
        // One statement text whatever the number of users (prepared once per connection): the
        // IDs go in as one JSON array.
        const QString ids = QString::fromStdString(nlohmann::json(userIds).dump());
        Database::Prepared g(
            m_db,
            m_db.dialect() == Database::Dialect::Sqlite
                ? QStringLiteral("SELECT user_id, group_id FROM group_members WHERE buyer_id = ? AND "
                                 "user_id IN (SELECT value FROM json_each(?))")
                : QStringLiteral("SELECT user_id, group_id FROM group_members WHERE buyer_id = ? AND "
                                 "user_id IN (SELECT json_array_elements_text(CAST(? AS json)) COLLATE \"C\")"),
            {buyerId, ids});
        while (g.next())
            groupsOf[g.value(0).toString()].insert(g.value(1).toString());
    }

    std::map<QString, QStringList> rolesOfProfile;
    std::map<QString, QStringList> out;
    for (const QString &user : userIds) {
        QSet<QString> roles;
        for (const Assignment &as : assignments) {
            const bool applies = as.group.isEmpty() ? (as.user.isEmpty() || as.user == user)
                                                    : (as.user.isEmpty() && groupsOf[user].count(as.group) > 0);
            if (!applies)
                continue;
            auto it = rolesOfProfile.find(as.profile);
            if (it == rolesOfProfile.end())
                it = rolesOfProfile.emplace(as.profile, profileRoles(as.profile)).first;
            roles.unite(QSet<QString>(it->second.begin(), it->second.end()));
        }
        QStringList sorted(roles.begin(), roles.end());
        sorted.sort();
        out[user] = std::move(sorted);
    }
    return out;
}

} // namespace onbehalf::server
