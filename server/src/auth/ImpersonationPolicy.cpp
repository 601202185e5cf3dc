#include "auth/ImpersonationPolicy.h"

#include "auth/RoleResolver.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/UserStore.h"

#include <QSet>
#include <QSqlQuery>

namespace onbehalf::server {

namespace {
QString field(const nlohmann::json &doc, const char *key)
{
    return doc.contains(key) && doc[key].is_string() ? QString::fromStdString(doc[key].get<std::string>()) : QString();
}
} // namespace

bool ImpersonationPolicy::inGroup(const QString &buyerId, const QString &groupId, const QString &userId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM group_members WHERE buyer_id = ? AND group_id = ? AND user_id = ?"),
                {buyerId, groupId, userId})
        .isValid();
}

ImpersonationPolicy::Decision ImpersonationPolicy::evaluate(const Caller &agent, const UserRecord &target,
                                                            const QString &clientId) const
{
    Decision d;
    // A buyer user with BuyerImpersonation acts only within its own company.
    if (agent.isBuyer() && agent.buyerId != target.buyerId)
        return d;

    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT doc FROM documents WHERE kind = 'ImpersonationConfig' AND scope = ''"));
    QSet<QString> roles;
    while (q.next()) {
        const nlohmann::json c = nlohmann::json::parse(q.value(0).toString().toStdString(), nullptr, false);
        if (!c.is_object() || field(c, "ClientID") != clientId)
            continue;

        const QString impBuyer = field(c, "ImpersonationBuyerID");
        const QString impGroup = field(c, "ImpersonationGroupID");
        const QString impUser = field(c, "ImpersonationUserID");
        if (!impBuyer.isEmpty() && (!agent.isBuyer() || agent.buyerId != impBuyer))
            continue;
        if (!impGroup.isEmpty() && !inGroup(impBuyer, impGroup, agent.userId))
            continue;
        if (!impUser.isEmpty() && impUser != agent.userId)
            continue;

        const QString buyer = field(c, "BuyerID");
        const QString group = field(c, "GroupID");
        const QString user = field(c, "UserID");
        if (!buyer.isEmpty() && buyer != target.buyerId)
            continue;
        if (!group.isEmpty() && !inGroup(buyer, group, target.user.ID))
            continue;
        if (!user.isEmpty() && user != target.user.ID)
            continue;

        d.allowed = true;
        d.configIds << field(c, "ID");
        const QStringList r = m_roles.profileRoles(field(c, "SecurityProfileID"));
        roles.unite(QSet<QString>(r.begin(), r.end()));
    }
    d.allowedRoles = QStringList(roles.begin(), roles.end());
    d.allowedRoles.sort();
    return d;
}

} // namespace onbehalf::server
