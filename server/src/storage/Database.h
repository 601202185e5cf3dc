#pragma once

#include <QSqlDatabase>
#include <QSqlError>
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

// The database cannot be reached right now (restarting, network, busy): the request gets 503
// with Retry-After, and the connection is opened again on a later request.
class DatabaseUnavailable : public DatabaseError
{
public:
    explicit DatabaseUnavailable(const std::string &what, int retryAfterSeconds = 1)
        : DatabaseError(what), m_retryAfter(retryAfterSeconds)
    {}
    int retryAfterSeconds() const { return m_retryAfter; }

private:
    int m_retryAfter;
};

// The marketplace's storage: SQLite (one file, WAL) or PostgreSQL, behind one small API.
// Qt SQL connections belong to one thread: each thread that uses the Database gets its own
// connection (a clone of the first), opened on first use and re-opened with backoff after the
// server went away.
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

    // This thread's connection (made and opened on first use); throws DatabaseUnavailable.
    QSqlDatabase connection() const;
    // Closes and forgets this thread's connection; a worker thread calls it before it ends.
    void releaseThreadConnection() const;
    // Whether a trivial statement succeeds on this thread's connection right now.
    bool ping() const;

    // Runs a statement with positional (?) binds; throws DatabaseError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    // A statement kept prepared on this thread's connection, for the look-ups every request makes
    // (token, user, roles): parsing and planning them cost more than running them. Read its rows
    // before it goes out of scope; it is then reset, which ends SQLite's read snapshot. The same
    // SQL asked for again while one is alive (nested use) runs as a plain statement.
    class Prepared
    {
    public:
        Prepared(const Database &db, const QString &sql, const QVariantList &binds = {});
        ~Prepared();
        Prepared(const Prepared &) = delete;
        Prepared &operator=(const Prepared &) = delete;

        bool next() { return m_query->next(); }
        QVariant value(int index) const { return m_query->value(index); }
        QSqlQuery &query() { return *m_query; }

        struct Slot; // one cached statement (Database.cpp)

    private:
        std::shared_ptr<Slot> m_slot; // null when running as a plain statement
        QSqlQuery *m_query = nullptr;
        QSqlQuery m_plain;
    };

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
    // This thread's connection is inside a Transaction.
    bool inTransaction() const;

    struct ThreadConnection; // one thread's connection (Database.cpp)

private:
    Database(QString connectionName, Dialect dialect);
    ThreadConnection &threadConnection() const;
    void configure(QSqlDatabase &db) const;
    void reopen(ThreadConnection &c) const;
    static void bindAll(QSqlQuery &q, const QVariantList &binds, bool positional);
    [[noreturn]] void fail(ThreadConnection &c, const QSqlError &error, const QString &what, const QString &sql) const;
    bool isConnectionLost(const QSqlError &error) const;
    void begin();
    void commit();
    void rollback() noexcept;

    QString m_connectionName;
    Dialect m_dialect;
    quint64 m_id;
    QString m_description;
    QSqlDatabase m_db; // the first connection: the template of the others
};

} // namespace onbehalf::server
