#include "resources/DocumentResource.h"

#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/SqlValues.h"
#include "wire/Json.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

namespace onbehalf::server::DocumentResource {

namespace {

QString str(const nlohmann::json &doc, const char *key)
{
    if (doc.contains(key) && doc[key].is_string())
        return QString::fromStdString(doc[key].get<std::string>());
    return {};
}

ListSpec listSpec(const DocumentKind &k, const Database &db)
{
    ListSpec spec;
    for (const auto &[name, type] : k.listFields) {
        ListField f;
        f.name = name;
        if (name == QLatin1String("ID")) {
            f.expr = QStringLiteral("id");
            f.foldedExpr = QStringLiteral("id_l");
        } else if (type == FieldType::Number) {
            f.expr = db.jsonNumber(QStringLiteral("doc"), {name});
        } else {
            f.expr = db.jsonText(QStringLiteral("doc"), {name});
        }
        if (name == QLatin1String("Name") || name == QLatin1String("AppName"))
            f.foldedExpr = QStringLiteral("name_l");
        f.type = type == FieldType::Bool ? FieldType::Text : type; // JSON booleans read as 'true'/'false'
        f.searchable = k.searchFields.contains(name);
        spec.fields.push_back(f);
    }
    return spec;
}

} // namespace

QString newId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id;
    id.reserve(22);
    for (int i = 0; i < 22; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]);
    return id;
}

void validateId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_\\-\\.]{1,100}$"));
    if (!valid.match(id).hasMatch())
        throw HttpError::badRequest(QStringLiteral("InvalidID"),
                                    QStringLiteral("An ID may use letters, digits, '-', '_' and '.' (1 to 100)."),
                                    nlohmann::json{{"ID", id}});
}

void checkXpSize(const nlohmann::json &xp)
{
    constexpr size_t kMaxXpBytes = 8000;
    const size_t size = xp.is_null() ? 0 : xp.dump().size();
    if (size > kMaxXpBytes)
        throw HttpError::badRequest(QStringLiteral("Xp.TooLarge"),
                                    QStringLiteral("xp may hold at most %1 bytes of JSON.").arg(kMaxXpBytes),
                                    nlohmann::json{{"MaxBytes", kMaxXpBytes}, {"Bytes", size}});
}

nlohmann::json patched(const nlohmann::json &existing, const nlohmann::json &patch)
{
    nlohmann::json out = existing;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() == "xp" && it->is_object()) {
            nlohmann::json xp = out.value("xp", nlohmann::json::object());
            if (!xp.is_object())
                xp = nlohmann::json::object();
            xp.merge_patch(*it);
            out["xp"] = std::move(xp);
        } else {
            out[it.key()] = *it;
        }
    }
    return out;
}

