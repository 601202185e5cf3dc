#include "resources/SecurityResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/DocumentResource.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/UserStore.h"
#include "wire/ApiClient.h"
#include "wire/ApiRoles.h"
#include "wire/ImpersonationConfig.h"
#include "wire/Json.h"
#include "wire/SecurityProfile.h"

#include <QSqlQuery>
#include <QUuid>

namespace onbehalf::server::SecurityResources {

namespace {

template <class T>
nlohmann::json canonical(const nlohmann::json &body)
{
    return nlohmann::json(body.get<T>());
}

QString opt(const nlohmann::json &doc, const char *key)
{
    return doc.contains(key) && doc[key].is_string() ? QString::fromStdString(doc[key].get<std::string>()) : QString();
}

void requireDoc(DocumentStore &docs, const QString &kind, const QString &scope, const QString &id, const char *field)
{
    if (!id.isEmpty() && !docs.exists(kind, scope, id))
        throw HttpError::badRequest(QStringLiteral("InvalidReference"),
                                    QStringLiteral("%1 '%2' does not exist.").arg(QString::fromLatin1(field), id),
                                    nlohmann::json{{"Field", field}, {"ObjectID", id}});
}

void registerAssignments(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    const QStringList read{QStringLiteral("SecurityProfileAdmin"), QStringLiteral("SecurityProfileReader")};
    const QStringList write{QStringLiteral("SecurityProfileAdmin")};

    router.add(M::Get, QStringLiteral("/v1/securityprofiles/assignments"), [&s, read](RequestContext &ctx) {
        ctx.requireRoles(read);
        ListSpec spec;
        spec.fields = {{QStringLiteral("SecurityProfileID"), QStringLiteral("profile_id")},
                       {QStringLiteral("BuyerID"), QStringLiteral("buyer_id")},
                       {QStringLiteral("UserID"), QStringLiteral("user_id")},
                       {QStringLiteral("UserGroupID"), QStringLiteral("group_id")},
                       {QStringLiteral("ID"), QStringLiteral("profile_id")}};
        spec.defaultSort = {QStringLiteral("SecurityProfileID"), QStringLiteral("BuyerID"), QStringLiteral("UserID"),
                            QStringLiteral("UserGroupID")};
        spec.extraParameters = {
            QStringLiteral("securityProfileID"), QStringLiteral("buyerID"), QStringLiteral("userID"),
            QStringLiteral("userGroupID"),       QStringLiteral("level"),   QStringLiteral("supplierID"),
            QStringLiteral("commerceRole")};
        SqlWhere where;
        for (const auto &[param, column] :
             {std::pair{"securityProfileID", "profile_id"}, std::pair{"buyerID", "buyer_id"},
              std::pair{"userID", "user_id"}, std::pair{"userGroupID", "group_id"}}) {
            const QString v = ctx.queryValue(QString::fromLatin1(param));
            if (!v.isEmpty())
                where.add(QString::fromLatin1(column) + QStringLiteral(" = ?"), {v});
        }
        const QString level = ctx.queryValue(QStringLiteral("level"));
        if (level == QLatin1String("Company"))
            where.add(QStringLiteral("user_id = '' AND group_id = ''"));
        else if (level == QLatin1String("Group"))
            where.add(QStringLiteral("group_id <> ''"));
        else if (level == QLatin1String("User"))
            where.add(QStringLiteral("user_id <> ''"));
        else if (!level.isEmpty())
            throw HttpError::badRequest(QStringLiteral("List.InvalidFilterValue"),
                                        QStringLiteral("level must be Company, Group or User."));
        const ListQuery q = ListQuery::parse(ctx.query(), spec, s.db);
        return Reply::ok(q.run(s.db, QStringLiteral("profile_id, buyer_id, user_id, group_id"),
                               QStringLiteral("profile_assignments"), where, [](const QSqlQuery &r) {
                                   auto orNull = [](const QVariant &v) {
                                       return v.toString().isEmpty() ? nlohmann::json(nullptr)
                                                                     : nlohmann::json(v.toString().toStdString());
                                   };
                                   return nlohmann::json{{"SecurityProfileID", r.value(0).toString().toStdString()},
                                                         {"BuyerID", orNull(r.value(1))},
                                                         {"SupplierID", nullptr},
                                                         {"UserID", orNull(r.value(2))},
                                                         {"UserGroupID", orNull(r.value(3))}};
                               }));
    });

    router.add(M::Post, QStringLiteral("/v1/securityprofiles/assignments"), [&s, write](RequestContext &ctx) {
        ctx.requireRoles(write);
        const wire::SecurityProfileAssignment a = ctx.jsonBody().get<wire::SecurityProfileAssignment>();
        if (a.SecurityProfileID.isEmpty())
            throw HttpError::requiredFields({QStringLiteral("SecurityProfileID")});
        if (!s.docs.exists(QStringLiteral("SecurityProfile"), QString(), a.SecurityProfileID))
            throw HttpError::notFound(QStringLiteral("SecurityProfile"), a.SecurityProfileID);
        const QString buyer = a.BuyerID.value_or(QString());
        const QString user = a.UserID.value_or(QString());
        const QString group = a.UserGroupID.value_or(QString());
        if (!user.isEmpty() && !group.isEmpty())
            throw HttpError::badRequest(QStringLiteral("InvalidRequest"),
                                        QStringLiteral("Assign to a user or to a user group, not both."));
        if (!buyer.isEmpty() && !s.docs.exists(QStringLiteral("Buyer"), QString(), buyer))
            throw HttpError::notFound(QStringLiteral("Buyer"), buyer);
        if (!group.isEmpty() && (buyer.isEmpty() || !s.docs.exists(QStringLiteral("UserGroup"), buyer, group)))
            throw HttpError::notFound(QStringLiteral("UserGroup"), group);
        if (!user.isEmpty() && !s.users.find(buyer.isEmpty(), buyer, user))
            throw HttpError::notFound(buyer.isEmpty() ? QStringLiteral("AdminUser") : QStringLiteral("User"), user);
        Database::Transaction tx(s.db);
        s.db.exec(
            QStringLiteral("DELETE FROM profile_assignments WHERE profile_id = ? AND buyer_id = ? AND user_id = ? "
                           "AND group_id = ?"),
            {a.SecurityProfileID, buyer, user, group});
        s.db.exec(QStringLiteral("INSERT INTO profile_assignments (profile_id, buyer_id, user_id, group_id) "
                                 "VALUES (?, ?, ?, ?)"),
                  {a.SecurityProfileID, buyer, user, group});
        tx.commit();
        return Reply::noContent();
    });

    router.add(M::Delete, QStringLiteral("/v1/securityprofiles/{securityProfileID}/assignments"),
               [&s, write](RequestContext &ctx) {
                   ctx.requireRoles(write);
                   const QString id = ctx.param(QStringLiteral("securityProfileID"));
                   if (!s.docs.exists(QStringLiteral("SecurityProfile"), QString(), id))
                       throw HttpError::notFound(QStringLiteral("SecurityProfile"), id);
                   s.db.exec(QStringLiteral("DELETE FROM profile_assignments WHERE profile_id = ? AND buyer_id = ? "
                                            "AND user_id = ? AND group_id = ?"),
                             {id, ctx.queryValue(QStringLiteral("buyerID")), ctx.queryValue(QStringLiteral("userID")),
                              ctx.queryValue(QStringLiteral("userGroupID"))});
                   return Reply::noContent();
               });
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    // Specific paths before the generic {id} ones, so "assignments" is not taken for an ID.
    registerAssignments(router, s);

    DocumentKind clients;
    clients.kind = QStringLiteral("ApiClient");
    clients.collection = QStringLiteral("/v1/apiclients");
    clients.itemParam = QStringLiteral("apiClientID");
    clients.readRoles = {QStringLiteral("ApiClientAdmin"), QStringLiteral("ApiClientReader")};
    clients.writeRoles = {QStringLiteral("ApiClientAdmin")};
    clients.requiredFields = {QStringLiteral("AppName")};
    clients.listFields = {{QStringLiteral("ID"), FieldType::Text},
                          {QStringLiteral("AppName"), FieldType::Text},
                          {QStringLiteral("Active"), FieldType::Bool},
                          {QStringLiteral("AllowAnyBuyer"), FieldType::Bool},
                          {QStringLiteral("AllowSeller"), FieldType::Bool},
                          {QStringLiteral("AccessTokenDuration"), FieldType::Number},
                          {QStringLiteral("RefreshTokenDuration"), FieldType::Number}};
    clients.searchFields = {QStringLiteral("ID"), QStringLiteral("AppName")};
    clients.canonical = canonical<wire::ApiClient>;
    clients.beforeSave = [](RequestContext &, nlohmann::json &doc, const QString &,
                            const std::optional<nlohmann::json> &) {
        const int access = doc.value("AccessTokenDuration", 600);
        const int refresh = doc.value("RefreshTokenDuration", 0);
        // OrderCloud's bounds: access 10 minutes to 10 hours, refresh 0 or more.
        if (access < 10 || access > 600)
            throw HttpError::badRequest(QStringLiteral("ApiClient.InvalidAccessTokenDuration"),
                                        QStringLiteral("AccessTokenDuration must be 10 to 600 minutes."));
        if (refresh < 0)
            throw HttpError::badRequest(QStringLiteral("ApiClient.InvalidRefreshTokenDuration"),
                                        QStringLiteral("RefreshTokenDuration must not be negative."));
    };
    DocumentResource::registerRoutes(router, s.docs, clients);

    DocumentKind profiles;
    profiles.kind = QStringLiteral("SecurityProfile");
    profiles.collection = QStringLiteral("/v1/securityprofiles");
    profiles.itemParam = QStringLiteral("securityProfileID");
    profiles.readRoles = {QStringLiteral("SecurityProfileAdmin"), QStringLiteral("SecurityProfileReader")};
    profiles.writeRoles = {QStringLiteral("SecurityProfileAdmin")};
    profiles.requiredFields = {QStringLiteral("Name")};
    profiles.listFields = {{QStringLiteral("ID"), FieldType::Text}, {QStringLiteral("Name"), FieldType::Text}};
    profiles.searchFields = {QStringLiteral("ID"), QStringLiteral("Name")};
    profiles.hasXp = false;
    profiles.canonical = canonical<wire::SecurityProfile>;
    profiles.beforeSave = [](RequestContext &, nlohmann::json &doc, const QString &,
                             const std::optional<nlohmann::json> &) {
        for (const auto &r : doc.value("Roles", nlohmann::json::array())) {
            const QString role = QString::fromStdString(r.get<std::string>());
            if (!wire::isBuiltInRole(role))
                throw HttpError::badRequest(
                    QStringLiteral("SecurityProfile.InvalidRole"),
                    QStringLiteral("'%1' is not an API role; use CustomRoles for your own.").arg(role),
                    nlohmann::json{{"Role", role}});
        }
    };
    profiles.afterDelete = [&s](const QString &, const QString &id) {
        s.db.exec(QStringLiteral("DELETE FROM profile_assignments WHERE profile_id = ?"), {id});
    };
    DocumentResource::registerRoutes(router, s.docs, profiles);

    DocumentKind configs;
    configs.kind = QStringLiteral("ImpersonationConfig");
    configs.collection = QStringLiteral("/v1/impersonationconfig");
    configs.itemParam = QStringLiteral("impersonationConfigID");
    configs.readRoles = {QStringLiteral("SetSecurityProfile")};
    configs.writeRoles = {QStringLiteral("SetSecurityProfile")};
    configs.requiredFields = {QStringLiteral("SecurityProfileID"), QStringLiteral("ClientID")};
    configs.listFields = {{QStringLiteral("ID"), FieldType::Text},
                          {QStringLiteral("ImpersonationBuyerID"), FieldType::Text},
                          {QStringLiteral("ImpersonationGroupID"), FieldType::Text},
                          {QStringLiteral("ImpersonationUserID"), FieldType::Text},
                          {QStringLiteral("BuyerID"), FieldType::Text},
                          {QStringLiteral("GroupID"), FieldType::Text},
                          {QStringLiteral("UserID"), FieldType::Text},
                          {QStringLiteral("SecurityProfileID"), FieldType::Text},
                          {QStringLiteral("ClientID"), FieldType::Text}};
    configs.searchFields = {QStringLiteral("ID")};
    configs.hasXp = false;
    configs.canonical = canonical<wire::ImpersonationConfig>;
    configs.beforeSave = [&s](RequestContext &, nlohmann::json &doc, const QString &,
                              const std::optional<nlohmann::json> &) {
        requireDoc(s.docs, QStringLiteral("SecurityProfile"), QString(), opt(doc, "SecurityProfileID"),
                   "SecurityProfileID");
        requireDoc(s.docs, QStringLiteral("ApiClient"), QString(), opt(doc, "ClientID"), "ClientID");
        requireDoc(s.docs, QStringLiteral("Buyer"), QString(), opt(doc, "BuyerID"), "BuyerID");
        requireDoc(s.docs, QStringLiteral("Buyer"), QString(), opt(doc, "ImpersonationBuyerID"),
                   "ImpersonationBuyerID");
        // A group is named within its buyer, so a group needs its buyer.
        for (const auto &[group, buyer] :
             {std::pair{"GroupID", "BuyerID"}, std::pair{"ImpersonationGroupID", "ImpersonationBuyerID"}}) {
            const QString g = opt(doc, group);
            if (g.isEmpty())
                continue;
            if (opt(doc, buyer).isEmpty())
                throw HttpError::badRequest(
                    QStringLiteral("InvalidRequest"),
                    QStringLiteral("%1 needs %2.").arg(QString::fromLatin1(group), QString::fromLatin1(buyer)));
            requireDoc(s.docs, QStringLiteral("UserGroup"), opt(doc, buyer), g, group);
        }
    };
    DocumentResource::registerRoutes(router, s.docs, configs);
}

} // namespace onbehalf::server::SecurityResources
