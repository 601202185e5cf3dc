#include "storage/DocumentStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "wire/Json.h"

#include <QSqlQuery>

namespace onbehalf::server {

namespace {
QString nameOf(const nlohmann::json &doc)
{
    if (doc.contains("Name") && doc["Name"].is_string())
        return QString::fromStdString(doc["Name"].get<std::string>()).toLower();
    if (doc.contains("AppName") && doc["AppName"].is_string())
        return QString::fromStdString(doc["AppName"].get<std::string>()).toLower();
    return {};
}

QString dump(const nlohmann::json &doc)
{
    return QString::fromStdString(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
} // namespace

std::optional<nlohmann::json> DocumentStore::get(const QString &kind, const QString &scope, const QString &id) const
{
    Database::Prepared q(m_db, QStringLiteral("SELECT doc FROM documents WHERE kind = ? AND scope = ? AND id = ?"),
                         {kind, scope, id});
    if (!q.next())
        return std::nullopt;
    return nlohmann::json::parse(q.value(0).toString().toStdString());
}

bool DocumentStore::exists(const QString &kind, const QString &scope, const QString &id) const
{
    Database::Prepared q(m_db, QStringLiteral("SELECT 1 FROM documents WHERE kind = ? AND scope = ? AND id = ?"),
                         {kind, scope, id});
    return q.next();
}

void DocumentStore::insert(const QString &kind, const QString &scope, const QString &id, const nlohmann::json &doc)
{
    m_db.exec(QStringLiteral("INSERT INTO documents (kind, scope, id, id_l, name_l, doc, created) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {kind, scope, id, id.toLower(), nameOf(doc), dump(doc), SqlValues::now()});
}

void DocumentStore::update(const QString &kind, const QString &scope, const QString &id, const nlohmann::json &doc)
{
    m_db.exec(QStringLiteral("UPDATE documents SET name_l = ?, doc = ? WHERE kind = ? AND scope = ? AND id = ?"),
              {nameOf(doc), dump(doc), kind, scope, id});
}

bool DocumentStore::remove(const QString &kind, const QString &scope, const QString &id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("DELETE FROM documents WHERE kind = ? AND scope = ? AND id = ?"), {kind, scope, id});
    return q.numRowsAffected() > 0;
}

void DocumentStore::removeScope(const QString &kind, const QString &scope)
{
    m_db.exec(QStringLiteral("DELETE FROM documents WHERE kind = ? AND scope = ?"), {kind, scope});
}

} // namespace onbehalf::server
