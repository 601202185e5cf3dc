#include "resources/AddressResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ListQuery.h"
#include "wire/Address.h"
#include "wire/BuyerAddress.h"

#include <QSqlQuery>

namespace onbehalf::server::AddressResources {

namespace {

const QStringList kRead{QStringLiteral("AddressAdmin"), QStringLiteral("AddressReader")};

// The addresses of a buyer: those its buyer users keep.
const QString kOfBuyer =
    QStringLiteral("kind = 'Address' AND scope IN (SELECT id FROM users WHERE kind = 'buyer' AND buyer_id = ?)");

void requireBuyer(Services &s, const QString &buyerId)
{
    if (!s.docs.exists(QStringLiteral("Buyer"), QString(), buyerId))
        throw HttpError::notFound(QStringLiteral("Buyer"), buyerId);
}

// "true"/"false" (any case) or empty; anything else is a 400 like any list filter.
std::optional<bool> flag(RequestContext &ctx, const QString &key)
{
    const QString v = ctx.queryValue(key).toLower();
    if (v.isEmpty())
        return std::nullopt;
    if (v != QLatin1String("true") && v != QLatin1String("false"))
        throw HttpError::badRequest(QStringLiteral("List.InvalidFilterValue"),
                                    QStringLiteral("%1 must be true or false.").arg(key),
                                    nlohmann::json{{"Parameter", key.toStdString()}});
    return v == QLatin1String("true");
}

nlohmann::json addressOf(const QString &stored)
{
    return nlohmann::json(nlohmann::json::parse(stored.toStdString()).get<wire::Address>());
}

void registerAssignments(Router &router, Services &s)
{
    router.add(
        HttpRequest::Method::Get, QStringLiteral("/v1/buyers/{buyerID}/addresses/assignments"),
        [&s](RequestContext &ctx) {
            ctx.requireRoles(kRead);
            const QString buyer = ctx.param(QStringLiteral("buyerID"));
            requireBuyer(s, buyer);
            const QString level = ctx.queryValue(QStringLiteral("level"));
            if (!level.isEmpty() && level != QLatin1String("User") && level != QLatin1String("Group") &&
                level != QLatin1String("Company"))
                throw HttpError::badRequest(QStringLiteral("List.InvalidFilterValue"),
                                            QStringLiteral("level must be User, Group or Company."),
                                            nlohmann::json{{"Parameter", "level"}});
            const QString shipping = s.db.jsonText(QStringLiteral("doc"), {QStringLiteral("Shipping")});
            const QString billing = s.db.jsonText(QStringLiteral("doc"), {QStringLiteral("Billing")});
            ListSpec spec;
            spec.fields = {{QStringLiteral("AddressID"), QStringLiteral("id")},
                           {QStringLiteral("UserID"), QStringLiteral("scope")}};
            spec.defaultSort = {QStringLiteral("UserID"), QStringLiteral("AddressID")};
            spec.extraParameters = {QStringLiteral("addressID"),   QStringLiteral("userID"),
                                    QStringLiteral("userGroupID"), QStringLiteral("level"),
                                    QStringLiteral("isShipping"),  QStringLiteral("isBilling")};
            SqlWhere where;
            where.add(kOfBuyer, {buyer});
            // Every address here is a user's own: none at group or company level.
            if (level == QLatin1String("Group") || level == QLatin1String("Company") ||
                !ctx.queryValue(QStringLiteral("userGroupID")).isEmpty())
                where.add(QStringLiteral("1 = 0"));
            if (const QString a = ctx.queryValue(QStringLiteral("addressID")); !a.isEmpty())
                where.add(QStringLiteral("id = ?"), {a});
            if (const QString u = ctx.queryValue(QStringLiteral("userID")); !u.isEmpty())
                where.add(QStringLiteral("scope = ?"), {u});
            if (const auto v = flag(ctx, QStringLiteral("isShipping")))
                where.add(shipping + QStringLiteral(" = ?"), {*v ? QStringLiteral("true") : QStringLiteral("false")});
            if (const auto v = flag(ctx, QStringLiteral("isBilling")))
                where.add(billing + QStringLiteral(" = ?"), {*v ? QStringLiteral("true") : QStringLiteral("false")});
            const ListQuery q = ListQuery::parse(ctx.query(), spec, s.db);
            return Reply::ok(q.run(
                s.db, QStringLiteral("id, scope, doc"), QStringLiteral("documents"), where, [](const QSqlQuery &r) {
                    const auto a = nlohmann::json::parse(r.value(2).toString().toStdString()).get<wire::BuyerAddress>();
                    return nlohmann::json{{"AddressID", r.value(0).toString().toStdString()},
                                          {"UserID", r.value(1).toString().toStdString()},
                                          {"UserGroupID", nullptr},
                                          {"IsShipping", a.Shipping},
                                          {"IsBilling", a.Billing}};
                }));
        });
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    // The static assignments path first, so "assignments" is not taken for an address ID.
    registerAssignments(router, s);

    router.add(M::Get, QStringLiteral("/v1/buyers/{buyerID}/addresses"), [&s](RequestContext &ctx) {
        ctx.requireRoles(kRead);
        const QString buyer = ctx.param(QStringLiteral("buyerID"));
        requireBuyer(s, buyer);
        ListSpec spec;
        spec.fields = {{QStringLiteral("ID"), QStringLiteral("id"), FieldType::Text, true, QStringLiteral("id_l")}};
        for (const char *name :
             {"AddressName", "CompanyName", "FirstName", "LastName", "Street1", "City", "State", "Zip", "Country"}) {
            const QString n = QLatin1String(name);
            spec.fields.emplace_back(n, s.db.jsonText(QStringLiteral("doc"), {n}), FieldType::Text,
                                     n == QLatin1String("AddressName") || n == QLatin1String("City") ||
                                         n == QLatin1String("CompanyName") || n == QLatin1String("Street1"));
        }
        SqlWhere where;
        where.add(kOfBuyer, {buyer});
        const ListQuery q = ListQuery::parse(ctx.query(), spec, s.db);
        return Reply::ok(q.run(s.db, QStringLiteral("doc"), QStringLiteral("documents"), where,
                               [](const QSqlQuery &r) { return addressOf(r.value(0).toString()); }));
    });

    router.add(M::Get, QStringLiteral("/v1/buyers/{buyerID}/addresses/{addressID}"), [&s](RequestContext &ctx) {
        ctx.requireRoles(kRead);
        const QString buyer = ctx.param(QStringLiteral("buyerID"));
        requireBuyer(s, buyer);
        const QString id = ctx.param(QStringLiteral("addressID"));
        QSqlQuery q = s.db.exec(QStringLiteral("SELECT doc FROM documents WHERE ") + kOfBuyer +
                                    QStringLiteral(" AND id = ? ORDER BY scope LIMIT 1"),
                                {buyer, id});
        if (!q.next())
            throw HttpError::notFound(QStringLiteral("Address"), id);
        return Reply::ok(addressOf(q.value(0).toString()));
    });
}

} // namespace onbehalf::server::AddressResources
