#include "RoleResolver.h"

#include "Database.h"
#include "DocumentStore.h"
#include "wire/Json.h"

#include <QSet>
#include <QSqlQuery>

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
    QSqlQuery q =
        isAdmin ? m_db.exec(QStringLiteral("SELECT DISTINCT profile_id FROM profile_assignments "
                                           "WHERE buyer_id = '' AND group_id = '' AND (user_id = '' OR user_id = ?)"),
                            {userId})
                : m_db.exec(QStringLiteral("SELECT DISTINCT profile_id FROM profile_assignments WHERE buyer_id = ? "
                                           "AND ((user_id = '' AND group_id = '') OR (user_id = ? AND group_id = '') "
                                           "OR (user_id = '' AND group_id IN (SELECT group_id FROM group_members "
                                           "WHERE buyer_id = ? AND user_id = ?)))"),
                            {buyerId, userId, buyerId, userId});
    QSet<QString> roles;
    while (q.next()) {
        const QStringList r = profileRoles(q.value(0).toString());
        roles.unite(QSet<QString>(r.begin(), r.end()));
    }
    QStringList sorted(roles.begin(), roles.end());
    sorted.sort();
    return sorted;
}

} // namespace onbehalf::server
