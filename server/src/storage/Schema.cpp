#include "storage/Schema.h"

#include "storage/OrderWorkflowSchema.h"
#include "storage/UserSearchIndex.h"
#include "storage/UserSearchPostgres.h"

namespace onbehalf::server::Schema {

namespace {

// Text compared byte-wise in both dialects, so prefix ranges and sorting agree.
QString text(Database::Dialect d)
{
    return d == Database::Dialect::Postgres ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
}

QStringList version1(Database::Dialect d)
{
    const QString T = text(d);
    return {
        // Small resources (API clients, security profiles, buyers, user groups, impersonation
        // configs) are stored as their wire JSON; lists filter them through JSON paths.
        QStringLiteral("CREATE TABLE documents (kind VARCHAR(40) NOT NULL, scope %1 NOT NULL, id %1 NOT NULL, "
                       "id_l %1 NOT NULL, name_l %1 NOT NULL, doc TEXT NOT NULL, created %1 NOT NULL, "
                       "PRIMARY KEY (kind, scope, id))")
            .arg(T),
        QStringLiteral("CREATE INDEX documents_name ON documents (kind, scope, name_l)"),
        QStringLiteral("CREATE INDEX documents_idl ON documents (kind, scope, id_l)"),
        // Users are searched as agents type, over 100,000s of rows: real columns, lower-cased
        // copies for prefix ranges, one index per searchable column within a buyer.
        QStringLiteral("CREATE TABLE users (id %1 PRIMARY KEY, id_l %1 NOT NULL, kind VARCHAR(10) NOT NULL, "
                       "buyer_id %1 NOT NULL, username %1 NOT NULL, username_l %1 NOT NULL, password_hash TEXT, "
                       "first_name %1 NOT NULL, first_l %1 NOT NULL, last_name %1 NOT NULL, last_l %1 NOT NULL, "
                       "email %1 NOT NULL, email_l %1 NOT NULL, phone %1, active INTEGER NOT NULL, "
                       "terms_accepted %1, locale %1, xp TEXT, date_created %1 NOT NULL, last_active %1, "
                       "password_last_set %1, failed_logins INTEGER NOT NULL DEFAULT 0, locked_until %1)")
            .arg(T),
        QStringLiteral("CREATE UNIQUE INDEX users_username ON users (username_l)"),
        QStringLiteral("CREATE INDEX users_b_id ON users (kind, buyer_id, id_l)"),
        QStringLiteral("CREATE INDEX users_b_username ON users (kind, buyer_id, username_l)"),
        QStringLiteral("CREATE INDEX users_b_first ON users (kind, buyer_id, first_l)"),
        QStringLiteral("CREATE INDEX users_b_last ON users (kind, buyer_id, last_l)"),
        QStringLiteral("CREATE INDEX users_b_email ON users (kind, buyer_id, email_l)"),
        QStringLiteral("CREATE TABLE group_members (buyer_id %1 NOT NULL, group_id %1 NOT NULL, user_id %1 NOT NULL, "
                       "PRIMARY KEY (buyer_id, group_id, user_id))")
            .arg(T),
        QStringLiteral("CREATE INDEX group_members_user ON group_members (buyer_id, user_id)"),
        // Empty string, not NULL, for "not set", so the composite key is unique.
        QStringLiteral("CREATE TABLE profile_assignments (profile_id %1 NOT NULL, buyer_id %1 NOT NULL, "
                       "user_id %1 NOT NULL, group_id %1 NOT NULL, PRIMARY KEY (profile_id, buyer_id, "
                       "user_id, group_id))")
            .arg(T),
        QStringLiteral("CREATE TABLE signing_keys (kid %1 PRIMARY KEY, private_pem TEXT NOT NULL, created %1 NOT NULL)")
            .arg(T),
        // Every access token issued, so any can be revoked and an impersonation token
        // can always be traced to its agent and session.
        QStringLiteral("CREATE TABLE issued_tokens (jti %1 PRIMARY KEY, user_id %1 NOT NULL, client_id %1 NOT NULL, "
                       "imp_user_id %1, session_id %1, issued %1 NOT NULL, expires %1 NOT NULL, "
                       "revoked INTEGER NOT NULL DEFAULT 0)")
            .arg(T),
        QStringLiteral("CREATE INDEX issued_tokens_user ON issued_tokens (user_id, expires)"),
        QStringLiteral("CREATE INDEX issued_tokens_session ON issued_tokens (session_id)"),
        // Refresh tokens are opaque; only their hash is kept.
        QStringLiteral("CREATE TABLE refresh_tokens (token_hash %1 PRIMARY KEY, user_id %1 NOT NULL, "
                       "client_id %1 NOT NULL, scope TEXT NOT NULL, expires %1 NOT NULL, "
                       "revoked INTEGER NOT NULL DEFAULT 0)")
            .arg(T),
        QStringLiteral("CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)"),
    };
}

QStringList version2(Database::Dialect d)
{
    const QString T = text(d);
    return {
        // Products, price schedules, catalogs and buyers' addresses are documents (kinds
        // "Product", "PriceSchedule", "Catalog", "Address" scoped by user); these tables link them.
        QStringLiteral("CREATE TABLE catalog_buyers (catalog_id %1 NOT NULL, buyer_id %1 NOT NULL, "
                       "PRIMARY KEY (catalog_id, buyer_id))")
            .arg(T),
        QStringLiteral("CREATE INDEX catalog_buyers_buyer ON catalog_buyers (buyer_id)"),
        QStringLiteral("CREATE TABLE catalog_products (catalog_id %1 NOT NULL, product_id %1 NOT NULL, "
                       "PRIMARY KEY (catalog_id, product_id))")
            .arg(T),
        QStringLiteral("CREATE INDEX catalog_products_product ON catalog_products (product_id)"),
        // Money columns hold exact integer amounts in 1/10,000 of the currency unit.
        QStringLiteral("CREATE TABLE orders (id %1 PRIMARY KEY, id_l %1 NOT NULL, from_user_id %1 NOT NULL, "
                       "from_company_id %1 NOT NULL, to_company_id %1 NOT NULL, status %1 NOT NULL, "
                       "date_created %1 NOT NULL, date_submitted %1, subtotal BIGINT NOT NULL DEFAULT 0, "
                       "shipping_cost BIGINT NOT NULL DEFAULT 0, tax_cost BIGINT NOT NULL DEFAULT 0, "
                       "total BIGINT NOT NULL DEFAULT 0, currency %1 NOT NULL, comments TEXT, "
                       "shipping_address_id %1, shipping_address TEXT, billing_address_id %1, billing_address TEXT, "
                       "line_item_count INTEGER NOT NULL DEFAULT 0, xp TEXT, session_id %1, agent_user_id %1)")
            .arg(T),
        QStringLiteral("CREATE INDEX orders_from_user ON orders (from_user_id, date_created)"),
        QStringLiteral("CREATE INDEX orders_company ON orders (from_company_id, date_created)"),
        QStringLiteral("CREATE INDEX orders_created ON orders (date_created)"),
        QStringLiteral("CREATE INDEX orders_session ON orders (session_id)"),
        QStringLiteral("CREATE TABLE line_items (order_id %1 NOT NULL, id %1 NOT NULL, product_id %1 NOT NULL, "
                       "quantity INTEGER NOT NULL, unit_price BIGINT NOT NULL, line_subtotal BIGINT NOT NULL, "
                       "line_total BIGINT NOT NULL, shipping_address_id %1, product TEXT NOT NULL, xp TEXT, "
                       "date_added %1 NOT NULL, PRIMARY KEY (order_id, id))")
            .arg(T),
        // Onbehalf's audit trail: one row per impersonation, never deleted, ended once.
        QStringLiteral("CREATE TABLE impersonation_sessions (id %1 PRIMARY KEY, agent_user_id %1 NOT NULL, "
                       "agent_username %1 NOT NULL, buyer_id %1 NOT NULL, buyer_name %1 NOT NULL, user_id %1 NOT NULL, "
                       "username %1 NOT NULL, username_l %1 NOT NULL, user_full_name %1 NOT NULL, client_id %1 NOT "
                       "NULL, roles TEXT NOT NULL, reason TEXT NOT NULL, "
                       "case_number %1 NOT NULL, date_started %1 NOT NULL, token_expires %1 NOT NULL, "
                       "date_ended %1, end_cause %1)")
            .arg(T),
        QStringLiteral("CREATE INDEX sessions_started ON impersonation_sessions (date_started)"),
        QStringLiteral("CREATE INDEX sessions_agent ON impersonation_sessions (agent_user_id, date_started)"),
        QStringLiteral("CREATE INDEX sessions_buyer ON impersonation_sessions (buyer_id, date_started)"),
        QStringLiteral("CREATE INDEX sessions_user ON impersonation_sessions (user_id, date_started)"),
        QStringLiteral("CREATE INDEX sessions_open ON impersonation_sessions (date_ended, token_expires)"),
        // Orders created or submitted with a session's token, recorded by the server from the token.
        QStringLiteral("CREATE TABLE session_orders (session_id %1 NOT NULL, order_id %1 NOT NULL, "
                       "PRIMARY KEY (session_id, order_id))")
            .arg(T),
        QStringLiteral("CREATE INDEX session_orders_order ON session_orders (order_id)"),
    };
}

QStringList version3(Database::Dialect)
{
    return {
        // Buyer users in the order the desk lists them: a search that matches a large share of a
        // buyer (one or two letters, or none) walks this instead of sorting every match.
        QStringLiteral("CREATE INDEX users_b_name ON users (kind, buyer_id, last_name, first_name, id)"),
        // The same for OrderCloud's default order, by ID.
        QStringLiteral("CREATE INDEX users_b_id_order ON users (kind, buyer_id, id)"),
    };
}

// Issue 14: refresh-token families, lockouts per (username, client address), public keys only,
// and who ended a session.
QStringList version4(Database::Dialect d)
{
    const QString T = text(d);
    return {
        // Every refresh token belongs to the family started by one sign-in; each use spends it and
        // issues the next. A spent one coming back means it was stolen: the whole family goes.
        QStringLiteral("ALTER TABLE refresh_tokens ADD COLUMN family_id %1").arg(T),
        QStringLiteral("ALTER TABLE refresh_tokens ADD COLUMN spent %1").arg(T),
        QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)"),
        QStringLiteral("ALTER TABLE issued_tokens ADD COLUMN refresh_family %1").arg(T),
        QStringLiteral("CREATE INDEX issued_tokens_family ON issued_tokens (refresh_family)"),
        // Failed sign-ins per lower-cased username (known or not) and client address.
        QStringLiteral("CREATE TABLE login_failures (username_l %1 NOT NULL, client_addr %1 NOT NULL, "
                       "failures INTEGER NOT NULL, last_failure %1 NOT NULL, locked_until %1, "
                       "PRIMARY KEY (username_l, client_addr))")
            .arg(T),
        // Public halves of the signing keys, so every instance verifies every instance's tokens
        // (and a rotated key's tokens until verify_until). Private keys live in files.
        QStringLiteral("CREATE TABLE signing_public_keys (kid %1 PRIMARY KEY, public_pem TEXT NOT NULL, "
                       "created %1 NOT NULL, verify_until %1)")
            .arg(T),
        QStringLiteral("ALTER TABLE impersonation_sessions ADD COLUMN ended_by %1").arg(T),
    };
}

// Issue 15: session history searched through an index instead of a scan (same results: the
// index only narrows, the LIKE conditions still decide).
QStringList version5(Database::Dialect d)
{
    if (d == Database::Dialect::Sqlite) {
        const QString columns = QStringLiteral("id, agent_username, username, user_full_name, reason, case_number");
        return {
            QStringLiteral("CREATE VIRTUAL TABLE sessions_fts USING fts5(id UNINDEXED, agent_username, username, "
                           "user_full_name, reason, case_number, tokenize = 'trigram')"),
            QStringLiteral("INSERT INTO sessions_fts (%1) SELECT %1 FROM impersonation_sessions").arg(columns),
            // Sessions are inserted, never edited in these columns; a deleted one leaves the index.
            QStringLiteral("CREATE TRIGGER sessions_fts_insert AFTER INSERT ON impersonation_sessions BEGIN "
                           "INSERT INTO sessions_fts (%1) VALUES (new.id, new.agent_username, new.username, "
                           "new.user_full_name, new.reason, new.case_number); END")
                .arg(columns),
            QStringLiteral("CREATE TRIGGER sessions_fts_delete AFTER DELETE ON impersonation_sessions BEGIN "
                           "DELETE FROM sessions_fts WHERE id = old.id; END"),
        };
    }
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE INDEX sessions_trgm_agent ON impersonation_sessions "
                       "USING gin (LOWER(agent_username) gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX sessions_trgm_name ON impersonation_sessions "
                       "USING gin (LOWER(user_full_name) gin_trgm_ops)"),
        QStringLiteral(
            "CREATE INDEX sessions_trgm_reason ON impersonation_sessions USING gin (LOWER(reason) gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX sessions_trgm_case ON impersonation_sessions "
                       "USING gin (LOWER(case_number) gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX sessions_username ON impersonation_sessions (username_l)"),
    };
}

