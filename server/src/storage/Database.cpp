#include "storage/Database.h"

#include "storage/Schema.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>
#include <atomic>
#include <mutex>
#include <sqlite3.h>
#include <unordered_map>

namespace onbehalf::server {

namespace {
std::atomic<quint64> nextDatabaseId{1};
std::atomic<quint64> nextConnectionId{1};
constexpr int kMaxBackoffMs = 1000;
} // namespace

struct Database::Prepared::Slot
{
    QSqlQuery query;
    bool busy = false; // a Prepared is reading it
};

// One thread's connection to one Database, with its reconnect backoff and prepared statements.
struct Database::ThreadConnection
{
    QString name;
    QSqlDatabase db;
    bool inTransaction = false;
    int backoffMs = 0;
    QDeadlineTimer retryAt{QDeadlineTimer::Forever};
    bool waiting = false; // retryAt is meaningful
    // Declared after db: destroyed first. They belong to the connection, so they go when it closes.
    QHash<QString, std::shared_ptr<Prepared::Slot>> prepared;

    void close()
    {
        prepared.clear();
        db.close();
    }
};

namespace {
// Per thread: the connections of each Database (by its id, never reused) this thread has used.
std::unordered_map<quint64, std::unique_ptr<Database::ThreadConnection>> &threadConnections()
{
    thread_local std::unordered_map<quint64, std::unique_ptr<Database::ThreadConnection>> connections;
    return connections;
}
} // namespace

Database::Database(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName)), m_dialect(dialect), m_id(nextDatabaseId++)
{}

Database::~Database()
{
    threadConnections().erase(m_id);
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &url, QString *error)
{
    // SQLite counts every allocation under one process-wide mutex, which the worker threads then
    // queue on; the server never reads those counters. Only possible before SQLite initialises.
    static std::once_flag sqliteSetUp;
    std::call_once(sqliteSetUp, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    const QString connection = QStringLiteral("onbehalf-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(int(qstrlen("sqlite:")));
        if (path.isEmpty()) {
            *error = QStringLiteral("sqlite: needs a file path, e.g. sqlite:/var/lib/onbehalf/market.sqlite");
            return nullptr;
        }
        if (path != QLatin1String(":memory:"))
            QDir().mkpath(QFileInfo(path).absolutePath());
        db.reset(new Database(connection, Dialect::Sqlite));
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db->m_db.setDatabaseName(path);
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty()) {
            *error = QStringLiteral("invalid PostgreSQL URL; expected postgresql://user:pass@host:port/db");
            return nullptr;
        }
        db.reset(new Database(connection, Dialect::Postgres));
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db->m_db.setHostName(u.host());
        db->m_db.setPort(u.port(5432));
        db->m_db.setUserName(u.userName(QUrl::FullyDecoded));
        db->m_db.setPassword(u.password(QUrl::FullyDecoded));
        db->m_db.setDatabaseName(u.path().mid(1));
        // A dead server is noticed within seconds, not after the kernel's TCP timeout.
        db->m_db.setConnectOptions(QStringLiteral("connect_timeout=3;keepalives=1;keepalives_idle=10;"
                                                  "keepalives_interval=3;keepalives_count=3"));
    } else {
        *error = QStringLiteral("unsupported database URL (use sqlite:/path or postgresql://…)");
        return nullptr;
    }
    if (db->m_dialect == Dialect::Sqlite)
        db->m_description = QStringLiteral("sqlite:") + db->m_db.databaseName();
    else
        db->m_description = QStringLiteral("postgresql://%1@%2:%3/%4")
                                .arg(db->m_db.userName(), db->m_db.hostName())
                                .arg(db->m_db.port())
                                .arg(db->m_db.databaseName());
    if (!db->m_db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver for %1 is not installed").arg(db->m_db.driverName());
        return nullptr;
    }
    if (!db->m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(db->describe(), db->m_db.lastError().text());
        return nullptr;
    }
    // The opening thread uses the first connection itself.
    auto own = std::make_unique<ThreadConnection>();
    own->name = connection;
    own->db = db->m_db;
    threadConnections()[db->m_id] = std::move(own);
    try {
        db->configure(db->m_db);
        if (db->m_dialect == Dialect::Sqlite)
            db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        db->migrate();
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return db;
}

void Database::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    QStringList statements;
    if (m_dialect == Dialect::Sqlite) {
        // Searches as agents type touch many index pages: a 64 MiB page cache (SQLite's default
        // is 2 MB) and memory-mapped reads instead of a read() call per page.
        statements = {QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                      QStringLiteral("PRAGMA cache_size=-65536"), QStringLiteral("PRAGMA mmap_size=268435456")};
    } else {
        // No JIT: every statement here is a few milliseconds of work, compiling one costs 100+ ms.
        statements = {QStringLiteral("SET client_min_messages TO WARNING"), QStringLiteral("SET jit TO off")};
    }
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            throw DatabaseUnavailable(
                QString(QStringLiteral("cannot set up a connection: ") + q.lastError().text()).toStdString());
    }
}

