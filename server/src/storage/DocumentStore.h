#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf::server {

class Database;

// Small resources kept as their wire JSON in one table, keyed by (kind, scope, id);
// scope is the owning buyer for buyer-scoped kinds (user groups), else empty.
class DocumentStore
{
public:
    explicit DocumentStore(Database &db) : m_db(db) {}

    std::optional<nlohmann::json> get(const QString &kind, const QString &scope, const QString &id) const;
    bool exists(const QString &kind, const QString &scope, const QString &id) const;
    void insert(const QString &kind, const QString &scope, const QString &id, const nlohmann::json &doc);
    void update(const QString &kind, const QString &scope, const QString &id, const nlohmann::json &doc);
    bool remove(const QString &kind, const QString &scope, const QString &id);
    void removeScope(const QString &kind, const QString &scope);

    Database &database() const { return m_db; }

private:
    Database &m_db;
};

} // namespace onbehalf::server
