#include "resources/IncrementorResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/DocumentResource.h"
#include "storage/Database.h"
#include "storage/IncrementorStore.h"
#include "wire/Json.h"

#include <QSqlQuery>

namespace onbehalf::server::IncrementorResources {

namespace {

const QStringList kRead{QStringLiteral("IncrementorAdmin"), QStringLiteral("IncrementorReader")};
const QStringList kWrite{QStringLiteral("IncrementorAdmin")};

wire::Incrementor validated(const nlohmann::json &body)
{
    wire::Incrementor i = body.get<wire::Incrementor>();
    if (i.LastNumber < 0 || i.LeftPaddingCount < 0 || i.LeftPaddingCount > 20)
        throw HttpError::badRequest(
            QStringLiteral("InvalidRequest"),
            QStringLiteral("LastNumber must not be negative and LeftPaddingCount must be "
                           "between 0 and 20."),
            nlohmann::json{{"LastNumber", i.LastNumber}, {"LeftPaddingCount", i.LeftPaddingCount}});
    return i;
}

wire::Incrementor existing(IncrementorStore &store, RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("incrementorID"));
    const auto i = store.find(id);
    if (!i)
        throw HttpError::notFound(QStringLiteral("Incrementor"), id);
    return *i;
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    const QString collection = QStringLiteral("/v1/incrementors");
    const QString item = collection + QStringLiteral("/{incrementorID}");

    router.add(M::Get, collection, [&s](RequestContext &ctx) {
        ctx.requireRoles(kRead);
        const ListQuery q = ListQuery::parse(ctx.query(), IncrementorStore::listSpec(), s.db);
        return Reply::ok(q.run(s.db, IncrementorStore::columns(), QStringLiteral("incrementors"), SqlWhere(),
                               [](const QSqlQuery &r) { return nlohmann::json(IncrementorStore::fromRow(r)); }));
    });

    router.add(M::Post, collection, [&s](RequestContext &ctx) {
        ctx.requireRoles(kWrite);
        const QStringList missing = wire::missingRequired(ctx.jsonBody(), {"LastNumber", "LeftPaddingCount"});
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        wire::Incrementor i = validated(ctx.jsonBody());
        i.ID = i.ID.isEmpty() ? DocumentResource::newId() : i.ID;
        DocumentResource::validateId(i.ID);
        IncrementorStore store(s.db);
        Database::Transaction tx(s.db);
        if (store.find(i.ID))
            throw HttpError::idExists(QStringLiteral("Incrementor"), i.ID);
        store.insert(i);
        tx.commit();
        return Reply::created(nlohmann::json(*store.find(i.ID)));
    });

    router.add(M::Get, item, [&s](RequestContext &ctx) {
        ctx.requireRoles(kRead);
        IncrementorStore store(s.db);
        return Reply::ok(nlohmann::json(existing(store, ctx)));
    });

    router.add(M::Put, item, [&s](RequestContext &ctx) {
        ctx.requireRoles(kWrite);
        const QStringList missing = wire::missingRequired(ctx.jsonBody(), {"LastNumber", "LeftPaddingCount"});
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        wire::Incrementor i = validated(ctx.jsonBody());
        i.ID = ctx.param(QStringLiteral("incrementorID"));
        DocumentResource::validateId(i.ID);
        IncrementorStore store(s.db);
        Database::Transaction tx(s.db);
        const bool exists = store.find(i.ID).has_value();
        if (exists)
            store.update(i);
        else
            store.insert(i);
        tx.commit();
        const nlohmann::json body = *store.find(i.ID);
        return exists ? Reply::ok(body) : Reply::created(body);
    });

    router.add(M::Patch, item, [&s](RequestContext &ctx) {
        ctx.requireRoles(kWrite);
        IncrementorStore store(s.db);
        Database::Transaction tx(s.db);
        nlohmann::json merged = existing(store, ctx);
        nlohmann::json patch = ctx.jsonBody();
        patch.erase("ID"); // the path names it
        merged.merge_patch(patch);
        const wire::Incrementor i = validated(merged);
        store.update(i);
        tx.commit();
        return Reply::ok(nlohmann::json(*store.find(i.ID)));
    });

    router.add(M::Delete, item, [&s](RequestContext &ctx) {
        ctx.requireRoles(kWrite);
        const QString id = ctx.param(QStringLiteral("incrementorID"));
        if (!IncrementorStore(s.db).remove(id))
            throw HttpError::notFound(QStringLiteral("Incrementor"), id);
        return Reply::noContent();
    });
}

} // namespace onbehalf::server::IncrementorResources