QString Database::describe() const
{
    return m_description;
}

Database::ThreadConnection &Database::threadConnection() const
{
    auto &mine = threadConnections()[m_id];
    if (!mine) {
        mine = std::make_unique<ThreadConnection>();
        mine->name = m_connectionName + QStringLiteral("-t") + QString::number(nextConnectionId++);
        // The overload by name may be called from any thread; the clone belongs to this one.
        mine->db = QSqlDatabase::cloneDatabase(m_connectionName, mine->name);
    }
    return *mine;
}

void Database::reopen(ThreadConnection &c) const
{
    if (c.waiting && !c.retryAt.hasExpired())
        throw DatabaseUnavailable("the database is unreachable (waiting before the next attempt)");
    if (c.db.isOpen())
        c.close();
    if (!c.db.open()) {
        c.backoffMs = c.backoffMs == 0 ? 50 : std::min(c.backoffMs * 2, kMaxBackoffMs);
        c.retryAt = QDeadlineTimer(c.backoffMs);
        c.waiting = true;
        throw DatabaseUnavailable(
            QString(QStringLiteral("cannot open ") + describe() + QStringLiteral(": ") + c.db.lastError().text())
                .toStdString());
    }
    try {
        configure(c.db);
    } catch (const DatabaseUnavailable &) {
        c.close();
        throw;
    }
    c.backoffMs = 0;
    c.waiting = false;
}

QSqlDatabase Database::connection() const
{
    ThreadConnection &c = threadConnection();
    if (!c.db.isOpen())
        reopen(c);
    return c.db;
}

void Database::releaseThreadConnection() const
{
    auto &all = threadConnections();
    const auto it = all.find(m_id);
    if (it == all.end())
        return;
    const QString name = it->second->name;
    if (name == m_connectionName)
        return; // the first connection lives as long as the Database
    it->second->close();
    all.erase(it);
    QSqlDatabase::removeDatabase(name);
}

bool Database::ping() const
{
    try {
        QSqlQuery q(connection());
        if (q.exec(QStringLiteral("SELECT 1")) && q.next())
            return true;
        ThreadConnection &c = threadConnection();
        if (isConnectionLost(q.lastError()))
            c.close();
    } catch (const DatabaseError &) {
    }
    return false;
}

bool Database::isConnectionLost(const QSqlError &error) const
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    if (m_dialect != Dialect::Postgres)
        return false;
    // No SQLSTATE: the client library failed (server gone). Class 08: connection exception;
    // 57P01..57P03: the server is shutting down or starting up.
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
}

void Database::fail(ThreadConnection &c, const QSqlError &error, const QString &what, const QString &sql) const
{
    const std::string message =
        QString(what + QStringLiteral(": ") + error.text() + QStringLiteral(" in: ") + sql.left(300)).toStdString();
    if (isConnectionLost(error)) {
        c.close(); // opened again by the next statement on this thread
        c.inTransaction = false;
        throw DatabaseUnavailable(message);
    }
    // SQLite busy/locked after the busy timeout: temporary as well.
    if (m_dialect == Dialect::Sqlite &&
        (error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6")))
        throw DatabaseUnavailable(message);
    throw DatabaseError(message);
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    ThreadConnection &c = threadConnection();
    // A read that fails because the connection died since its last use is run once more on a
    // fresh connection: after a database restart the first request of each thread still succeeds.
    const bool retryable = !c.inTransaction && sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
    for (int attempt = 0;; ++attempt) {
        if (!c.db.isOpen())
            reopen(c);
        QSqlQuery q(c.db);
        // QPSQL streams forward-only results row by row, and a nested query would discard the rest;
        // handlers do run queries while reading rows, so PostgreSQL results are fetched whole.
        q.setForwardOnly(m_dialect == Dialect::Sqlite);
        bool ok = false;
        QString what = QStringLiteral("query failed");
        if (binds.isEmpty()) {
            // PostgreSQL cannot PREPARE DDL or SET: statements without binds run directly.
            ok = q.exec(sql);
        } else if (!q.prepare(sql)) {
            what = QStringLiteral("prepare failed");
        } else {
            bindAll(q, binds, false);
            ok = q.exec();
        }
        if (ok)
            return q;
        const QSqlError error = q.lastError();
        if (attempt == 0 && retryable && isConnectionLost(error)) {
            c.close();
            continue;
        }
        fail(c, error, what, sql);
    }
}

void Database::bindAll(QSqlQuery &q, const QVariantList &binds, bool positional)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // A null QString means "empty" in this code base; SQL NULL is asked for with a null QVariant.
        const QVariant value = !v.isNull() && v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull()
                                   ? QVariant(QStringLiteral(""))
                                   : v;
        if (positional)
            q.bindValue(i, value);
        else
            q.addBindValue(value);
    }
}

