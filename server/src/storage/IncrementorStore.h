#pragma once

#include "storage/ListQuery.h"
#include "wire/Incrementor.h"

#include <QString>
#include <optional>

class QSqlQuery;

namespace onbehalf::server {

class Database;

// Incrementors (/v1/incrementors) and the one thing they are for: "{incrementorID}" in the ID of a
// new object becomes the counter's next number. Taking a number is one UPDATE in its own
// transaction, so concurrent creates on any number of threads or instances never share one.
class IncrementorStore
{
public:
    explicit IncrementorStore(Database &db) : m_db(db) {}

    std::optional<wire::Incrementor> find(const QString &id) const;
    void insert(const wire::Incrementor &i);
    void update(const wire::Incrementor &i);
    bool remove(const QString &id);
    // The next number of an incrementor, already taken (committed); nullopt when it does not exist.
    std::optional<qint64> take(const QString &id);
    // `id` with every "{incrementorID}" replaced by that incrementor's next number, left-padded.
    // Throws HttpError 404 (Incrementor) for an unknown incrementor.
    QString expand(const QString &id);

    static QString columns();
    static wire::Incrementor fromRow(const QSqlQuery &q);
    static ListSpec listSpec();

private:
    Database &m_db;
};

} // namespace onbehalf::server
