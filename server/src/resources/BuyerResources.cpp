#include "resources/BuyerResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/DocumentResource.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"
#include "wire/Buyer.h"
#include "wire/Json.h"
#include "wire/UserGroup.h"

#include <QSqlQuery>

namespace onbehalf::server::BuyerResources {

namespace {

const QStringList kUserRead{QStringLiteral("BuyerUserAdmin"), QStringLiteral("BuyerUserReader")};
const QStringList kUserWrite{QStringLiteral("BuyerUserAdmin")};

void registerMemberships(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    auto requireBuyer = [&s](const QString &buyerId) {
        if (!s.docs.exists(QStringLiteral("Buyer"), QString(), buyerId))
            throw HttpError::notFound(QStringLiteral("Buyer"), buyerId);
    };

    router.add(
        M::Get, QStringLiteral("/v1/buyers/{buyerID}/usergroups/assignments"), [&s, requireBuyer](RequestContext &ctx) {
            ctx.requireRoles(kUserRead);
            const QString buyer = ctx.param(QStringLiteral("buyerID"));
            requireBuyer(buyer);
            ListSpec spec;
            spec.fields = {{QStringLiteral("UserGroupID"), QStringLiteral("group_id")},
                           {QStringLiteral("UserID"), QStringLiteral("user_id")},
                           {QStringLiteral("ID"), QStringLiteral("group_id")}};
            spec.defaultSort = {QStringLiteral("UserGroupID"), QStringLiteral("UserID")};
            spec.extraParameters = {QStringLiteral("userGroupID"), QStringLiteral("userID")};
            SqlWhere where;
            where.add(QStringLiteral("buyer_id = ?"), {buyer});
            if (const QString g = ctx.queryValue(QStringLiteral("userGroupID")); !g.isEmpty())
                where.add(QStringLiteral("group_id = ?"), {g});
            if (const QString u = ctx.queryValue(QStringLiteral("userID")); !u.isEmpty())
                where.add(QStringLiteral("user_id = ?"), {u});
            const ListQuery q = ListQuery::parse(ctx.query(), spec, s.db);
            return Reply::ok(q.run(s.db, QStringLiteral("group_id, user_id"), QStringLiteral("group_members"), where,
                                   [](const QSqlQuery &r) {
                                       return nlohmann::json{{"UserGroupID", r.value(0).toString().toStdString()},
                                                             {"UserID", r.value(1).toString().toStdString()}};
                                   }));
        });

    router.add(M::Post, QStringLiteral("/v1/buyers/{buyerID}/usergroups/assignments"),
               [&s, requireBuyer](RequestContext &ctx) {
                   ctx.requireRoles(kUserWrite);
                   const QString buyer = ctx.param(QStringLiteral("buyerID"));
                   requireBuyer(buyer);
                   const QStringList missing = wire::missingRequired(ctx.jsonBody(), {"UserGroupID", "UserID"});
                   if (!missing.isEmpty())
                       throw HttpError::requiredFields(missing);
                   const wire::UserGroupAssignment a = ctx.jsonBody().get<wire::UserGroupAssignment>();
                   if (!s.docs.exists(QStringLiteral("UserGroup"), buyer, a.UserGroupID))
                       throw HttpError::notFound(QStringLiteral("UserGroup"), a.UserGroupID);
                   if (!s.users.find(false, buyer, a.UserID))
                       throw HttpError::notFound(QStringLiteral("User"), a.UserID);
                   Database::Transaction tx(s.db);
                   s.db.exec(
                       QStringLiteral("DELETE FROM group_members WHERE buyer_id = ? AND group_id = ? AND user_id = ?"),
                       {buyer, a.UserGroupID, a.UserID});
                   s.db.exec(QStringLiteral("INSERT INTO group_members (buyer_id, group_id, user_id) VALUES (?, ?, ?)"),
                             {buyer, a.UserGroupID, a.UserID});
                   tx.commit();
                   return Reply::noContent();
               });

    router.add(M::Delete, QStringLiteral("/v1/buyers/{buyerID}/usergroups/{userGroupID}/assignments/{userID}"),
               [&s, requireBuyer](RequestContext &ctx) {
                   ctx.requireRoles(kUserWrite);
                   const QString buyer = ctx.param(QStringLiteral("buyerID"));
                   requireBuyer(buyer);
                   const QString group = ctx.param(QStringLiteral("userGroupID"));
                   if (!s.docs.exists(QStringLiteral("UserGroup"), buyer, group))
                       throw HttpError::notFound(QStringLiteral("UserGroup"), group);
                   s.db.exec(
                       QStringLiteral("DELETE FROM group_members WHERE buyer_id = ? AND group_id = ? AND user_id = ?"),
                       {buyer, group, ctx.param(QStringLiteral("userID"))});
                   return Reply::noContent();
               });
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    registerMemberships(router, s);

    DocumentKind buyers;
    buyers.kind = QStringLiteral("Buyer");
    buyers.collection = QStringLiteral("/v1/buyers");
    buyers.itemParam = QStringLiteral("buyerID");
    buyers.readRoles = {QStringLiteral("BuyerAdmin"), QStringLiteral("BuyerReader")};
    buyers.writeRoles = {QStringLiteral("BuyerAdmin")};
    buyers.requiredFields = {QStringLiteral("Name")};
    buyers.listFields = {{QStringLiteral("ID"), FieldType::Text},
                         {QStringLiteral("Name"), FieldType::Text},
                         {QStringLiteral("Active"), FieldType::Bool},
                         {QStringLiteral("DefaultCatalogID"), FieldType::Text},
                         {QStringLiteral("DateCreated"), FieldType::Text}};
    buyers.searchFields = {QStringLiteral("ID"), QStringLiteral("Name")};
    buyers.canonical = [](const nlohmann::json &body) { return nlohmann::json(body.get<wire::Buyer>()); };
    buyers.beforeSave = [](RequestContext &, nlohmann::json &doc, const QString &,
                           const std::optional<nlohmann::json> &existing) {
        doc["DateCreated"] = existing ? existing->value("DateCreated", nlohmann::json(nullptr))
                                      : nlohmann::json(SqlValues::now().toStdString());
    };
    buyers.afterDelete = [&s](const QString &, const QString &id) {
        s.db.exec(QStringLiteral("DELETE FROM users WHERE kind = 'buyer' AND buyer_id = ?"), {id});
        s.db.exec(QStringLiteral("DELETE FROM group_members WHERE buyer_id = ?"), {id});
        s.db.exec(QStringLiteral("DELETE FROM profile_assignments WHERE buyer_id = ?"), {id});
        s.docs.removeScope(QStringLiteral("UserGroup"), id);
    };
    DocumentResource::registerRoutes(router, s.docs, buyers);

    DocumentKind groups;
    groups.kind = QStringLiteral("UserGroup");
    groups.collection = QStringLiteral("/v1/buyers/{buyerID}/usergroups");
    groups.itemParam = QStringLiteral("userGroupID");
    groups.scopeParam = QStringLiteral("buyerID");
    groups.readRoles = kUserRead;
    groups.writeRoles = kUserWrite;
    groups.requiredFields = {QStringLiteral("Name")};
    groups.listFields = {{QStringLiteral("ID"), FieldType::Text},
                         {QStringLiteral("Name"), FieldType::Text},
                         {QStringLiteral("Description"), FieldType::Text}};
    groups.searchFields = {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Description")};
    groups.canonical = [](const nlohmann::json &body) { return nlohmann::json(body.get<wire::UserGroup>()); };
    groups.requireScope = [&s](const QString &buyer) {
        if (!s.docs.exists(QStringLiteral("Buyer"), QString(), buyer))
            throw HttpError::notFound(QStringLiteral("Buyer"), buyer);
    };
    groups.afterDelete = [&s](const QString &buyer, const QString &id) {
        s.db.exec(QStringLiteral("DELETE FROM group_members WHERE buyer_id = ? AND group_id = ?"), {buyer, id});
        s.db.exec(QStringLiteral("DELETE FROM profile_assignments WHERE buyer_id = ? AND group_id = ?"), {buyer, id});
    };
    DocumentResource::registerRoutes(router, s.docs, groups);
}

} // namespace onbehalf::server::BuyerResources
