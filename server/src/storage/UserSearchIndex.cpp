#include "storage/UserSearchIndex.h"

#include <QSqlQuery>
#include <algorithm>

namespace onbehalf::server {

namespace {

// Marks that end a one- or two-character piece in the indexed text: "a" is indexed as the
// trigram "a\1\1", "ab" as "ab\1". The folded text is written first, then char(2), then the
// pieces; a word of three or more characters without these marks can only occur in the text
// itself (no run of more than two ordinary characters exists among the pieces).
constexpr char16_t kPieceEnd = 1;
constexpr char16_t kTextEnd = 2;

// Positions 1..N of the search_positions table: far beyond the longest folded text the API
// accepts (ID 100, Username 100, FirstName 100, LastName 100, Email 200 characters).
constexpr int kPositions = 4096;

// SQL for what the index holds of one user, from the SQL expression of their folded text. A
// plain SELECT over search_positions (triggers cannot use WITH), the pieces each once.
QString indexedText(const QString &text)
{
    return QStringLiteral("%1 || char(2) || COALESCE((SELECT group_concat(g, '') FROM (SELECT substr(%1, i, 1) || "
                          "char(1, 1) AS g FROM search_positions WHERE i <= length(%1) UNION SELECT substr(%1, i, 2) "
                          "|| char(1) FROM search_positions WHERE i < length(%1))), '')")
        .arg(text);
}

// Keys of one owner's users, in ID order, spread evenly over its key space; `owner` is a SQL
// condition on users u (and the owner row s of users_search_scopes).
QString fillKeys(const QString &owner)
{
    return QStringLiteral("INSERT INTO users_search_keys (rid, user_id) SELECT (s.sid << 40) + row_number() OVER "
                          "(PARTITION BY s.sid ORDER BY u.id) * ((1 << 40) / (c.n + 1)), u.id FROM users u JOIN "
                          "users_search_scopes s ON s.kind = u.kind AND s.buyer_id = COALESCE(u.buyer_id, '') JOIN "
                          "(SELECT kind, COALESCE(buyer_id, '') AS b, COUNT(*) AS n FROM users GROUP BY 1, 2) c ON "
                          "c.kind = u.kind AND c.b = s.buyer_id WHERE %1")
        .arg(owner);
}

// The index rows of the keys in [first, last], from what users_search_text keeps.
QString indexRows(const QString &keys)
{
    return QStringLiteral("INSERT INTO users_search (rowid, t) SELECT k.rid, x.indexed FROM users_search_keys k JOIN "
                          "users_search_text x ON x.user_id = k.user_id WHERE %1")
        .arg(keys);
}

// The user's nearest neighbour by ID within their owner (before: the one below, else above).
QString neighbourKey(bool before)
{
    return QStringLiteral("(SELECT rid FROM users_search_keys WHERE user_id = (SELECT id FROM users WHERE kind = "
                          "new.kind AND buyer_id IS new.buyer_id AND id %1 new.id ORDER BY id %2 LIMIT 1))")
        .arg(before ? QStringLiteral("<") : QStringLiteral(">"),
             before ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

QString quoted(QString token)
{
    return QLatin1Char('"') + token.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// A word of one or two characters as the index holds it (see kPieceEnd).
QString piece(const QString &word, size_t chars)
{
    return word + QString(chars == 1 ? 2 : 1, QChar(kPieceEnd));
}

} // namespace

QString UserSearchIndex::match(const QStringList &foldedWords, bool all)
{
    QStringList parts;
    for (const QString &word : foldedWords) {
        if (word.isEmpty() || word.contains(QChar(kPieceEnd)) || word.contains(QChar(kTextEnd)) ||
            word.contains(QChar(0)))
            return {};
        const std::u32string chars = word.toStdU32String();
        parts << quoted(chars.size() >= 3 ? word : piece(word, chars.size()));
    }
    return parts.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

qint64 UserSearchIndex::count(const QString &foldedWord, qint64 cap) const
{
    const QString query = match({foldedWord}, true);
    if (query.isEmpty())
        return cap;
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM users_search WHERE users_search MATCH ? LIMIT ?)"),
                {query, cap})
        .toLongLong();
}

double UserSearchIndex::userCount() const
{
    // An upper bound in one index step (rowids of deleted users are not reused at the end).
    return m_db.scalar(QStringLiteral("SELECT MAX(rowid) FROM users")).toDouble();
}

std::optional<std::pair<qint64, qint64>> UserSearchIndex::keyRange(const QString &kind, const QString &buyerId) const
{
    Database::Prepared q(m_db,
                         QStringLiteral("SELECT sid, dirty FROM users_search_scopes WHERE kind = ? AND buyer_id = ?"),
                         {kind, buyerId.isNull() ? QStringLiteral("") : buyerId});
    if (!q.next())
        return std::pair<qint64, qint64>{0, 0}; // nobody has been added to this owner
    const qint64 sid = q.value(0).toLongLong();
    if (q.value(1).toInt() != 0 || sid >= (qint64(1) << (62 - kKeyBits)))
        return std::nullopt;
    return std::pair<qint64, qint64>{sid << kKeyBits, (sid + 1) << kKeyBits};
}

void UserSearchIndex::settle()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT sid FROM users_search_scopes WHERE dirty = 1"));
    std::vector<qint64> owners;
    while (q.next())
        owners.push_back(q.value(0).toLongLong());
    if (owners.empty())
        return;
    std::optional<Database::Transaction> tx;
    if (!m_db.inTransaction())
        tx.emplace(m_db);
    for (const qint64 sid : owners)
        renumber(sid);
    if (tx)
        tx->commit();
}

void UserSearchIndex::optimize()
{
    m_db.exec(QStringLiteral("INSERT INTO users_search (users_search) VALUES ('optimize')"));
}

void UserSearchIndex::renumber(qint64 sid)
{
    const QString owner = QStringLiteral("s.sid = ?");
    const QVariantList binds{sid};
    // Out of the text index and the keys, then back with fresh keys (the texts stay).
    m_db.exec(QStringLiteral("INSERT INTO users_search (users_search, rowid, t) SELECT 'delete', k.rid, x.indexed FROM "
                             "users u JOIN users_search_scopes s ON s.kind = u.kind AND s.buyer_id = "
                             "COALESCE(u.buyer_id, '') JOIN users_search_keys k ON k.user_id = u.id JOIN "
                             "users_search_text x ON x.user_id = u.id WHERE ") +
                  owner,
              binds);
    m_db.exec(
        QStringLiteral("DELETE FROM users_search_keys WHERE user_id IN (SELECT u.id FROM users u JOIN "
                       "users_search_scopes s ON s.kind = u.kind AND s.buyer_id = COALESCE(u.buyer_id, '') WHERE ") +
            owner + QLatin1Char(')'),
        binds);
    m_db.exec(fillKeys(owner), binds);
    m_db.exec(indexRows(QStringLiteral("k.rid BETWEEN ? AND ?")), {sid << kKeyBits, ((sid + 1) << kKeyBits) - 1});
    m_db.exec(QStringLiteral("UPDATE users_search_scopes SET dirty = 0 WHERE sid = ?"), binds);
}

QStringList UserSearchIndex::migration(Database::Dialect dialect)
{
    if (dialect == Database::Dialect::Postgres)
        return {};
    const QString ownerLimit = QString::number(qint64(1) << (62 - kKeyBits));
    return {
        QStringLiteral("CREATE TABLE search_positions (i INTEGER PRIMARY KEY)"),
        QStringLiteral("INSERT INTO search_positions (i) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM "
                       "n WHERE i < %1) SELECT i FROM n")
            .arg(kPositions),
        QStringLiteral("DROP TRIGGER users_search_insert"),
        QStringLiteral("DROP TRIGGER users_search_delete"),
        QStringLiteral("DROP TRIGGER users_search_update"),
        QStringLiteral("DROP TABLE users_search_vocab"),
        QStringLiteral("DROP TABLE users_search"),
        QStringLiteral("DROP TABLE users_search_keys"),
        // One row per owner of users (a buyer, or '' for the admin users): its keys are
        // [sid << 40, (sid + 1) << 40). dirty: an insert found no free key, renumber it.
        QStringLiteral("CREATE TABLE users_search_scopes (sid INTEGER PRIMARY KEY, kind TEXT NOT NULL, buyer_id TEXT "
                       "NOT NULL, dirty INTEGER NOT NULL DEFAULT 0, UNIQUE (kind, buyer_id))"),
        QStringLiteral("CREATE INDEX users_search_dirty ON users_search_scopes (sid) WHERE dirty = 1"),
        QStringLiteral("CREATE TABLE users_search_keys (rid INTEGER PRIMARY KEY, user_id TEXT NOT NULL UNIQUE)"),
        // Exactly what the text index holds for each user (contentless FTS5 deletes need it); a
        // table of its own keeps the keys' rows small (a search reads thousands of them).
        QStringLiteral(
            "CREATE TABLE users_search_text (user_id TEXT PRIMARY KEY, indexed TEXT NOT NULL) WITHOUT ROWID"),
        // Case-sensitive: the text is folded by the server (Qt, Unicode-aware) and so is every
        // word, so a match is exactly "the word is inside the text".
        QStringLiteral("CREATE VIRTUAL TABLE users_search USING fts5(t, content='', tokenize='trigram case_sensitive "
                       "1')"),
        QStringLiteral("CREATE VIRTUAL TABLE users_search_vocab USING fts5vocab(users_search, 'row')"),
        QStringLiteral("INSERT INTO users_search_scopes (kind, buyer_id) SELECT DISTINCT kind, COALESCE(buyer_id, '') "
                       "FROM users"),
        QStringLiteral("INSERT INTO users_search_text (user_id, indexed) SELECT id, %1 FROM users")
            .arg(indexedText(QStringLiteral("search_l"))),
        fillKeys(QStringLiteral("1")),
        indexRows(QStringLiteral("1")),
        QStringLiteral("INSERT INTO users_search (users_search) VALUES ('optimize')"),
        // A new user's key lies between its neighbours' by ID (2^20 past the last or before the
        // first); with no free key, or an owner already waiting, it goes below zero and the
        // owner is marked for UserSearchIndex::settle.
        QStringLiteral(
            "CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN "
            "INSERT OR IGNORE INTO users_search_scopes (kind, buyer_id) VALUES (new.kind, COALESCE(new.buyer_id, '')); "
            "INSERT INTO users_search_text (user_id, indexed) VALUES (new.id, %1); "
            "INSERT INTO users_search_keys (rid, user_id) SELECT CASE WHEN b.dirty = 0 AND b.sid < %4 AND "
            "b.k > b.lo AND b.k < b.hi THEN b.k ELSE (SELECT MIN(COALESCE(MIN(rid), 0), 0) - 1 FROM "
            "users_search_keys) END, new.id FROM (SELECT a.sid, a.dirty, a.lo, a.hi, CASE WHEN a.p IS NULL AND "
            "a.s IS NULL THEN a.lo + (a.hi - a.lo) / 2 WHEN a.s IS NULL THEN a.lo + MIN(1048576, (a.hi - a.lo) / 2) "
            "WHEN a.p IS NULL THEN a.hi - MIN(1048576, (a.hi - a.lo) / 2) ELSE a.lo + (a.hi - a.lo) / 2 END AS k "
            "FROM (SELECT sc.sid, sc.dirty, x.p, x.s, COALESCE(x.p, sc.sid << 40) AS lo, COALESCE(x.s, (sc.sid + 1) "
            "<< 40) AS hi FROM users_search_scopes sc, (SELECT %2 AS p, %3 AS s) x WHERE sc.kind = new.kind AND "
            "sc.buyer_id = COALESCE(new.buyer_id, '')) a) b; "
            "UPDATE users_search_scopes SET dirty = 1 WHERE kind = new.kind AND buyer_id = COALESCE(new.buyer_id, '') "
            "AND (SELECT rid FROM users_search_keys WHERE user_id = new.id) < 0; "
            "INSERT INTO users_search (rowid, t) SELECT k.rid, x.indexed FROM users_search_keys k JOIN "
            "users_search_text x ON x.user_id = k.user_id WHERE k.user_id = new.id; "
            "END")
            .arg(indexedText(QStringLiteral("new.search_l")), neighbourKey(true), neighbourKey(false), ownerLimit),
        QStringLiteral(
            "CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN "
            "INSERT INTO users_search (users_search, rowid, t) SELECT 'delete', k.rid, x.indexed FROM "
            "users_search_keys k JOIN users_search_text x ON x.user_id = k.user_id WHERE k.user_id = old.id; "
            "DELETE FROM users_search_keys WHERE user_id = old.id; "
            "DELETE FROM users_search_text WHERE user_id = old.id; END"),
        // Users keep their ID, kind and buyer (UserStore::update): the key stays, the text changes.
        QStringLiteral("CREATE TRIGGER users_search_update AFTER UPDATE OF id_l, username_l, first_l, last_l, email_l "
                       "ON users BEGIN "
                       "INSERT INTO users_search (users_search, rowid, t) SELECT 'delete', k.rid, x.indexed FROM "
                       "users_search_keys k JOIN users_search_text x ON x.user_id = k.user_id WHERE k.user_id = "
                       "old.id; "
                       "UPDATE users_search_text SET indexed = %1 WHERE user_id = new.id; "
                       "INSERT INTO users_search (rowid, t) SELECT k.rid, x.indexed FROM users_search_keys k JOIN "
                       "users_search_text x ON x.user_id = k.user_id WHERE k.user_id = new.id; END")
            .arg(indexedText(QStringLiteral("new.search_l"))),
    };
}

} // namespace onbehalf::server