// Search finds text anywhere inside a field, as OrderCloud does. One folded text per user joins the
// searchable fields (ID, Username, FirstName, LastName, Email) with newlines, which no search word
// contains; a trigram index over it finds the users containing a word of three or more letters.
QStringList userSearchIndex(Database::Dialect d)
{
    const QString joined = QStringLiteral("id_l || %1 || username_l || %1 || first_l || %1 || last_l || %1 || email_l");
    if (d == Database::Dialect::Postgres) {
        return {
            QStringLiteral("ALTER TABLE users ADD COLUMN search_l TEXT COLLATE \"C\" GENERATED ALWAYS AS (%1) STORED")
                .arg(joined.arg(QStringLiteral("chr(10)"))),
            // pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the owner of the
            // database may create it. Where it cannot be had, search still works, by scanning.
            QStringLiteral("DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN OTHERS THEN "
                           "RAISE WARNING 'pg_trgm is not available (%), buyer-user search will scan', SQLERRM; "
                           "END $$"),
            QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN "
                           "CREATE INDEX users_search_trgm ON users USING gin (search_l gin_trgm_ops); END IF; END $$"),
            QStringLiteral("CREATE INDEX users_search_scan ON users (kind, buyer_id, active, search_l)"),
            QStringLiteral("CREATE INDEX users_k_name ON users (kind, last_name, first_name, id)"),
            QStringLiteral("CREATE INDEX users_k_id ON users (kind, id)"),
        };
    }
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN search_l TEXT GENERATED ALWAYS AS (%1) VIRTUAL")
            .arg(joined.arg(QStringLiteral("char(10)"))),
        // FTS5 rows are keyed by an INTEGER PRIMARY KEY of their own (VACUUM keeps those, not the
        // implicit rowids of users); triggers keep the index in step with every write to users.
        QStringLiteral("CREATE TABLE users_search_keys (rid INTEGER PRIMARY KEY, user_id TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE VIRTUAL TABLE users_search USING fts5(search_l, content='', tokenize='trigram')"),
        // How many users have each trigram: a word whose rarest trigram most users have is
        // cheaper to find by scanning than through the index.
        QStringLiteral("CREATE VIRTUAL TABLE users_search_vocab USING fts5vocab(users_search, 'row')"),
        QStringLiteral("INSERT INTO users_search_keys (user_id) SELECT id FROM users"),
        QStringLiteral("INSERT INTO users_search (rowid, search_l) SELECT k.rid, u.search_l FROM users u "
                       "JOIN users_search_keys k ON k.user_id = u.id"),
        QStringLiteral("CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN "
                       "INSERT INTO users_search_keys (user_id) VALUES (new.id); "
                       "INSERT INTO users_search (rowid, search_l) VALUES (last_insert_rowid(), new.search_l); END"),
        QStringLiteral("CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN "
                       "INSERT INTO users_search (users_search, rowid, search_l) VALUES ('delete', "
                       "(SELECT rid FROM users_search_keys WHERE user_id = old.id), old.search_l); "
                       "DELETE FROM users_search_keys WHERE user_id = old.id; END"),
        QStringLiteral("CREATE TRIGGER users_search_update AFTER UPDATE OF id_l, username_l, first_l, last_l, email_l "
                       "ON users BEGIN "
                       "INSERT INTO users_search (users_search, rowid, search_l) VALUES ('delete', "
                       "(SELECT rid FROM users_search_keys WHERE user_id = old.id), old.search_l); "
                       "INSERT INTO users_search (rowid, search_l) VALUES "
                       "((SELECT rid FROM users_search_keys WHERE user_id = new.id), new.search_l); END"),
        // Words without a (rare enough) trigram are counted over this narrow copy, not the rows.
        QStringLiteral("CREATE INDEX users_search_scan ON users (kind, buyer_id, active, search_l)"),
        // Across buyers, in the desk's order and in OrderCloud's default order (see version3).
        QStringLiteral("CREATE INDEX users_k_name ON users (kind, last_name, first_name, id)"),
        QStringLiteral("CREATE INDEX users_k_id ON users (kind, id)"),
    };
}

