#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <stdexcept>

namespace onbehalf::server {

class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The marketplace's storage: SQLite (one file, WAL) or PostgreSQL, behind one small API.
// SQL written against it sticks to what both dialects share; the few differences
// (JSON paths, types in the schema) go through the helpers below.
class Database
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    // url: "sqlite:/path/file.sqlite" or "postgresql://user:pass@host:port/db".
    static std::unique_ptr<Database> open(const QString &url, QString *error);
    ~Database();

    Dialect dialect() const { return m_dialect; }
    QString describe() const; // for logs: never includes the password

    // Runs a statement with positional (?) binds; throws DatabaseError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    // RAII transaction: rolls back unless commit() was called.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        void commit();

    private:
        Database &m_db;
        bool m_done = false;
    };

    // A SQL expression for the text value at an xp-style path in a JSON text column.
    // Booleans read as 'true'/'false' and numbers as their decimal text, in both dialects.
    QString jsonText(const QString &column, const QStringList &path) const;
    // The same value as a number (NULL when it is not a number).
    QString jsonNumber(const QString &column, const QStringList &path) const;
    // Case-insensitive LIKE operator for the dialect.
    QString ilike() const;

    // Small key/value table for server state (marketplace ID, schema version).
    QString setting(const QString &key) const;
    void setSetting(const QString &key, const QString &value);

    void migrate();

private:
    Database(QString connectionName, Dialect dialect);

    QString m_connectionName;
    Dialect m_dialect;
    QSqlDatabase m_db;
};

} // namespace onbehalf::server
