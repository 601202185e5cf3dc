#include "storage/Database.h"

#include "storage/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace onbehalf::server {

Database::Database(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName)), m_dialect(dialect)
{}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &url, QString *error)
{
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
    } else {
        *error = QStringLiteral("unsupported database URL (use sqlite:/path or postgresql://…)");
        return nullptr;
    }
    if (!db->m_db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver for %1 is not installed").arg(db->m_db.driverName());
        return nullptr;
    }
    if (!db->m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(db->describe(), db->m_db.lastError().text());
        return nullptr;
    }
    try {
        if (db->m_dialect == Dialect::Sqlite) {
            db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            db->exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            db->exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            // Searches as agents type touch many index pages: a 64 MiB page cache (SQLite's default
            // is 2 MB) and memory-mapped reads instead of a read() call per page.
            db->exec(QStringLiteral("PRAGMA cache_size=-65536"));
            db->exec(QStringLiteral("PRAGMA mmap_size=268435456"));
        } else {
            db->exec(QStringLiteral("SET client_min_messages TO WARNING"));
        }
        db->migrate();
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return db;
}

QString Database::describe() const
{
    if (m_dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + m_db.databaseName();
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_db.userName(), m_db.hostName())
        .arg(m_db.port())
        .arg(m_db.databaseName());
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    // QPSQL streams forward-only results row by row, and a nested query would discard the rest;
    // handlers do run queries while reading rows, so PostgreSQL results are fetched whole.
    q.setForwardOnly(m_dialect == Dialect::Sqlite);
    if (binds.isEmpty()) {
        // PostgreSQL cannot PREPARE DDL or SET: statements without binds run directly.
        if (!q.exec(sql))
            throw DatabaseError(
                QString(QStringLiteral("query failed: ") + q.lastError().text() + QStringLiteral(" in: ") + sql)
                    .toStdString());
        return q;
    }
    if (!q.prepare(sql))
        throw DatabaseError(
            QString(QStringLiteral("prepare failed: ") + q.lastError().text() + QStringLiteral(" in: ") + sql)
                .toStdString());
    for (const QVariant &v : binds) {
        // A null QString means "empty" in this code base; SQL NULL is asked for with a null QVariant.
        if (!v.isNull() && v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        throw DatabaseError(
            QString(QStringLiteral("query failed: ") + q.lastError().text() + QStringLiteral(" in: ") + sql)
                .toStdString());
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

Database::Transaction::Transaction(Database &db) : m_db(db)
{
    if (!m_db.m_db.transaction())
        throw DatabaseError("cannot begin transaction: " + m_db.m_db.lastError().text().toStdString());
}

Database::Transaction::~Transaction()
{
    if (!m_done)
        m_db.m_db.rollback();
}

void Database::Transaction::commit()
{
    if (!m_db.m_db.commit())
        throw DatabaseError("commit failed: " + m_db.m_db.lastError().text().toStdString());
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
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