// How many sessions have each trigram (SQLite; PostgreSQL's planner keeps its own statistics):
// a word most sessions contain is found sooner by testing sessions newest first than by looking
// up every session that has it.
QStringList sessionSearchVocabulary(Database::Dialect d)
{
    if (d == Database::Dialect::Postgres)
        return {};
    return {QStringLiteral("CREATE VIRTUAL TABLE sessions_fts_vocab USING fts5vocab(sessions_fts, 'row')")};
}

// SQLite: the users' trigram index holds their text with a newline at the end, so every
// occurrence of a one- or two-letter word begins a trigram (UserStore::narrowSearch looks a
// two-letter word up as the trigrams that begin with it). Triggers write and delete the same text.
QStringList userSearchTrailingNewline(Database::Dialect d)
{
    if (d == Database::Dialect::Postgres)
        return {};
    return {
        QStringLiteral("DROP TRIGGER users_search_insert"),
        QStringLiteral("DROP TRIGGER users_search_delete"),
        QStringLiteral("DROP TRIGGER users_search_update"),
        QStringLiteral("INSERT INTO users_search (users_search) VALUES ('delete-all')"),
        QStringLiteral("INSERT INTO users_search (rowid, search_l) SELECT k.rid, u.search_l || char(10) FROM users u "
                       "JOIN users_search_keys k ON k.user_id = u.id"),
        QStringLiteral(
            "CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN "
            "INSERT INTO users_search_keys (user_id) VALUES (new.id); "
            "INSERT INTO users_search (rowid, search_l) VALUES (last_insert_rowid(), new.search_l || char(10)); "
            "END"),
        QStringLiteral("CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN "
                       "INSERT INTO users_search (users_search, rowid, search_l) VALUES ('delete', "
                       "(SELECT rid FROM users_search_keys WHERE user_id = old.id), old.search_l || char(10)); "
                       "DELETE FROM users_search_keys WHERE user_id = old.id; END"),
        QStringLiteral("CREATE TRIGGER users_search_update AFTER UPDATE OF id_l, username_l, first_l, last_l, email_l "
                       "ON users BEGIN "
                       "INSERT INTO users_search (users_search, rowid, search_l) VALUES ('delete', "
                       "(SELECT rid FROM users_search_keys WHERE user_id = old.id), old.search_l || char(10)); "
                       "INSERT INTO users_search (rowid, search_l) VALUES "
                       "((SELECT rid FROM users_search_keys WHERE user_id = new.id), new.search_l || char(10)); END"),
    };
}

