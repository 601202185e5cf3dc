#include "resources/CatalogResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/DocumentResource.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "wire/BuyerAddress.h"
#include "wire/BuyerProduct.h"
#include "wire/Catalog.h"
#include "wire/Json.h"
#include "wire/PriceSchedule.h"
#include "wire/Product.h"

#include <QSet>
#include <QSqlQuery>

namespace onbehalf::server::CatalogResources {

namespace {

QString str(const nlohmann::json &doc, const char *key)
{
    const auto it = doc.find(key);
    return it != doc.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

void requireReference(DocumentStore &docs, const char *kind, const char *field, const QString &id)
{
    if (!id.isEmpty() && !docs.exists(QString::fromLatin1(kind), QString(), id))
        throw HttpError::badRequest(QStringLiteral("InvalidReference"),
                                    QStringLiteral("%1 '%2' does not exist.").arg(QString::fromLatin1(field), id),
                                    nlohmann::json{{"Field", field}, {"ObjectID", id}});
}

void validatePriceSchedule(const wire::PriceSchedule &p)
{
    auto invalid = [](const QString &message) {
        return HttpError::badRequest(QStringLiteral("PriceSchedule.Invalid"), message);
    };
    if (p.PriceBreaks.empty())
        throw invalid(QStringLiteral("A price schedule needs at least one price break."));
    QSet<int> quantities;
    for (const wire::PriceBreak &b : p.PriceBreaks) {
        if (b.Quantity < 1)
            throw invalid(QStringLiteral("Price break quantities start at 1."));
        if (quantities.contains(b.Quantity))
            throw invalid(QStringLiteral("Two price breaks for quantity %1.").arg(b.Quantity));
        quantities.insert(b.Quantity);
    }
    if (p.MinQuantity < 1)
        throw invalid(QStringLiteral("MinQuantity must be at least 1."));
    if (p.MaxQuantity && *p.MaxQuantity < p.MinQuantity)
        throw invalid(QStringLiteral("MaxQuantity cannot be below MinQuantity."));
    if (p.Currency.size() != 3)
        throw invalid(QStringLiteral("Currency must be a three-letter ISO 4217 code."));
}

const QStringList kCatalogRead{QStringLiteral("CatalogAdmin"), QStringLiteral("CatalogReader")};
const QStringList kCatalogWrite{QStringLiteral("CatalogAdmin")};

void registerAssignments(Router &router, Services &s)
{
    using M = HttpRequest::Method;

    // Catalog ↔ buyer.
    router.add(M::Post, QStringLiteral("/v1/catalogs/assignments"), [&s](RequestContext &ctx) {
        ctx.requireRoles(kCatalogWrite);
        const QStringList missing = wire::missingRequired(ctx.jsonBody(), {"CatalogID", "BuyerID"});
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        const QString catalog = str(ctx.jsonBody(), "CatalogID");
        const QString buyer = str(ctx.jsonBody(), "BuyerID");
        requireReference(s.docs, "Catalog", "CatalogID", catalog);
        requireReference(s.docs, "Buyer", "BuyerID", buyer);
        Database::Transaction tx(s.db);
        s.db.exec(QStringLiteral("DELETE FROM catalog_buyers WHERE catalog_id = ? AND buyer_id = ?"), {catalog, buyer});
        s.db.exec(QStringLiteral("INSERT INTO catalog_buyers (catalog_id, buyer_id) VALUES (?, ?)"), {catalog, buyer});
        tx.commit();
        return Reply::noContent();
    });
    router.add(M::Get, QStringLiteral("/v1/catalogs/assignments"), [&s](RequestContext &ctx) {
        ctx.requireRoles(kCatalogRead);
        ListSpec spec;
        spec.fields = {{QStringLiteral("CatalogID"), QStringLiteral("catalog_id")},
                       {QStringLiteral("BuyerID"), QStringLiteral("buyer_id")}};
        spec.defaultSort = {QStringLiteral("CatalogID"), QStringLiteral("BuyerID")};
        spec.extraParameters = {QStringLiteral("catalogID"), QStringLiteral("buyerID")};
        const ListQuery q = ListQuery::parse(ctx.query(), spec, s.db);
        SqlWhere where;
        if (!ctx.queryValue(QStringLiteral("catalogID")).isEmpty())
            where.add(QStringLiteral("catalog_id = ?"), {ctx.queryValue(QStringLiteral("catalogID"))});
        if (!ctx.queryValue(QStringLiteral("buyerID")).isEmpty())
            where.add(QStringLiteral("buyer_id = ?"), {ctx.queryValue(QStringLiteral("buyerID"))});
        return Reply::ok(q.run(s.db, QStringLiteral("catalog_id, buyer_id"), QStringLiteral("catalog_buyers"), where,
                               [](const QSqlQuery &r) {
                                   return nlohmann::json{{"CatalogID", r.value(0).toString()},
                                                         {"BuyerID", r.value(1).toString()},
                                                         {"ViewAllCategories", true},
                                                         {"ViewAllProducts", true}};
                               }));
    });
    router.add(M::Delete, QStringLiteral("/v1/catalogs/{catalogID}/assignments"), [&s](RequestContext &ctx) {
        ctx.requireRoles(kCatalogWrite);
        s.db.exec(QStringLiteral("DELETE FROM catalog_buyers WHERE catalog_id = ? AND buyer_id = ?"),
                  {ctx.param(QStringLiteral("catalogID")), ctx.queryValue(QStringLiteral("buyerID"))});
        return Reply::noContent();
    });

    // Catalog ↔ product.
    router.add(M::Post, QStringLiteral("/v1/catalogs/productassignments"), [&s](RequestContext &ctx) {
        ctx.requireRoles(kCatalogWrite);
        const QStringList missing = wire::missingRequired(ctx.jsonBody(), {"CatalogID", "ProductID"});
        if (!missing.isEmpty())
            throw HttpError::requiredFields(missing);
        const QString catalog = str(ctx.jsonBody(), "CatalogID");
        const QString product = str(ctx.jsonBody(), "ProductID");
        requireReference(s.docs, "Catalog", "CatalogID", catalog);
        requireReference(s.docs, "Product", "ProductID", product);
        Database::Transaction tx(s.db);
        s.db.exec(QStringLiteral("DELETE FROM catalog_products WHERE catalog_id = ? AND product_id = ?"),
                  {catalog, product});
        s.db.exec(QStringLiteral("INSERT INTO catalog_products (catalog_id, product_id) VALUES (?, ?)"),
                  {catalog, product});
        tx.commit();
        return Reply::noContent();
    });
    router.add(M::Get, QStringLiteral("/v1/catalogs/productassignments"), [&s](RequestContext &ctx) {
        ctx.requireRoles(kCatalogRead);
        ListSpec spec;
        spec.fields = {{QStringLiteral("CatalogID"), QStringLiteral("catalog_id")},
                       {QStringLiteral("ProductID"), QStringLiteral("product_id")}};
        spec.defaultSort = {QStringLiteral("CatalogID"), QStringLiteral("ProductID")};
        spec.extraParameters = {QStringLiteral("catalogID"), QStringLiteral("productID")};
        const ListQuery q = ListQuery::parse(ctx.query(), spec, s.db);
        SqlWhere where;
        if (!ctx.queryValue(QStringLiteral("catalogID")).isEmpty())
            where.add(QStringLiteral("catalog_id = ?"), {ctx.queryValue(QStringLiteral("catalogID"))});
        if (!ctx.queryValue(QStringLiteral("productID")).isEmpty())
            where.add(QStringLiteral("product_id = ?"), {ctx.queryValue(QStringLiteral("productID"))});
        return Reply::ok(
            q.run(s.db, QStringLiteral("catalog_id, product_id"), QStringLiteral("catalog_products"), where,
                  [](const QSqlQuery &r) {
                      return nlohmann::json{{"CatalogID", r.value(0).toString()}, {"ProductID", r.value(1).toString()}};
                  }));
    });
    router.add(M::Delete, QStringLiteral("/v1/catalogs/{catalogID}/productassignments/{productID}"),
               [&s](RequestContext &ctx) {
                   ctx.requireRoles(kCatalogWrite);
                   s.db.exec(QStringLiteral("DELETE FROM catalog_products WHERE catalog_id = ? AND product_id = ?"),
                             {ctx.param(QStringLiteral("catalogID")), ctx.param(QStringLiteral("productID"))});
                   return Reply::noContent();
               });
}

// The buyer behind a caller, or 403: /me/products and /me/addresses are for buyer users.
QString buyerOf(RequestContext &ctx)
{
    const Caller &c = ctx.caller();
    if (!c.isBuyer())
        throw HttpError::forbidden(QStringLiteral("BuyerUserRequired"),
                                   QStringLiteral("Only buyer users have products and addresses; act for a buyer "
                                                  "user to see theirs."));
    return c.buyerId;
}

void registerMeProducts(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    const QStringList shopper{QStringLiteral("Shopper")};
    const CatalogStore catalog(s.db, s.docs);

    router.add(M::Get, QStringLiteral("/v1/me/products"), [&s, shopper, catalog](RequestContext &ctx) {
        ctx.requireRoles(shopper);
        const QString buyer = buyerOf(ctx);
        ListSpec spec;
        spec.fields = {
            {QStringLiteral("ID"), QStringLiteral("id"), FieldType::Text, true, QStringLiteral("id_l")},
            {QStringLiteral("Name"), s.db.jsonText(QStringLiteral("doc"), {QStringLiteral("Name")}), FieldType::Text,
             true},
            {QStringLiteral("Description"), s.db.jsonText(QStringLiteral("doc"), {QStringLiteral("Description")}),
             FieldType::Text, true},
            {QStringLiteral("DefaultPriceScheduleID"),
             s.db.jsonText(QStringLiteral("doc"), {QStringLiteral("DefaultPriceScheduleID")})},
        };
        // Agents type any word of a product name ("gloves"), not only its start.
        spec.fields[1].containsSearch = true;
        spec.fields[2].containsSearch = true;
        spec.xpColumn = QStringLiteral("doc");
        spec.defaultSort = {QStringLiteral("Name")};
        spec.extraParameters = {QStringLiteral("catalogID"), QStringLiteral("categoryID"), QStringLiteral("depth")};
        QUrlQuery rewritten;
        for (const auto &[key, value] : ctx.query().queryItems(QUrl::FullyDecoded)) {
            // xp lives inside the product document.
            if (key.startsWith(QLatin1String("xp."), Qt::CaseInsensitive))
                rewritten.addQueryItem(QStringLiteral("xp.xp.") + key.mid(3), value);
            else
                rewritten.addQueryItem(key, value);
        }
        const ListQuery q = ListQuery::parse(rewritten, spec, s.db);
        SqlWhere where;
        where.add(QStringLiteral("kind = 'Product' AND scope = ''"));
        where.add(s.db.jsonText(QStringLiteral("doc"), {QStringLiteral("Active")}) + QStringLiteral(" = 'true'"));
        const QString catalogId = ctx.queryValue(QStringLiteral("catalogID"));
        if (catalogId.isEmpty()) {
            where.add(CatalogStore::visibleToBuyerClause(), {buyer});
        } else {
            where.add(QStringLiteral("id IN (SELECT cp.product_id FROM catalog_products cp JOIN catalog_buyers cb ON "
                                     "cb.catalog_id = cp.catalog_id WHERE cb.buyer_id = ? AND cp.catalog_id = ?)"),
                      {buyer, catalogId});
        }
        std::map<QString, std::optional<wire::PriceSchedule>> schedules;
        return Reply::ok(q.run(s.db, QStringLiteral("doc"), QStringLiteral("documents"), where,
                               [&catalog, &schedules](const QSqlQuery &r) {
                                   const auto p =
                                       nlohmann::json::parse(r.value(0).toString().toStdString()).get<wire::Product>();
                                   wire::BuyerProduct bp;
                                   static_cast<wire::Product &>(bp) = p;
                                   const QString ps = p.DefaultPriceScheduleID.value_or(QString());
                                   if (!schedules.count(ps))
                                       schedules[ps] = catalog.priceSchedule(ps);
                                   bp.PriceSchedule = schedules[ps];
                                   return nlohmann::json(bp);
                               }));
    });

    router.add(M::Get, QStringLiteral("/v1/me/products/{productID}"), [shopper, catalog](RequestContext &ctx) {
        ctx.requireRoles(shopper);
        const QString id = ctx.param(QStringLiteral("productID"));
        const auto p = catalog.productForBuyer(buyerOf(ctx), id);
        if (!p)
            throw HttpError::notFound(QStringLiteral("Product"), id);
        return Reply::ok(nlohmann::json(catalog.buyerProduct(*p)));
    });
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    DocumentKind products;
    products.kind = QStringLiteral("Product");
    products.collection = QStringLiteral("/v1/products");
    products.itemParam = QStringLiteral("productID");
    products.readRoles = {QStringLiteral("ProductAdmin"), QStringLiteral("ProductReader")};
    products.writeRoles = {QStringLiteral("ProductAdmin")};
    products.requiredFields = {QStringLiteral("Name")};
    products.listFields = {{QStringLiteral("ID"), FieldType::Text},
                           {QStringLiteral("Name"), FieldType::Text},
                           {QStringLiteral("Description"), FieldType::Text},
                           {QStringLiteral("Active"), FieldType::Bool},
                           {QStringLiteral("DefaultPriceScheduleID"), FieldType::Text}};
    products.searchFields = {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Description")};
    products.canonical = [](const nlohmann::json &body) {
        auto p = body.get<wire::Product>();
        // Read-only counts: no specs, variants or bundles here.
        p.SpecCount = 0;
        p.VariantCount = 0;
        p.IsBundle = false;
        return nlohmann::json(p);
    };
    products.beforeSave = [&s](RequestContext &, nlohmann::json &doc, const QString &,
                               const std::optional<nlohmann::json> &) {
        requireReference(s.docs, "PriceSchedule", "DefaultPriceScheduleID", str(doc, "DefaultPriceScheduleID"));
        if (doc.value("QuantityMultiplier", 1) < 1)
            throw HttpError::badRequest(QStringLiteral("Product.InvalidQuantityMultiplier"),
                                        QStringLiteral("QuantityMultiplier must be at least 1."));
    };
    products.afterDelete = [&s](const QString &, const QString &id) {
        s.db.exec(QStringLiteral("DELETE FROM catalog_products WHERE product_id = ?"), {id});
    };
    DocumentResource::registerRoutes(router, s.docs, products);

    DocumentKind schedules;
    schedules.kind = QStringLiteral("PriceSchedule");
    schedules.collection = QStringLiteral("/v1/priceschedules");
    schedules.itemParam = QStringLiteral("priceScheduleID");
    schedules.readRoles = {QStringLiteral("PriceScheduleAdmin"), QStringLiteral("PriceScheduleReader")};
    schedules.writeRoles = {QStringLiteral("PriceScheduleAdmin")};
    schedules.requiredFields = {QStringLiteral("Name")};
    schedules.listFields = {{QStringLiteral("ID"), FieldType::Text},
                            {QStringLiteral("Name"), FieldType::Text},
                            {QStringLiteral("Currency"), FieldType::Text},
                            {QStringLiteral("MinQuantity"), FieldType::Number},
                            {QStringLiteral("MaxQuantity"), FieldType::Number}};
    schedules.searchFields = {QStringLiteral("ID"), QStringLiteral("Name")};
    schedules.canonical = [](const nlohmann::json &body) {
        auto p = body.get<wire::PriceSchedule>();
        validatePriceSchedule(p);
        // The server prices in exact 1/10,000 units: finer prices are rounded half-even once, here.
        for (wire::PriceBreak &b : p.PriceBreaks) {
            b.Price = b.Price.rounded(4);
            if (b.SalePrice)
                b.SalePrice = b.SalePrice->rounded(4);
        }
        p.IsOnSale = false; // read-only, computed when answered
        return nlohmann::json(p);
    };
    schedules.present = [](const nlohmann::json &stored) {
        auto p = stored.get<wire::PriceSchedule>();
        p.IsOnSale = p.saleWindowHolds(QDateTime::currentDateTimeUtc());
        return nlohmann::json(p);
    };
    DocumentResource::registerRoutes(router, s.docs, schedules);

    DocumentKind catalogs;
    catalogs.kind = QStringLiteral("Catalog");
    catalogs.collection = QStringLiteral("/v1/catalogs");
    catalogs.itemParam = QStringLiteral("catalogID");
    catalogs.readRoles = kCatalogRead;
    catalogs.writeRoles = kCatalogWrite;
    catalogs.requiredFields = {QStringLiteral("Name")};
    catalogs.listFields = {{QStringLiteral("ID"), FieldType::Text},
                           {QStringLiteral("Name"), FieldType::Text},
                           {QStringLiteral("Active"), FieldType::Bool}};
    catalogs.searchFields = {QStringLiteral("ID"), QStringLiteral("Name")};
    catalogs.canonical = [](const nlohmann::json &body) {
        auto c = body.get<wire::Catalog>();
        c.CategoryCount = 0; // read-only: categories are not kept
        return nlohmann::json(c);
    };
    catalogs.afterDelete = [&s](const QString &, const QString &id) {
        s.db.exec(QStringLiteral("DELETE FROM catalog_products WHERE catalog_id = ?"), {id});
        s.db.exec(QStringLiteral("DELETE FROM catalog_buyers WHERE catalog_id = ?"), {id});
    };
    // Static assignment paths are registered first so "assignments" is not taken for a catalog ID.
    registerAssignments(router, s);
    DocumentResource::registerRoutes(router, s.docs, catalogs);

    registerMeProducts(router, s);

    DocumentKind addresses;
    addresses.kind = QStringLiteral("Address");
    addresses.collection = QStringLiteral("/v1/me/addresses");
    addresses.itemParam = QStringLiteral("addressID");
    addresses.readRoles = {QStringLiteral("Shopper"), QStringLiteral("MeAddressAdmin")};
    addresses.writeRoles = {QStringLiteral("MeAddressAdmin")};
    addresses.requiredFields = {QStringLiteral("Street1"), QStringLiteral("City"), QStringLiteral("State"),
                                QStringLiteral("Zip"), QStringLiteral("Country")};
    addresses.listFields = {
        {QStringLiteral("ID"), FieldType::Text},       {QStringLiteral("AddressName"), FieldType::Text},
        {QStringLiteral("City"), FieldType::Text},     {QStringLiteral("Country"), FieldType::Text},
        {QStringLiteral("Shipping"), FieldType::Bool}, {QStringLiteral("Billing"), FieldType::Bool}};
    addresses.searchFields = {QStringLiteral("ID"), QStringLiteral("AddressName"), QStringLiteral("City")};
    addresses.canonical = [](const nlohmann::json &body) {
        auto a = body.get<wire::BuyerAddress>();
        a.Editable = true; // read-only: a user's own addresses are theirs to edit
        if (a.Country.size() != 2)
            throw HttpError::badRequest(QStringLiteral("Address.InvalidCountry"),
                                        QStringLiteral("Country must be a two-letter ISO 3166 code."));
        return nlohmann::json(a);
    };
    // Each buyer user's addresses are private to that user (an agent acting for them sees theirs).
    addresses.scopeFromCaller = [](RequestContext &ctx) {
        buyerOf(ctx);
        return ctx.caller().userId;
    };
    DocumentResource::registerRoutes(router, s.docs, addresses);
}

} // namespace onbehalf::server::CatalogResources