Database::Prepared::Prepared(const Database &db, const QString &sql, const QVariantList &binds)
{
    ThreadConnection &c = db.threadConnection();
    constexpr qsizetype kMaxStatements = 128; // per connection; callers use fixed SQL, so this is a guard
    std::shared_ptr<Slot> slot = c.prepared.value(sql);
    const bool usable = slot ? !slot->busy : c.prepared.size() < kMaxStatements;
    if (usable && c.db.isOpen()) {
        if (!slot) {
            auto fresh = std::make_shared<Slot>();
            fresh->query = QSqlQuery(c.db);
            fresh->query.setForwardOnly(db.m_dialect == Dialect::Sqlite);
            if (fresh->query.prepare(sql)) {
                c.prepared.insert(sql, fresh);
                slot = fresh;
            }
        }
        if (slot) {
            bindAll(slot->query, binds, true);
            if (slot->query.exec()) {
                slot->busy = true;
                m_slot = std::move(slot);
                m_query = &m_slot->query;
                return;
            }
            // Whatever went wrong (a lost connection, a schema change), the plain path below
            // reports or retries it as every other statement; this one is prepared afresh.
            const QSqlError error = slot->query.lastError();
            c.prepared.remove(sql);
            if (db.isConnectionLost(error)) {
                // As exec(): only a read outside a transaction may run again on a new connection.
                if (c.inTransaction || !sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
                    db.fail(c, error, QStringLiteral("query failed"), sql);
                c.close();
            }
        }
    }
    m_plain = const_cast<Database &>(db).exec(sql, binds); // exec() changes no state of the Database itself
    m_query = &m_plain;
}

Database::Prepared::~Prepared()
{
    if (m_slot) {
        m_slot->query.finish();
        m_slot->busy = false;
    }
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

void Database::begin()
{
    ThreadConnection &c = threadConnection();
    if (!c.db.isOpen())
        reopen(c);
    // SQLite: take the write lock at the start (waiting up to the busy timeout), so two writers
    // never both read and then fail to upgrade.
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q(c.db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            fail(c, q.lastError(), QStringLiteral("cannot begin transaction"), QStringLiteral("BEGIN IMMEDIATE"));
    } else if (!c.db.transaction()) {
        fail(c, c.db.lastError(), QStringLiteral("cannot begin transaction"), QStringLiteral("BEGIN"));
    }
    c.inTransaction = true;
}

bool Database::inTransaction() const
{
    return threadConnection().inTransaction;
}

void Database::commit()
{
    ThreadConnection &c = threadConnection();
    c.inTransaction = false;
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q(c.db);
        if (!q.exec(QStringLiteral("COMMIT")))
            fail(c, q.lastError(), QStringLiteral("commit failed"), QStringLiteral("COMMIT"));
    } else if (!c.db.commit()) {
        fail(c, c.db.lastError(), QStringLiteral("commit failed"), QStringLiteral("COMMIT"));
    }
}

void Database::rollback() noexcept
{
    ThreadConnection &c = threadConnection();
    if (!c.inTransaction)
        return;
    c.inTransaction = false;
    if (!c.db.isOpen())
        return;
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q(c.db);
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        c.db.rollback();
    }
}

Database::Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.begin();
}

Database::Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Database::Transaction::commit()
{
    m_db.commit();
    m_done = true;
}

QString Database::jsonText(const QString &column, const QStringList &path) const
{
    if (m_dialect == Dialect::Sqlite) {
        const QString p = QStringLiteral("'$.") + path.join(QLatin1Char('.')) + QLatin1Char('\'');
        return QStringLiteral("(CASE json_type(%1, %2) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
                              "ELSE CAST(json_extract(%1, %2) AS TEXT) END)")
            .arg(column, p);
    }
    return QStringLiteral("(%1::jsonb #>> '{%2}')").arg(column, path.join(QLatin1Char(',')));
}

QString Database::jsonNumber(const QString &column, const QStringList &path) const
{
    if (m_dialect == Dialect::Sqlite) {
        const QString p = QStringLiteral("'$.") + path.join(QLatin1Char('.')) + QLatin1Char('\'');
        return QStringLiteral("(CASE WHEN json_type(%1, %2) IN ('integer','real') THEN json_extract(%1, %2) END)")
            .arg(column, p);
    }
    const QString p = path.join(QLatin1Char(','));
    return QStringLiteral("(CASE WHEN jsonb_typeof(%1::jsonb #> '{%2}') = 'number' "
                          "THEN (%1::jsonb #>> '{%2}')::numeric END)")
        .arg(column, p);
}

QString Database::ilike() const
{
    return m_dialect == Dialect::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

QString Database::setting(const QString &key) const
{
    Prepared q(*this, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

void Database::setSetting(const QString &key, const QString &value)
{
    exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value});
}

void Database::migrate()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS settings (key VARCHAR(100) PRIMARY KEY, value TEXT NOT NULL)"));
    const int current = setting(QStringLiteral("schema_version")).toInt();
    const QList<QStringList> steps = Schema::migrations(m_dialect);
    for (int version = current; version < steps.size(); ++version) {
        Transaction tx(*this);
        for (const QString &statement : steps.at(version))
            exec(statement);
        setSetting(QStringLiteral("schema_version"), QString::number(version + 1));
        tx.commit();
    }
}

} // namespace onbehalf::server