// Issue 17: the live board (last activity), force end with a comment, the call's notes and co-sign
// requests. Notes and requests are appended; a request is decided once.
QStringList sessionGovernance(Database::Dialect d)
{
    const QString T = text(d);
    return {
        QStringLiteral("ALTER TABLE impersonation_sessions ADD COLUMN last_activity %1").arg(T),
        QStringLiteral("ALTER TABLE impersonation_sessions ADD COLUMN end_comment TEXT"),
        QStringLiteral("CREATE TABLE session_notes (id %1 PRIMARY KEY, session_id %1 NOT NULL, kind %1 NOT NULL, "
                       "text TEXT NOT NULL, checks TEXT NOT NULL, disposition %1, author_user_id %1 NOT NULL, "
                       "author_username %1 NOT NULL, date_created %1 NOT NULL)")
            .arg(T),
        QStringLiteral("CREATE INDEX session_notes_session ON session_notes (session_id, date_created)"),
        QStringLiteral("CREATE TABLE cosign_requests (id %1 PRIMARY KEY, session_id %1 NOT NULL, order_id %1 NOT NULL, "
                       "order_total BIGINT NOT NULL, session_total BIGINT NOT NULL, limit_total BIGINT NOT NULL, "
                       "currency %1 NOT NULL, status %1 NOT NULL, requested_by %1 NOT NULL, date_requested %1 NOT "
                       "NULL, decided_by %1, date_decided %1, comment TEXT)")
            .arg(T),
        QStringLiteral("CREATE INDEX cosign_requests_session ON cosign_requests (session_id, date_requested)"),
        // One open request per order: two racing submits cannot ask twice.
        QStringLiteral("CREATE UNIQUE INDEX cosign_requests_pending ON cosign_requests (session_id, order_id) "
                       "WHERE status = 'Pending'"),
    };
}