void registerRoutes(Router &router, DocumentStore &store, DocumentKind k)
{
    if (!k.present)
        k.present = k.canonical;
    const QString item = k.collection + QStringLiteral("/{") + k.itemParam + QLatin1Char('}');
    using M = HttpRequest::Method;

    auto scopeOf = [k](RequestContext &ctx) {
        if (k.scopeFromCaller)
            return k.scopeFromCaller(ctx);
        if (k.scopeParam.isEmpty())
            return QString();
        const QString scope = ctx.param(k.scopeParam);
        if (k.requireScope)
            k.requireScope(scope);
        return scope;
    };

    // Validates, completes and stores a document under `id`.
    auto save = [&store, k](RequestContext &ctx, const QString &scope, const QString &id, nlohmann::json body,
                            const std::optional<nlohmann::json> &existing) {
        body["ID"] = id.toStdString();
        const QStringList missing = wire::missingRequired(body, k.requiredFields);
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        nlohmann::json doc = k.canonical(body);
        if (doc.contains("xp"))
            checkXpSize(doc["xp"]);
        // Read-only: set once by the server, whatever the body says.
        if (doc.contains("DateCreated"))
            doc["DateCreated"] = existing ? existing->value("DateCreated", nlohmann::json(nullptr))
                                          : nlohmann::json(SqlValues::now().toStdString());
        if (k.beforeSave)
            k.beforeSave(ctx, doc, scope, existing);
        if (existing)
            store.update(k.kind, scope, id, doc);
        else
            store.insert(k.kind, scope, id, doc);
        return k.present(doc);
    };

    router.add(M::Get, k.collection, [&store, k, scopeOf](RequestContext &ctx) {
        ctx.requireRoles(k.readRoles);
        const QString scope = scopeOf(ctx);
        Database &db = store.database();
        const ListSpec spec = listSpec(k, db);
        const ListQuery q = [&] {
            // xp lives inside the document: "xp.a.b" becomes the doc path ["xp","a","b"] by
            // naming the doc column as the xp column and prefixing the path.
            QUrlQuery rewritten;
            for (const auto &[key, value] : ctx.query().queryItems(QUrl::FullyDecoded)) {
                if (k.hasXp && key.startsWith(QLatin1String("xp."), Qt::CaseInsensitive))
                    rewritten.addQueryItem(QStringLiteral("xp.xp.") + key.mid(3), value);
                else
                    rewritten.addQueryItem(key, value);
            }
            ListSpec withXp = spec;
            if (k.hasXp)
                withXp.xpColumn = QStringLiteral("doc");
            return ListQuery::parse(rewritten, withXp, db);
        }();
        SqlWhere where;
        where.add(QStringLiteral("kind = ? AND scope = ?"), {k.kind, scope});
        return Reply::ok(q.run(db, QStringLiteral("doc"), QStringLiteral("documents"), where, [&k](const QSqlQuery &r) {
            return k.present(nlohmann::json::parse(r.value(0).toString().toStdString()));
        }));
    });

    router.add(M::Post, k.collection, [&store, k, scopeOf, save](RequestContext &ctx) {
        ctx.requireRoles(k.writeRoles);
        const QString scope = scopeOf(ctx);
        const nlohmann::json &body = ctx.jsonBody();
        QString id = str(body, "ID");
        if (id.isEmpty())
            id = newId();
        validateId(id);
        if (store.exists(k.kind, scope, id))
            throw HttpError::idExists(k.kind, id);
        return Reply::created(save(ctx, scope, id, body, std::nullopt));
    });

    router.add(M::Get, item, [&store, k, scopeOf](RequestContext &ctx) {
        ctx.requireRoles(k.readRoles);
        const QString scope = scopeOf(ctx);
        const QString id = ctx.param(k.itemParam);
        auto doc = store.get(k.kind, scope, id);
        if (!doc)
            throw HttpError::notFound(k.kind, id);
        return Reply::ok(k.present(*doc));
    });

    router.add(M::Put, item, [&store, k, scopeOf, save](RequestContext &ctx) {
        ctx.requireRoles(k.writeRoles);
        const QString scope = scopeOf(ctx);
        const QString id = ctx.param(k.itemParam);
        validateId(id);
        const auto existing = store.get(k.kind, scope, id);
        const nlohmann::json doc = save(ctx, scope, id, ctx.jsonBody(), existing);
        return existing ? Reply::ok(doc) : Reply::created(doc);
    });

    router.add(M::Patch, item, [&store, k, scopeOf, save](RequestContext &ctx) {
        ctx.requireRoles(k.writeRoles);
        const QString scope = scopeOf(ctx);
        const QString id = ctx.param(k.itemParam);
        const auto existing = store.get(k.kind, scope, id);
        if (!existing)
            throw HttpError::notFound(k.kind, id);
        return Reply::ok(save(ctx, scope, id, patched(*existing, ctx.jsonBody()), existing));
    });

    router.add(M::Delete, item, [&store, k, scopeOf](RequestContext &ctx) {
        ctx.requireRoles(k.writeRoles);
        const QString scope = scopeOf(ctx);
        const QString id = ctx.param(k.itemParam);
        Database::Transaction tx(store.database());
        if (!store.remove(k.kind, scope, id))
            throw HttpError::notFound(k.kind, id);
        if (k.afterDelete)
            k.afterDelete(scope, id);
        tx.commit();
        return Reply::noContent();
    });
}

} // namespace onbehalf::server::DocumentResource
