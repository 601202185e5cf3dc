#pragma once

#include "storage/ListQuery.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <vector>

namespace onbehalf::server {

class DocumentStore;
class RequestContext;
class Router;

// The OrderCloud CRUD shape (list, create 201, get, PUT upsert, PATCH merge, DELETE 204)
// for a resource kept as a document. A kind states its paths, roles, list fields and how a
// body becomes the canonical document (through its wire model); the rest is shared.
struct DocumentKind
{
    QString kind;       // storage kind and ObjectType in errors, e.g. "Buyer"
    QString collection; // "/v1/buyers", "/v1/buyers/{buyerID}/usergroups"
    QString itemParam;  // "buyerID", "userGroupID"
    QString scopeParam; // "buyerID" for buyer-scoped kinds, else empty
    QStringList readRoles;
    QStringList writeRoles;
    QStringList requiredFields;
    std::vector<std::pair<QString, FieldType>> listFields; // top-level document properties
    QStringList searchFields;
    bool hasXp = true;

    // Body (after merge, on PATCH) → canonical document; throws wire::DecodeError on wrong types.
    std::function<nlohmann::json(const nlohmann::json &body)> canonical;
    // Stored document → answer: read-only fields computed now (a sale window), documents stored
    // before a model grew fields completed with nulls. Defaults to `canonical`.
    std::function<nlohmann::json(const nlohmann::json &stored)> present;
    // Checks references and fills server-managed fields; `existing` is the stored one, if any.
    std::function<void(RequestContext &, nlohmann::json &doc, const QString &scope,
                       const std::optional<nlohmann::json> &existing)>
        beforeSave;
    // Removes what depends on a deleted document.
    std::function<void(const QString &scope, const QString &id)> afterDelete;
    // 404 unless the scope (the buyer) exists.
    std::function<void(const QString &scope)> requireScope;
    // For caller-private kinds (/v1/me/addresses): the scope comes from the caller, not the path.
    std::function<QString(RequestContext &)> scopeFromCaller;
};

namespace DocumentResource {
void registerRoutes(Router &router, DocumentStore &store, DocumentKind kind);
// A random OrderCloud-style ID (22 URL-safe characters).
QString newId();
// 400 unless the ID uses only letters, digits, '-', '_' and '.', at most 100 of them.
void validateId(const QString &id);
// 400 Xp.TooLarge when xp serialises to more than 8,000 bytes (OrderCloud's limit).
void checkXpSize(const nlohmann::json &xp);
// body.merge_patch semantics with xp deep-merged, as OrderCloud PATCH does.
nlohmann::json patched(const nlohmann::json &existing, const nlohmann::json &patch);
} // namespace DocumentResource

} // namespace onbehalf::server