// Issue 17, screen-pop: a user is found by phone number in any formatting. phone_rdigits holds
// the number's digits reversed (UserStore::phoneReversedDigits writes it), so "ends with the
// searched digits" is a prefix range on this index.
QStringList userPhoneDigits(Database::Dialect d)
{
    const QString fill =
        d == Database::Dialect::Postgres
            ? QStringLiteral("UPDATE users SET phone_rdigits = NULLIF(reverse(regexp_replace(phone, '[^0-9]', '', "
                             "'g')), '') WHERE phone IS NOT NULL")
            : QStringLiteral("UPDATE users SET phone_rdigits = (WITH RECURSIVE r(rest, out) AS (SELECT users.phone, "
                             "'' UNION ALL SELECT substr(rest, 2), CASE WHEN substr(rest, 1, 1) GLOB '[0-9]' THEN "
                             "substr(rest, 1, 1) || out ELSE out END FROM r WHERE rest <> '') SELECT NULLIF(out, '') "
                             "FROM r WHERE rest = '') WHERE phone IS NOT NULL");
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN phone_rdigits %1").arg(text(d)),
        fill,
        QStringLiteral("CREATE INDEX users_phone_rdigits ON users (phone_rdigits)"),
    };
}

// PostgreSQL: an index for the search words pg_trgm has no trigram for (docs/search.md).
QStringList userSearchPairs(Database::Dialect d)
{
    return d == Database::Dialect::Postgres ? UserSearchPostgres::migration() : QStringList();
}

// Issue 15 at a million sessions: FTS5 rows keyed in start order, so a search's newest matches are
// read first and the walk stops at the first 2,501 (TextWalk), and joined to their session by an
// integer. search_key = the start's Unix second × 2^20 + a sequence among the sessions of that
// second (SessionStore::kSearchKeySpan): unique (the trigger writes the next of its second, writes
// are serialised) and rising with DateStarted. The index is
// contentless: the rows' own columns decide a match. PostgreSQL: unchanged (pg_trgm).
QStringList sessionSearchByDate(Database::Dialect d)
{
    if (d == Database::Dialect::Postgres)
        return {};
    const auto block = [](const QString &row) {
        return QStringLiteral("(COALESCE(CAST(strftime('%s', %1.date_started) AS INTEGER), 0) * 1048576)").arg(row);
    };
    const QString columns = QStringLiteral("agent_text, username_text, name_text, reason_text, case_text");
    const QString values =
        QStringLiteral("%1.agent_username, %1.username, %1.user_full_name, %1.reason, %1.case_number");
    return {
        QStringLiteral("DROP TRIGGER sessions_fts_insert"),
        QStringLiteral("DROP TRIGGER sessions_fts_delete"),
        QStringLiteral("DROP TABLE sessions_fts_vocab"),
        QStringLiteral("DROP TABLE sessions_fts"),
        QStringLiteral("ALTER TABLE impersonation_sessions ADD COLUMN search_key INTEGER"),
        QStringLiteral("UPDATE impersonation_sessions SET search_key = k.search_key FROM (SELECT r, block + "
                       "ROW_NUMBER() OVER (PARTITION BY block ORDER BY r) - 1 AS search_key FROM (SELECT rowid AS r, "
                       "%1 AS block FROM impersonation_sessions s)) k WHERE impersonation_sessions.rowid = k.r")
            .arg(block(QStringLiteral("s"))),
        // In key order with what a walk tests and sorts (TextWalk): the newest sessions are read
        // from a few adjacent pages of this index instead of one table page each.
        QStringLiteral("CREATE INDEX sessions_search_key ON impersonation_sessions (search_key, agent_user_id, "
                       "agent_username, username_l, user_full_name, reason, case_number, date_started, id)"),
        QStringLiteral("CREATE VIRTUAL TABLE sessions_search USING fts5(%1, content = '', columnsize = 0, "
                       "tokenize = 'trigram')")
            .arg(columns),
        // In key order: FTS5 writes a segment whenever a rowid is lower than the one before.
        QStringLiteral("INSERT INTO sessions_search (rowid, %1) SELECT search_key, %2 FROM impersonation_sessions s "
                       "ORDER BY search_key")
            .arg(columns, values.arg(QStringLiteral("s"))),
        QStringLiteral("INSERT INTO sessions_search (sessions_search) VALUES ('optimize')"), // one segment
        // The next key of the start's second; then the index row under it.
        QStringLiteral("CREATE TRIGGER sessions_search_insert AFTER INSERT ON impersonation_sessions BEGIN "
                       "UPDATE impersonation_sessions SET search_key = (SELECT COALESCE(MAX(search_key) + 1, %1) "
                       "FROM impersonation_sessions WHERE search_key >= %1 AND search_key < %1 + 1048576) "
                       "WHERE rowid = new.rowid; "
                       "INSERT INTO sessions_search (rowid, %2) SELECT search_key, %3 FROM impersonation_sessions "
                       "WHERE rowid = new.rowid; END")
            .arg(block(QStringLiteral("new")), columns, values.arg(QStringLiteral("new"))),
        // Sessions are inserted, never edited in these columns; a deleted one leaves the index.
        QStringLiteral("CREATE TRIGGER sessions_search_delete AFTER DELETE ON impersonation_sessions BEGIN "
                       "INSERT INTO sessions_search (sessions_search, rowid, %1) VALUES ('delete', old.search_key, "
                       "%2); END")
            .arg(columns, values.arg(QStringLiteral("old"))),
    };
}

// PostgreSQL: every field a session search looks in has a pg_trgm index, so a word (of three or
// more letters or digits) never scans the sessions: Username was searched by strpos on username_l.
QStringList sessionUsernameTrigrams(Database::Dialect d)
{
    if (d == Database::Dialect::Sqlite)
        return {};
    return {QStringLiteral(
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN "
        "CREATE INDEX IF NOT EXISTS sessions_trgm_username ON impersonation_sessions USING gin (username_l "
        "gin_trgm_ops); END IF; END $$")};
}

// Two notes written in the same millisecond keep the order they were written in (their IDs are
// random). PostgreSQL numbers existing notes in no particular order, new ones as they come.
QStringList callNoteSequence(Database::Dialect d)
{
    if (d == Database::Dialect::Sqlite)
        return {};
    return {QStringLiteral("ALTER TABLE session_notes ADD COLUMN IF NOT EXISTS seq BIGSERIAL")};
}

} // namespace

QList<QStringList> migrations(Database::Dialect dialect)
{
    return {version1(dialect), version2(dialect), version3(dialect), version4(dialect), version5(dialect),
            userSearchIndex(dialect), sessionSearchVocabulary(dialect), userSearchTrailingNewline(dialect),
            orderWorkflow(dialect), sessionGovernance(dialect), userPhoneDigits(dialect), userSearchPairs(dialect),
            // Users' text index keyed in ID order, one- and two-character words looked up exactly.
            UserSearchIndex::migration(dialect),
            // Sessions' text index keyed in start order (TextWalk).
            sessionSearchByDate(dialect),
            // PostgreSQL: the sessions' Username searched through a trigram index as well.
            sessionUsernameTrigrams(dialect),
            // PostgreSQL: the order call notes were written in (SQLite has its rowid).
            callNoteSequence(dialect)};
}

} // namespace onbehalf::server::Schema
